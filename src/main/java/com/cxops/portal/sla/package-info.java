@NullMarked
package com.cxops.portal.sla;

import org.jspecify.annotations.NullMarked;
