package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The JSON Schema {@code type} names as bits, and how a token is typed (the way networknt types tree nodes). */
final class JsonTypes {

    static final int NULL = 1;
    static final int BOOLEAN = 2;
    static final int OBJECT = 4;
    static final int ARRAY = 8;
    static final int NUMBER = 16;
    static final int INTEGER = 32;
    static final int STRING = 64;

    private static final String[] NAMES = {"null", "boolean", "object", "array", "number", "integer", "string"};

    /** The type bits a value starting with each token satisfies at least; an integer literal is also a number. */
    private static final int[] TYPE_OF_TOKEN = new int[JsonToken.values().length];

    static {
        TYPE_OF_TOKEN[JsonToken.START_OBJECT.ordinal()] = OBJECT;
        TYPE_OF_TOKEN[JsonToken.START_ARRAY.ordinal()] = ARRAY;
        TYPE_OF_TOKEN[JsonToken.VALUE_STRING.ordinal()] = STRING;
        TYPE_OF_TOKEN[JsonToken.VALUE_TRUE.ordinal()] = BOOLEAN;
        TYPE_OF_TOKEN[JsonToken.VALUE_FALSE.ordinal()] = BOOLEAN;
        TYPE_OF_TOKEN[JsonToken.VALUE_NULL.ordinal()] = NULL;
        TYPE_OF_TOKEN[JsonToken.VALUE_NUMBER_INT.ordinal()] = INTEGER | NUMBER;
        TYPE_OF_TOKEN[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = NUMBER;
    }

    private JsonTypes() {
    }

    /** The bit of a type name, or 0 when the name is not a JSON Schema type. */
    static int bit(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return 1 << i;
            }
        }
        return 0;
    }

    /** {@code string} for one type, {@code [string, null]} for several. */
    static String describe(int mask) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            if ((mask & (1 << i)) != 0) {
                names.add(NAMES[i]);
            }
        }
        return names.size() == 1 ? names.get(0) : names.toString();
    }

    /** The type name of the value starting at {@code token}. */
    static String nameOf(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT -> "integer";
            case VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> "unknown";
        };
    }

    /**
     * Whether the value starting at {@code token} has one of the types of {@code mask}. A number with a
     * zero fraction ({@code 1.0}) is an integer, as in draft 6 and later.
     *
     * @param scalar the scalar's value; only read for floating-point numbers
     */
    /** {@link #accepts} for any token but a floating-point number, which needs its value. */
    static boolean acceptsNonFloat(int mask, JsonToken token) {
        return (mask & TYPE_OF_TOKEN[token.ordinal()]) != 0;
    }

    static boolean accepts(int mask, JsonToken token, ScalarValue scalar) throws IOException {
        int type = TYPE_OF_TOKEN[token.ordinal()];
        if ((mask & type) != 0) {
            return true;
        }
        return type == NUMBER && (mask & INTEGER) != 0 && scalar.isIntegral();
    }

}
