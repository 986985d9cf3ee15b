@NullMarked
package com.cxops.portal.base.api;

import org.jspecify.annotations.NullMarked;
