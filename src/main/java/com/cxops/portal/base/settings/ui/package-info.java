@NullMarked
package com.cxops.portal.base.settings.ui;

import org.jspecify.annotations.NullMarked;
