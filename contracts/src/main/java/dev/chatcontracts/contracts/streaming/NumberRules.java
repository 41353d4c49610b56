package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum}, compared exactly
 * on the value the tree node would hold (networknt compares {@code decimalValue()}s), and
 * {@code multipleOf}, computed as networknt 2.0.8 does: on the number's {@code double} unless it is a big
 * decimal (so {@code 123456789012345678901234567890} is not a multiple of 3 there, nor here).
 */
final class NumberRules {

    private final String location;
    private final BigDecimal minimum;
    private final BigDecimal maximum;
    private final BigDecimal exclusiveMinimum;
    private final BigDecimal exclusiveMaximum;
    private final BigDecimal multipleOf;

    private NumberRules(String location, JsonNode schema) {
        this.location = location;
        this.minimum = bound(schema, "minimum", location);
        this.maximum = bound(schema, "maximum", location);
        this.exclusiveMinimum = bound(schema, "exclusiveMinimum", location);
        this.exclusiveMaximum = bound(schema, "exclusiveMaximum", location);
        this.multipleOf = divisor(schema, location);
    }

    /** The rules of a schema object, or {@code null} when it has none. */
    static NumberRules compile(JsonNode schema, String location) {
        for (String keyword : new String[] {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}) {
            if (schema.has(keyword)) {
                return new NumberRules(location, schema);
            }
        }
        return null;
    }

    void check(ScalarValue value, Evaluation sink, InstancePath path) throws IOException {
        BigDecimal number = value.decimal();
        if (number == null) {
            return;
        }
        if (minimum != null && number.compareTo(minimum) < 0) {
            sink.report(path, "minimum", location + "/minimum", "must have a minimum value of " + minimum);
        }
        if (maximum != null && number.compareTo(maximum) > 0) {
            sink.report(path, "maximum", location + "/maximum", "must have a maximum value of " + maximum);
        }
        if (exclusiveMinimum != null && number.compareTo(exclusiveMinimum) <= 0) {
            sink.report(path, "exclusiveMinimum", location + "/exclusiveMinimum",
                    "must have an exclusive minimum value of " + exclusiveMinimum);
        }
        if (exclusiveMaximum != null && number.compareTo(exclusiveMaximum) >= 0) {
            sink.report(path, "exclusiveMaximum", location + "/exclusiveMaximum",
                    "must have an exclusive maximum value of " + exclusiveMaximum);
        }
        if (multipleOf != null && value.multipleOfDividend().remainder(multipleOf).signum() != 0) {
            sink.report(path, "multipleOf", location + "/multipleOf", "must be multiple of " + multipleOf);
        }
    }

    private static BigDecimal bound(JsonNode schema, String keyword, String location) {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || (value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            throw SchemaCompiler.invalid(keyword, location, "must be a finite number");
        }
        return value.decimalValue();
    }

    /**
     * networknt 2.0.8's divisor: the exact value of a big decimal, otherwise the double the node holds
     * ({@code multipleOf: 0.1} is the decimal 0.1); 0 disables the keyword.
     */
    private static BigDecimal divisor(JsonNode schema, String location) {
        JsonNode value = schema.get("multipleOf");
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || value.doubleValue() <= 0 || !Double.isFinite(value.doubleValue())) {
            throw SchemaCompiler.invalid("multipleOf", location, "must be a number greater than 0");
        }
        return (value.isBigDecimal() ? value.decimalValue() : BigDecimal.valueOf(value.doubleValue())).stripTrailingZeros();
    }
}
