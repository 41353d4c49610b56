package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type a request field must have. */
enum JsonKind {
    STRING("a string") {
        @Override
        boolean accepts(JsonNode value) {
            return value.isTextual();
        }
    },
    NULLABLE_STRING("a string or null") {
        @Override
        boolean accepts(JsonNode value) {
            return value.isTextual() || value.isNull();
        }
    },
    INT64("an integer") {
        @Override
        boolean accepts(JsonNode value) {
            return value.isIntegralNumber() && value.canConvertToLong();
        }
    },
    NULLABLE_INT64("an integer or null") {
        @Override
        boolean accepts(JsonNode value) {
            return value.isNull() || INT64.accepts(value);
        }
    },
    BOOLEAN("a boolean") {
        @Override
        boolean accepts(JsonNode value) {
            return value.isBoolean();
        }
    },
    /** A boolean flag that the docs send as the integer 1 or 0 (discrepancy D13). */
    FLAG("a boolean, 1 or 0") {
        @Override
        boolean accepts(JsonNode value) {
            return value.isBoolean() || value.isIntegralNumber() && (value.asLong() == 0 || value.asLong() == 1);
        }
    },
    OBJECT("an object") {
        @Override
        boolean accepts(JsonNode value) {
            return value.isObject();
        }
    },
    STRING_ARRAY("an array of strings") {
        @Override
        boolean accepts(JsonNode value) {
            if (!value.isArray()) {
                return false;
            }
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    return false;
                }
            }
            return true;
        }
    },
    /** A timestamp sent as Unix epoch seconds (as the docs do, D11) or as an ISO-8601 string. */
    EPOCH_SECONDS_OR_ISO("Unix epoch seconds or an ISO-8601 string") {
        @Override
        boolean accepts(JsonNode value) {
            return INT64.accepts(value) || value.isTextual() && Timestamps.parseInstant(value.asText()).isPresent();
        }
    },
    ANY("any value") {
        @Override
        boolean accepts(JsonNode value) {
            return true;
        }
    };

    private final String description;

    JsonKind(String description) {
        this.description = description;
    }

    abstract boolean accepts(JsonNode value);

    String description() {
        return description;
    }

    /** {@code true} for the boolean {@code true} or a non-zero integer. */
    static boolean flag(JsonNode value) {
        return value.isBoolean() ? value.booleanValue() : value.asLong() != 0;
    }
}
