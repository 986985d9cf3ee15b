@NullMarked
package com.cxops.portal.base.logging;

import org.jspecify.annotations.NullMarked;
