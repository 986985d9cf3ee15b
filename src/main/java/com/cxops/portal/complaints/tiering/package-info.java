@NullMarked
package com.cxops.portal.complaints.tiering;

import org.jspecify.annotations.NullMarked;
