@NullMarked
package com.cxops.portal.customers;

import org.jspecify.annotations.NullMarked;
