@NullMarked
package com.cxops.portal.complaints.ui;

import org.jspecify.annotations.NullMarked;
