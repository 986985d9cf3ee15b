/**
 * One validation style: Bean Validation constraints on form records and service parameters, their messages from the
 * portal's bundles in the user's language (docs/validation.md).
 */
@NullMarked
package com.cxops.portal.base.validation;

import org.jspecify.annotations.NullMarked;
