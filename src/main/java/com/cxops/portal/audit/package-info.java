@NullMarked
package com.cxops.portal.audit;

import org.jspecify.annotations.NullMarked;
