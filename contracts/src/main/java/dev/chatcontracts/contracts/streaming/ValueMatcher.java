package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import dev.chatcontracts.openapi.model.JsonTrees;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The values an {@code enum} or a {@code const} allows, compared as networknt compares them: numbers by
 * value ({@code 1 == 1.0}), everything else by {@code JsonNode.equals}; an {@code enum} also compares the
 * numbers at the top level of an array by value. Scalars are matched as they stream; an object or array
 * instance is only materialized ({@link #needsCapture()}) when the allowed values include one.
 */
final class ValueMatcher {

    private static final int FEW = 8;

    private final Set<String> strings = new HashSet<>();
    private final String[] fewStrings;
    private final Set<BigDecimal> numbers = new HashSet<>();
    private final List<JsonNode> containers = new ArrayList<>();
    private final boolean normalizesArrays;
    private final String description;
    private boolean acceptsTrue;
    private boolean acceptsFalse;
    private boolean acceptsNull;

    private ValueMatcher(Iterable<JsonNode> values, boolean normalizesArrays, String description) {
        this.normalizesArrays = normalizesArrays;
        this.description = description;
        for (JsonNode value : values) {
            if (value.isTextual()) {
                strings.add(value.textValue());
            } else if (value.isNumber()) {
                BigDecimal number = decimalOf(value);
                if (number != null) {
                    numbers.add(canonical(number));
                }
            } else if (value.isBoolean()) {
                acceptsTrue |= value.booleanValue();
                acceptsFalse |= !value.booleanValue();
            } else if (value.isNull()) {
                acceptsNull = true;
            } else {
                containers.add(normalizesArrays ? normalized(value) : value);
            }
        }
        this.fewStrings = strings.size() <= FEW ? strings.toArray(String[]::new) : null;
    }

    static ValueMatcher forEnum(JsonNode values, String location) {
        if (!values.isArray()) {
            throw SchemaCompiler.invalid("enum", location, "must be an array");
        }
        return new ValueMatcher(values, true, JsonTrees.text(values));
    }

    static ValueMatcher forConst(JsonNode value) {
        return new ValueMatcher(List.of(value), false, JsonTrees.text(value));
    }

    /** The allowed values as JSON, for messages. */
    String description() {
        return description;
    }

    /** Whether an object or array instance must be read whole to be compared. */
    boolean needsCapture() {
        return !containers.isEmpty();
    }

    boolean matches(ScalarValue value) throws IOException {
        return switch (value.token()) {
            case VALUE_STRING -> matchesString(value);
            case VALUE_TRUE -> acceptsTrue;
            case VALUE_FALSE -> acceptsFalse;
            case VALUE_NULL -> acceptsNull;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                BigDecimal number = value.decimal();
                yield number != null && numbers.contains(canonical(number));
            }
            default -> false;
        };
    }

    private boolean matchesString(ScalarValue value) throws IOException {
        if (fewStrings == null) {
            return strings.contains(value.text());
        }
        for (String candidate : fewStrings) {
            if (value.textEquals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Matches an object or array instance, read whole. */
    boolean matches(JsonNode container) {
        return containers.contains(normalizesArrays ? normalized(container) : container);
    }

    private static JsonNode normalized(JsonNode value) {
        if (!value.isArray()) {
            return value;
        }
        ArrayNode copy = ((ArrayNode) value).deepCopy();
        for (int i = 0; i < copy.size(); i++) {
            BigDecimal number = copy.get(i).isNumber() ? decimalOf(copy.get(i)) : null;
            if (number != null) {
                copy.set(i, DecimalNode.valueOf(canonical(number)));
            }
        }
        return copy;
    }

    private static BigDecimal decimalOf(JsonNode number) {
        if ((number.isDouble() || number.isFloat()) && !Double.isFinite(number.doubleValue())) {
            return null;
        }
        return number.decimalValue();
    }

    private static BigDecimal canonical(BigDecimal number) {
        return number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    }
}
