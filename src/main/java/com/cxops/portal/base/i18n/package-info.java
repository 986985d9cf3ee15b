@NullMarked
package com.cxops.portal.base.i18n;

import org.jspecify.annotations.NullMarked;
