package com.cxops.portal.base.validation;

import com.cxops.portal.base.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Constraint messages come from the portal's bundles with the constraint's bound filled in, in both languages, through
 * the default validator factory — the one Vaadin's BeanValidationBinder uses (META-INF/validation.xml) — and a
 * service's refusal carries the same key and argument.
 */
class ConstraintMessagesTest {

    static final int LIMIT = 4000;

    static class Note {
        @NotBlank(message = "{team.error.name}")
        String name;
        @Size(max = LIMIT)
        String text;

        Note(String name, String text) {
            this.name = name;
            this.text = text;
        }
    }

    static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void a_length_limit_is_said_with_the_limit_in_english_and_in_chinese() {
        ConstraintViolation<Note> tooLong = only(new Note("Ann", "n".repeat(LIMIT + 1)));
        assertThat(message(tooLong, Locale.ENGLISH)).isEqualTo("Too long: at most 4,000 characters.");
        assertThat(message(tooLong, Locale.SIMPLIFIED_CHINESE)).isEqualTo("过长：最多 4,000 个字符。");
    }

    @Test
    void a_constraint_naming_its_own_key_shows_that_text_in_both_languages() {
        ConstraintViolation<Note> blank = only(new Note("  ", "fine"));
        assertThat(message(blank, Locale.ENGLISH)).isEqualTo(new com.cxops.portal.base.i18n.TranslationProvider()
                .translate(Locale.ENGLISH, "team.error.name")).doesNotStartWith("!").doesNotContain("{");
        assertThat(message(blank, Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(message(blank, Locale.ENGLISH)).doesNotStartWith("!");
    }

    @Test
    void the_violations_become_a_refusal_with_the_same_key_and_limit_for_each_field_in_form_order() {
        Set<ConstraintViolation<Note>> violations = FACTORY.getValidator().validate(new Note("", "n".repeat(LIMIT + 1)));
        InvalidInputException refusal = ConstraintMessages.refusal(violations);
        assertThat(List.copyOf(refusal.getFieldErrors().keySet())).containsExactly("name", "text");
        assertThat(refusal.getFieldErrors()).containsEntry("name", "team.error.name")
                .containsEntry("text", InvalidInputException.TOO_LONG);
        assertThat(refusal.arguments("text")).containsExactly(LIMIT);
    }

    static class Plain {
        @NotBlank
        String name;

        Plain(String name) {
            this.name = name;
        }
    }

    @Test
    void a_required_field_without_its_own_message_says_enter_a_value_from_the_forms_own_key() {
        Set<ConstraintViolation<Plain>> violations = FACTORY.getValidator().validate(new Plain(" "));
        assertThat(ConstraintMessages.refusal(violations).getFieldErrors()).containsExactly(java.util.Map.entry("name", "form.required"));
        ConstraintViolation<Plain> blank = violations.iterator().next();
        assertThat(message(blank, Locale.ENGLISH)).isEqualTo("Enter a value.");
        assertThat(message(blank, Locale.SIMPLIFIED_CHINESE)).isEqualTo("请输入值。");
    }

    @Test
    void a_text_that_is_no_portal_key_keeps_the_validators_own_message() {
        ConstraintViolation<Note> tooLong = only(new Note("Ann", "n".repeat(LIMIT + 1)));
        assertThat(FACTORY.getMessageInterpolator().interpolate("at most {max}", context(tooLong), Locale.ENGLISH))
                .isEqualTo("at most 4000");
    }

    private static ConstraintViolation<Note> only(Note note) {
        Set<ConstraintViolation<Note>> violations = FACTORY.getValidator().validate(note);
        assertThat(violations).hasSize(1);
        return violations.iterator().next();
    }

    private static String message(ConstraintViolation<?> v, Locale locale) {
        MessageInterpolator interpolator = FACTORY.getMessageInterpolator();
        assertThat(interpolator).isInstanceOf(PortalMessageInterpolator.class);
        return interpolator.interpolate(v.getMessageTemplate(), context(v), locale);
    }

    private static MessageInterpolator.Context context(ConstraintViolation<?> v) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return v.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return v.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
