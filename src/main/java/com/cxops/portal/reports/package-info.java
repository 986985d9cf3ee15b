@NullMarked
package com.cxops.portal.reports;

import org.jspecify.annotations.NullMarked;
