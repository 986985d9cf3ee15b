@NullMarked
package com.cxops.portal.surveys.web;

import org.jspecify.annotations.NullMarked;
