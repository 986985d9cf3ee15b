@NullMarked
package com.cxops.portal.concierge.ui;

import org.jspecify.annotations.NullMarked;
