@NullMarked
package com.cxops.portal.surveys;

import org.jspecify.annotations.NullMarked;
