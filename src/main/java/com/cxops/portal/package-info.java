@NullMarked
package com.cxops.portal;

import org.jspecify.annotations.NullMarked;
