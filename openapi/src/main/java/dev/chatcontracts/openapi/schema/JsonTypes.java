package dev.chatcontracts.openapi.schema;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON Schema's type names of JSON values. */
public final class JsonTypes {

    private JsonTypes() {
    }

    /** {@code integer} for an integral number, else {@code number}, {@code string}, {@code boolean}, {@code array}, {@code object} or {@code null}. */
    public static String of(JsonNode value) {
        if (value.isIntegralNumber()) {
            return "integer";
        }
        return switch (value.getNodeType()) {
            case NUMBER -> "number";
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            default -> "null";
        };
    }
}
