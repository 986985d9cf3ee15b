@NullMarked
package com.cxops.portal.sla.ui;

import org.jspecify.annotations.NullMarked;
