@NullMarked
package com.cxops.portal.base.settings;

import org.jspecify.annotations.NullMarked;
