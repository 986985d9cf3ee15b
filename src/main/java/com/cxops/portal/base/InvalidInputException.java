package com.cxops.portal.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a service refuses. Each entry maps a field (or "" for the whole form) to a message key, so views and the
 * API can show a translated message at the right place. Nothing has been changed when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }

    /** Collects errors and throws them all at once. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector add(String field, String messageKey) {
            errors.putIfAbsent(field, messageKey);
            return this;
        }

        public Collector addIf(boolean condition, String field, String messageKey) {
            if (condition) {
                add(field, messageKey);
            }
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
