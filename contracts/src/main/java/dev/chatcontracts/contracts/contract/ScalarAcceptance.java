package dev.chatcontracts.contracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A quick yes for the common valid value of a scalar parameter or header: the schema's {@code type},
 * {@code minimum}/{@code maximum}, {@code minLength}/{@code maxLength}, {@code pattern}, {@code enum} and the
 * integer formats checked directly, read from the spec once. A value it does not accept (or a schema with other
 * keywords, which it never accepts for) goes to the compiled JSON Schema for the precise problems: the findings
 * are the schema's; only the many valid values skip the validator.
 */
final class ScalarAcceptance {

    private static final Set<String> ANNOTATIONS = Set.of("type", "description", "title", "example", "examples",
            "default", "deprecated", "nullable", "x-documented-type", "x-doc-discrepancy", "x-doc-discrepancy-note");
    private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private ScalarAcceptance() {
    }

    /** The quick check for a resolved OpenAPI schema; one that accepts nothing when the schema is not simple. */
    static Predicate<JsonNode> of(JsonNode schema) {
        List<Predicate<JsonNode>> checks = new ArrayList<>();
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode value = schema.get(name);
            Predicate<JsonNode> check = keyword(name, value, schema.path("type").asText(""));
            if (check == null) {
                return node -> false;
            }
            checks.add(check);
        }
        String type = schema.path("type").asText("");
        checks.add(node -> switch (type) {
            case "integer" -> node.isIntegralNumber();
            case "number" -> node.isNumber();
            case "boolean" -> node.isBoolean();
            case "string" -> node.isTextual();
            default -> false;
        });
        List<Predicate<JsonNode>> all = List.copyOf(checks);
        return node -> {
            for (Predicate<JsonNode> check : all) {
                if (!check.test(node)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Predicate<JsonNode> keyword(String name, JsonNode value, String type) {
        if (ANNOTATIONS.contains(name)) {
            return node -> true;
        }
        return switch (name) {
            case "minimum" -> value.isNumber() ? node -> !node.isNumber() || node.decimalValue().compareTo(value.decimalValue()) >= 0 : null;
            case "maximum" -> value.isNumber() ? node -> !node.isNumber() || node.decimalValue().compareTo(value.decimalValue()) <= 0 : null;
            case "minLength" -> value.canConvertToInt() ? node -> !node.isTextual() || codePoints(node) >= value.asInt() : null;
            case "maxLength" -> value.canConvertToInt() ? node -> !node.isTextual() || codePoints(node) <= value.asInt() : null;
            case "pattern" -> pattern(value.asText());
            case "enum" -> value.isArray() ? node -> contains(value, node) : null;
            case "format" -> format(value.asText(), type);
            default -> null;
        };
    }

    private static Predicate<JsonNode> pattern(String regex) {
        try {
            Pattern pattern = Pattern.compile(regex);
            return node -> !node.isTextual() || pattern.matcher(node.textValue()).find();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Predicate<JsonNode> format(String format, String type) {
        if (!type.equals("integer")) {
            return null;
        }
        return switch (format) {
            case "int32" -> node -> within(node, INT32_MIN, INT32_MAX);
            case "int64" -> node -> within(node, INT64_MIN, INT64_MAX);
            default -> null;
        };
    }

    private static boolean within(JsonNode node, BigInteger min, BigInteger max) {
        if (!node.isIntegralNumber()) {
            return true;
        }
        BigInteger value = node.bigIntegerValue();
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    private static boolean contains(JsonNode values, JsonNode node) {
        for (JsonNode candidate : values) {
            if (candidate.equals(node) || (candidate.isNumber() && node.isNumber()
                    && candidate.decimalValue().compareTo(node.decimalValue()) == 0)) {
                return true;
            }
        }
        return false;
    }

    private static int codePoints(JsonNode node) {
        return node.textValue().codePointCount(0, node.textValue().length());
    }
}
