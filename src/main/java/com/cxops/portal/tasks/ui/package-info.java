@NullMarked
package com.cxops.portal.tasks.ui;

import org.jspecify.annotations.NullMarked;
