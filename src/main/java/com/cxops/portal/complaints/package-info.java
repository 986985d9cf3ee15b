@NullMarked
package com.cxops.portal.complaints;

import org.jspecify.annotations.NullMarked;
