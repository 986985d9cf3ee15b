package com.cxops.portal.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a service refuses. Each entry maps a field (or "" for the whole form) to a message key, so views and the
 * API can show a translated message at the right place. Nothing has been changed when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    /** The message key for text over its limit; its one argument is the limit. */
    public static final String TOO_LONG = "form.too-long";

    private final Map<String, String> fieldErrors;
    private final Map<String, Object[]> arguments;

    public InvalidInputException(Map<String, String> fieldErrors) {
        this(fieldErrors, Map.of());
    }

    /** With the arguments of some fields' messages (a limit, a range), by field. */
    public InvalidInputException(Map<String, String> fieldErrors, Map<String, Object[]> arguments) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
        this.arguments = Map.copyOf(arguments);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }

    /** The arguments of a field's message (none for most). */
    public Object[] arguments(String field) {
        return arguments.getOrDefault(field, new Object[0]).clone();
    }

    /** The first error's message, translated by {@code translate(key, arguments)}. */
    public String firstMessage(java.util.function.BiFunction<String, Object[], String> translate) {
        return fieldErrors.entrySet().stream().findFirst()
                .map(e -> translate.apply(e.getValue(), arguments(e.getKey()))).orElse("");
    }

    /** Collects errors and throws them all at once. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();
        private final Map<String, Object[]> arguments = new LinkedHashMap<>();

        public Collector add(String field, String messageKey) {
            errors.putIfAbsent(field, messageKey);
            return this;
        }

        /** A message with arguments, such as the limit a value broke. */
        public Collector add(String field, String messageKey, Object... args) {
            if (!errors.containsKey(field)) {
                errors.put(field, messageKey);
                arguments.put(field, args.clone());
            }
            return this;
        }

        public Collector addIf(boolean condition, String field, String messageKey) {
            if (condition) {
                add(field, messageKey);
            }
            return this;
        }

        /** Whether this field is already refused. */
        public boolean has(String field) {
            return errors.containsKey(field);
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw toException();
            }
        }

        public InvalidInputException toException() {
            return new InvalidInputException(errors, arguments);
        }
    }
}
