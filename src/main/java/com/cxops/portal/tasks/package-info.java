@NullMarked
package com.cxops.portal.tasks;

import org.jspecify.annotations.NullMarked;
