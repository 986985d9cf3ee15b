@NullMarked
package com.cxops.portal.base;

import org.jspecify.annotations.NullMarked;
