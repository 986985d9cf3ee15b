@NullMarked
package com.cxops.portal.surveys.ui;

import org.jspecify.annotations.NullMarked;
