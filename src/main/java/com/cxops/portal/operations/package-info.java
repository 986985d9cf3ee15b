@NullMarked
package com.cxops.portal.operations;

import org.jspecify.annotations.NullMarked;
