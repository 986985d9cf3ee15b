@NullMarked
package com.cxops.portal.customers.ui;

import org.jspecify.annotations.NullMarked;
