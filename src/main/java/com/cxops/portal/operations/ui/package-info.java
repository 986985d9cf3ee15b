@NullMarked
package com.cxops.portal.operations.ui;

import org.jspecify.annotations.NullMarked;
