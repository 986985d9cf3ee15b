@NullMarked
package com.cxops.portal.security.ui;

import org.jspecify.annotations.NullMarked;
