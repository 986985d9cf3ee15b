@NullMarked
package com.cxops.portal.concierge;

import org.jspecify.annotations.NullMarked;
