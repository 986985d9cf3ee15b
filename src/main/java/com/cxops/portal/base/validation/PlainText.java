package com.cxops.portal.base.validation;

import com.cxops.portal.base.TextRules;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text without control characters or unpaired surrogates ({@link TextRules#hasBrokenCharacters}); line breaks and
 * tabs are allowed when {@link #multiline}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

    /** The key TextRules' callers have always used for broken characters. */
    String CONTROL = "error.text.control";

    boolean multiline() default false;

    String message() default "{" + CONTROL + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<PlainText, String> {
        private boolean multiline;

        @Override
        public void initialize(PlainText constraint) {
            multiline = constraint.multiline();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return !TextRules.hasBrokenCharacters(text, multiline);
        }
    }
}
