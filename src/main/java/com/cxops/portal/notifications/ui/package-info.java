@NullMarked
package com.cxops.portal.notifications.ui;

import org.jspecify.annotations.NullMarked;
