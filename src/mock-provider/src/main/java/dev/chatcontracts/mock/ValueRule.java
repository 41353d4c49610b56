package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one JSON value of a request must be, compiled from the spec's schema of the field: its JSON type and
 * format, whether it may be null, its enum, its limits, the rule of its items, and the rules of its own
 * fields when it is an object with properties (checked by {@link FieldRules}).
 *
 * @param type         the OpenAPI type ({@code string}, {@code integer}, ...), or null for any
 * @param format       the format ({@code int32}, {@code date-time}, ...), or null
 * @param nullable     whether JSON null is accepted
 * @param allowed      the enum, or an empty list when there is none
 * @param limits       minimum, maximum, lengths, pattern, item counts
 * @param items        the rule of an array's items, or null
 * @param fields       the rules of an object's fields, or null when the schema lists no properties
 * @param alternatives the members of a {@code oneOf}/{@code anyOf} (any one must accept the value), or empty
 * @param leniency     what the mock accepts beyond the type because the documentation sends it
 */
record ValueRule(String type, String format, boolean nullable, List<JsonNode> allowed, Limits limits, ValueRule items,
                 FieldRules fields, List<ValueRule> alternatives, Leniency leniency) {

    /** Accepts every value. */
    static final ValueRule ANY = new ValueRule(null, null, true, List.of(), Limits.NONE, null, null, List.of(), Leniency.NONE);

    ValueRule {
        allowed = List.copyOf(allowed);
        alternatives = List.copyOf(alternatives);
    }

    /** Input the mock accepts beyond the schema's type, decided by the field's {@code x-documented-type}. */
    enum Leniency {
        NONE,
        /** A boolean the documentation types as an integer flag (D13): {@code 1} and {@code 0} are accepted too. */
        INTEGER_FLAG,
        /** Unix epoch seconds the documentation calls a timestamp (D11): an ISO-8601 string is accepted too. */
        EPOCH_SECONDS_OR_ISO
    }

    /**
     * The limits of a value.
     *
     * @param minimum          the least number, or null
     * @param exclusiveMinimum whether the minimum itself is excluded
     * @param maximum          the greatest number, or null
     * @param exclusiveMaximum whether the maximum itself is excluded
     * @param minLength        the fewest characters, or null
     * @param maxLength        the most characters, or null
     * @param pattern          a regular expression the string must contain a match of, or null
     * @param minItems         the fewest array items, or null
     * @param maxItems         the most array items, or null
     */
    record Limits(BigDecimal minimum, boolean exclusiveMinimum, BigDecimal maximum, boolean exclusiveMaximum,
                  Integer minLength, Integer maxLength, Pattern pattern, Integer minItems, Integer maxItems) {

        static final Limits NONE = new Limits(null, false, null, false, null, null, null, null, null);

        boolean accept(JsonNode value) {
            if (value.isNumber()) {
                BigDecimal number = value.decimalValue();
                return (minimum == null || (exclusiveMinimum ? number.compareTo(minimum) > 0 : number.compareTo(minimum) >= 0))
                        && (maximum == null || (exclusiveMaximum ? number.compareTo(maximum) < 0 : number.compareTo(maximum) <= 0));
            }
            if (value.isTextual()) {
                int length = value.asText().codePointCount(0, value.asText().length());
                return (minLength == null || length >= minLength) && (maxLength == null || length <= maxLength)
                        && (pattern == null || pattern.matcher(value.asText()).find());
            }
            if (value.isArray()) {
                return (minItems == null || value.size() >= minItems) && (maxItems == null || value.size() <= maxItems);
            }
            return true;
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (minimum != null) {
                parts.add((exclusiveMinimum ? "above " : "at least ") + minimum.toPlainString());
            }
            if (maximum != null) {
                parts.add((exclusiveMaximum ? "below " : "at most ") + maximum.toPlainString());
            }
            if (minLength != null) {
                parts.add("at least " + minLength + " characters long");
            }
            if (maxLength != null) {
                parts.add("at most " + maxLength + " characters long");
            }
            if (pattern != null) {
                parts.add("matching " + pattern.pattern());
            }
            if (minItems != null) {
                parts.add("with at least " + minItems + " items");
            }
            if (maxItems != null) {
                parts.add("with at most " + maxItems + " items");
            }
            return parts.isEmpty() ? "" : ", " + String.join(", ", parts);
        }
    }

    /** Whether the value is acceptable: its type, enum, format and limits (not an object's own fields). */
    boolean accepts(JsonNode value) {
        if (value.isNull()) {
            return nullable || allowed.stream().anyMatch(JsonNode::isNull);
        }
        if (!alternatives.isEmpty() && alternatives.stream().noneMatch(alternative -> alternative.accepts(value))) {
            return false;
        }
        if (leniency == Leniency.INTEGER_FLAG && value.isIntegralNumber() && (value.asLong() == 0 || value.asLong() == 1)
                && value.canConvertToLong()) {
            return true;
        }
        if (leniency == Leniency.EPOCH_SECONDS_OR_ISO && value.isTextual()) {
            return Timestamps.parseInstant(value.asText()).isPresent();
        }
        if (!hasType(value) || !allowed.isEmpty() && !allowed.contains(value) || !limits.accept(value)) {
            return false;
        }
        if ("date-time".equals(format) && value.isTextual() && Timestamps.parseInstant(value.asText()).isEmpty()) {
            return false;
        }
        if (items != null && value.isArray()) {
            for (JsonNode item : value) {
                if (!items.accepts(item)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean hasType(JsonNode value) {
        if (type == null) {
            return true;
        }
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber() && ("int32".equals(format) ? value.canConvertToInt() : value.canConvertToLong());
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
    }

    /** What an acceptable value is, e.g. {@code "an integer (int32), at least 1"} or {@code "one of good, bad, null"}. */
    String description() {
        String what;
        if (!allowed.isEmpty()) {
            List<String> names = allowed.stream().map(value -> value.isTextual() ? value.asText() : value.toString()).toList();
            what = "one of " + String.join(", ", names);
        } else if (!alternatives.isEmpty()) {
            what = String.join(" or ", alternatives.stream().map(ValueRule::description).toList());
        } else {
            what = typeDescription();
        }
        boolean nullListed = allowed.stream().anyMatch(JsonNode::isNull);
        return what + (nullable && !nullListed ? " or null" : "") + limits.describe();
    }

    private String typeDescription() {
        if (leniency == Leniency.INTEGER_FLAG) {
            return "a boolean, 1 or 0";
        }
        if (leniency == Leniency.EPOCH_SECONDS_OR_ISO) {
            return "Unix epoch seconds or an ISO-8601 string";
        }
        if (type == null) {
            return "any value";
        }
        return switch (type) {
            case "string" -> "date-time".equals(format) ? "an ISO-8601 date-time string" : "a string";
            case "integer" -> "int32".equals(format) ? "an integer (int32)" : "an integer";
            case "number" -> "a number";
            case "boolean" -> "a boolean";
            case "array" -> items == null ? "an array" : "an array whose items are each " + items.description();
            case "object" -> "an object";
            default -> "a " + type;
        };
    }
}
