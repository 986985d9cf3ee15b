@NullMarked
package com.cxops.portal.base.ui;

import org.jspecify.annotations.NullMarked;
