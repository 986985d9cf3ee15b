@NullMarked
package com.cxops.portal.reports.ui;

import org.jspecify.annotations.NullMarked;
