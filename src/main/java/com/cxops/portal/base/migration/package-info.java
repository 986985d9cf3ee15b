@NullMarked
package com.cxops.portal.base.migration;

import org.jspecify.annotations.NullMarked;
