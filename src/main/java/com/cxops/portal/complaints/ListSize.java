package com.cxops.portal.complaints;

import com.cxops.portal.base.InvalidInputException;
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
 * A phrase list of a tiering rule, as it will be stored (its entries joined by ", ", however they were typed: one per
 * line or comma-separated), is at most {@link #max} characters: the stored length is what the column limits.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ListSize.Check.class)
public @interface ListSize {

    int max();

    String message() default "{" + InvalidInputException.TOO_LONG + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<ListSize, String> {
        private int max;

        @Override
        public void initialize(ListSize constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(String list, ConstraintValidatorContext context) {
            return list == null || String.join(", ", TieringEngine.splitKeywords(list)).length() <= max;
        }
    }
}
