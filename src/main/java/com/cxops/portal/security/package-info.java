@NullMarked
package com.cxops.portal.security;

import org.jspecify.annotations.NullMarked;
