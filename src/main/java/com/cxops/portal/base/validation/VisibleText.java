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
 * A required text with at least one character that shows ({@link TextRules#hasVisibleCharacter}): stricter than
 * {@code @NotBlank}, which lets a text of zero-width spaces through. Name the field's own message.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VisibleText.Check.class)
public @interface VisibleText {

    String message() default "{" + ConstraintMessages.REQUIRED + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<VisibleText, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return TextRules.hasVisibleCharacter(text);
        }
    }
}
