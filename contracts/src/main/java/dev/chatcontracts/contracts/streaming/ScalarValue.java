package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The scalar the parser stands on, read lazily: a string's text is only decoded when a rule needs it.
 * Numbers are read the way {@code ObjectMapper.readTree} would store them (a double for a
 * floating-point literal of a text parser), so comparisons give networknt's verdicts on the tree.
 */
final class ScalarValue {

    private JsonParser parser;
    private JsonToken token;
    private String text;
    private char[] chars;
    private int offset;
    private int length;
    private BigDecimal decimal;
    private boolean decimalRead;

    void reset(JsonParser parser, JsonToken token) {
        this.parser = parser;
        this.token = token;
        this.text = null;
        this.chars = null;
        this.decimal = null;
        this.decimalRead = false;
    }

    JsonToken token() {
        return token;
    }

    boolean isString() {
        return token == JsonToken.VALUE_STRING;
    }

    boolean isNumber() {
        return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }

    String text() throws IOException {
        if (text == null) {
            text = parser.getText();
        }
        return text;
    }

    /**
     * The string's characters without creating a {@code String}: {@code chars()[offset() ..
     * offset() + length()]}. Call {@link #chars()} first.
     */
    char[] chars() throws IOException {
        if (chars == null) {
            chars = parser.getTextCharacters();
            offset = parser.getTextOffset();
            length = parser.getTextLength();
        }
        return chars;
    }

    int offset() {
        return offset;
    }

    int length() {
        return length;
    }

    /** Whether the string equals {@code candidate}, compared on the parser's characters. */
    boolean textEquals(String candidate) throws IOException {
        if (text != null) {
            return text.equals(candidate);
        }
        char[] buffer = chars();
        if (candidate.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buffer[offset + i] != candidate.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The number's exact value as the tree node would give it; {@code null} for NaN and infinities. */
    BigDecimal decimal() throws IOException {
        if (!decimalRead) {
            decimal = token == JsonToken.VALUE_NUMBER_INT ? integral() : floatingPoint();
            decimalRead = true;
        }
        return decimal;
    }

    /**
     * The dividend networknt 2.0.8's {@code multipleOf} uses: a big decimal's exact value, otherwise the
     * number's {@code double} ({@code null} for NaN and infinities).
     */
    BigDecimal multipleOfDividend() throws IOException {
        if (token == JsonToken.VALUE_NUMBER_FLOAT && parser.getNumberTypeFP() == JsonParser.NumberTypeFP.BIG_DECIMAL) {
            return parser.getDecimalValue();
        }
        double value = parser.getDoubleValue();
        return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
    }

    /** Whether a number has no fraction, as {@code JsonNode.canConvertToExactIntegral()} decides. */
    boolean isIntegral() throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return true;
        }
        switch (parser.getNumberTypeFP()) {
            case BIG_DECIMAL -> {
                BigDecimal value = parser.getDecimalValue();
                return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
            }
            case FLOAT32 -> {
                float value = parser.getFloatValue();
                return Float.isFinite(value) && value == Math.round(value);
            }
            default -> {
                double value = parser.getDoubleValue();
                return Double.isFinite(value) && value == Math.rint(value);
            }
        }
    }

    private BigDecimal integral() throws IOException {
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                ? new BigDecimal(parser.getBigIntegerValue())
                : BigDecimal.valueOf(parser.getLongValue());
    }

    private BigDecimal floatingPoint() throws IOException {
        switch (parser.getNumberTypeFP()) {
            case BIG_DECIMAL -> {
                return parser.getDecimalValue();
            }
            case FLOAT32 -> {
                float value = parser.getFloatValue();
                return Float.isFinite(value) ? BigDecimal.valueOf(value) : null;
            }
            default -> {
                double value = parser.getDoubleValue();
                return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
            }
        }
    }
}
