@NullMarked
package com.cxops.portal.notifications;

import org.jspecify.annotations.NullMarked;
