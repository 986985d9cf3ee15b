@NullMarked
package com.cxops.portal.audit.ui;

import org.jspecify.annotations.NullMarked;
