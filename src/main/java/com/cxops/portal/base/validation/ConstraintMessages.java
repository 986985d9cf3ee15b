package com.cxops.portal.base.validation;

import com.cxops.portal.base.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that says which portal message a Bean Validation constraint shows, and with which arguments. A
 * constraint without its own message ({@code @Size(max = Team.NAME_MAX)}) shows the portal's message for its kind
 * ({@link #STANDARD}); one with {@code message = "{team.error.name}"} shows that key. The arguments are the
 * constraint's bounds ({@link #ARGUMENTS}): {0} is {@code max} of {@code @Size}, {@code value} of {@code @Min},
 * {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax}, and {@code max} of the portal's own constraints. Views get the text through {@link PortalMessageInterpolator};
 * services turn violations into an {@link InvalidInputException} with the same key and arguments ({@link #refusal}).
 */
public final class ConstraintMessages {

    /** "Too long: at most {0} characters." */
    public static final String TOO_LONG = InvalidInputException.TOO_LONG;
    /** "Enter a value." — for a required field whose constraint names no message of its own. */
    public static final String REQUIRED = "form.required";

    /** The message key of each standard constraint that names no message of its own. */
    static final Map<Class<? extends Annotation>, String> STANDARD = Map.of(
            jakarta.validation.constraints.Size.class, TOO_LONG,
            jakarta.validation.constraints.NotNull.class, REQUIRED,
            jakarta.validation.constraints.NotBlank.class, REQUIRED,
            jakarta.validation.constraints.NotEmpty.class, REQUIRED);

    /** The attributes of a constraint that are its message's arguments {0}, {1} ..., in that order. */
    static final Map<Class<? extends Annotation>, List<String>> ARGUMENTS = Map.of(
            jakarta.validation.constraints.Size.class, List.of("max"),
            jakarta.validation.constraints.Min.class, List.of("value"),
            jakarta.validation.constraints.Max.class, List.of("value"),
            jakarta.validation.constraints.DecimalMin.class, List.of("value"),
            jakarta.validation.constraints.DecimalMax.class, List.of("value"),
            jakarta.validation.constraints.Digits.class, List.of("integer", "fraction"));

    /** A missing value is reported before any other rule of the same field. */
    private static final Set<Class<? extends Annotation>> PRESENCE = Set.of(jakarta.validation.constraints.NotNull.class,
            jakarta.validation.constraints.NotBlank.class, jakarta.validation.constraints.NotEmpty.class, VisibleText.class);

    private static final Pattern KEY = Pattern.compile("\\{([A-Za-z0-9_.\\-]+)}");

    private ConstraintMessages() {
    }

    /** A message key with its arguments. */
    public record Message(String key, Object[] arguments) {
    }

    /**
     * The portal message of a constraint, or empty when its template is neither a standard constraint's default nor a
     * single {@code {key}}.
     */
    public static Optional<Message> of(String template, ConstraintDescriptor<?> constraint) {
        Class<? extends Annotation> type = constraint.getAnnotation().annotationType();
        String key;
        if (template.equals("{" + type.getName() + ".message}")) {
            key = STANDARD.get(type);
        } else {
            Matcher m = KEY.matcher(template);
            key = m.matches() ? m.group(1) : null;
        }
        if (key == null) {
            return Optional.empty();
        }
        Map<String, Object> attributes = constraint.getAttributes();
        List<String> names = ARGUMENTS.getOrDefault(type, attributes.containsKey("max") ? List.of("max") : List.of());
        Object[] args = names.stream()
                .map(name -> number(attributes.get(name))).toArray();
        return Optional.of(new Message(key, args));
    }

    /** Bounds written as text (@DecimalMin("0.01")) become numbers, so the message formats them as the other numbers. */
    private static Object number(Object value) {
        if (value instanceof String s) {
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                return s;
            }
        }
        return value;
    }

    /** The refusal a service throws for these violations: each field once, a missing value before its other rules. */
    public static InvalidInputException refusal(Set<? extends ConstraintViolation<?>> violations) {
        return collect(violations, new InvalidInputException.Collector()).toException();
    }

    /** Adds these violations to errors a service collects itself (so a form's every wrong field is reported at once). */
    public static InvalidInputException.Collector collect(Set<? extends ConstraintViolation<?>> violations,
                                                          InvalidInputException.Collector errors) {
        violations.stream()
                .sorted(Comparator.comparingInt(ConstraintMessages::declarationOrder)
                        .thenComparingInt(ConstraintMessages::rank)
                        .thenComparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> {
                    // every constraint of the portal's forms maps to a key; a library's own message has none to send
                    Message m = of(v.getMessageTemplate(), v.getConstraintDescriptor())
                            .orElseThrow(() -> new IllegalStateException("No portal message for " + v.getMessageTemplate()));
                    errors.add(field(v.getPropertyPath()), m.key(), m.arguments());
                });
        return errors;
    }

    /**
     * The field as the forms and the API name it: the property path below the method's parameter, an item of a list
     * parameter as {@code [i]} ("[0].name"), as the API's problem details already do; a plain parameter by its name.
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = "";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        // a constraint on a plain parameter (a service taking the fields one by one) is reported at the parameter's name
        return field.isEmpty() ? parameter : field.toString();
    }

    /** Within a field: a missing value first, then broken characters, then the rest (a length). */
    private static int rank(ConstraintViolation<?> v) {
        Class<? extends Annotation> type = v.getConstraintDescriptor().getAnnotation().annotationType();
        return PRESENCE.contains(type) ? 0 : type == PlainText.class ? 1 : 2;
    }

    /** The position of the violated property among its class's fields, so the first message is the form's first field. */
    private static int declarationOrder(ConstraintViolation<?> v) {
        Object bean = v.getLeafBean();
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            name = node.getName();
        }
        if (bean == null || name == null) {
            return Integer.MAX_VALUE;
        }
        String property = name;
        List<String> fields = Arrays.stream(bean.getClass().getDeclaredFields()).map(java.lang.reflect.Field::getName).toList();
        int i = fields.indexOf(property);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
