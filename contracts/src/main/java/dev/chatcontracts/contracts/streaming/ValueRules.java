package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * The keywords a value is checked against where it starts: {@code type}, {@code enum}, {@code const}, the
 * string rules and the number rules; and the {@code false} schema, which rejects every value.
 */
final class ValueRules {

    private final String location;
    private final boolean rejectsEverything;
    private final int types;
    private final ValueMatcher enumeration;
    private final ValueMatcher constant;
    private final StringRules strings;
    private final NumberRules numbers;
    private final String falseLocation;
    private final String typeLocation;
    private final String expectedTypes;
    private final String enumLocation;
    private final String enumMessage;
    private final String constLocation;
    private final String constMessage;
    private final boolean typeOnly;

    private ValueRules(String location, boolean rejectsEverything, int types, ValueMatcher enumeration,
            ValueMatcher constant, StringRules strings, NumberRules numbers) {
        this.location = location;
        this.rejectsEverything = rejectsEverything;
        this.types = types;
        this.enumeration = enumeration;
        this.constant = constant;
        this.strings = strings;
        this.numbers = numbers;
        this.falseLocation = location + "/false";
        this.typeLocation = location + "/type";
        this.expectedTypes = " found, " + JsonTypes.describe(types) + " expected";
        this.enumLocation = location + "/enum";
        this.enumMessage = enumeration == null ? null : "does not have a value in the enumeration " + enumeration.description();
        this.constLocation = location + "/const";
        this.constMessage = constant == null ? null : "must be the constant value " + constant.description();
        this.typeOnly = !rejectsEverything && enumeration == null && constant == null && strings == null && numbers == null;
    }

    /** The rules of the schema {@code false}. */
    static ValueRules rejectingEverything(String location) {
        return new ValueRules(location, true, 0, null, null, null, null);
    }

    /** The value rules of a schema object, or {@code null} when it has none. */
    static ValueRules compile(JsonNode schema, String location) {
        int types = types(schema.get("type"), location);
        ValueMatcher enumeration = schema.has("enum") ? ValueMatcher.forEnum(schema.get("enum"), location) : null;
        ValueMatcher constant = schema.has("const") ? ValueMatcher.forConst(schema.get("const")) : null;
        StringRules strings = StringRules.compile(schema, location);
        NumberRules numbers = NumberRules.compile(schema, location);
        if (types == 0 && enumeration == null && constant == null && strings == null && numbers == null) {
            return null;
        }
        return new ValueRules(location, false, types, enumeration, constant, strings, numbers);
    }

    /** Whether an object or array instance has to be read whole for {@code enum} or {@code const}. */
    boolean needsCapture() {
        return enumeration != null && enumeration.needsCapture() || constant != null && constant.needsCapture();
    }

    /**
     * Checks a scalar when only {@code type} applies, without reading the value (the common case):
     * {@code true} when it did, {@code false} when {@link #checkScalar} is needed.
     */
    boolean checkTypeOnly(JsonToken token, Evaluation sink, InstancePath path) {
        if (!typeOnly || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return false;
        }
        if (!JsonTypes.acceptsNonFloat(types, token)) {
            sink.report(path, "type", typeLocation, JsonTypes.nameOf(token) + expectedTypes);
        }
        return true;
    }

    void checkScalar(ScalarValue value, Evaluation sink, InstancePath path) throws IOException {
        if (rejectsEverything) {
            sink.report(path, "false", falseLocation, "schema is false");
            return;
        }
        checkType(value.token(), value, sink, path);
        if (enumeration != null && !enumeration.matches(value)) {
            sink.report(path, "enum", enumLocation, enumMessage);
        }
        if (constant != null && !constant.matches(value)) {
            sink.report(path, "const", constLocation, constMessage);
        }
        if (strings != null && value.isString()) {
            strings.check(value, sink, path);
        }
        if (numbers != null && value.isNumber()) {
            numbers.check(value, sink, path);
        }
    }

    /**
     * Checks an object or array where it starts.
     *
     * @return whether the value must be captured for {@link #checkCaptured}
     */
    boolean checkContainerStart(JsonToken token, Evaluation sink, InstancePath path) throws IOException {
        if (rejectsEverything) {
            sink.report(path, "false", falseLocation, "schema is false");
            return false;
        }
        checkType(token, null, sink, path);
        if (enumeration != null && !enumeration.needsCapture()) {
            sink.report(path, "enum", enumLocation, enumMessage);
        }
        if (constant != null && !constant.needsCapture()) {
            sink.report(path, "const", constLocation, constMessage);
        }
        return needsCapture();
    }

    /** Compares a captured object or array with {@code enum}/{@code const}. */
    void checkCaptured(JsonNode value, Evaluation sink, InstancePath path) {
        if (enumeration != null && enumeration.needsCapture() && !enumeration.matches(value)) {
            sink.report(path, "enum", enumLocation, enumMessage);
        }
        if (constant != null && constant.needsCapture() && !constant.matches(value)) {
            sink.report(path, "const", constLocation, constMessage);
        }
    }

    private void checkType(JsonToken token, ScalarValue value, Evaluation sink, InstancePath path) throws IOException {
        if (types != 0 && !JsonTypes.accepts(types, token, value)) {
            sink.report(path, "type", typeLocation, JsonTypes.nameOf(token) + expectedTypes);
        }
    }

    private static int types(JsonNode type, String location) {
        if (type == null) {
            return 0;
        }
        if (type.isTextual()) {
            return typeBit(type.textValue(), location);
        }
        if (!type.isArray() || type.isEmpty()) {
            throw SchemaCompiler.invalid("type", location, "must be a type name or a non-empty array of type names");
        }
        int mask = 0;
        for (JsonNode name : type) {
            if (!name.isTextual()) {
                throw SchemaCompiler.invalid("type", location, "must list type names");
            }
            mask |= typeBit(name.textValue(), location);
        }
        return mask;
    }

    private static int typeBit(String name, String location) {
        int bit = JsonTypes.bit(name);
        if (bit == 0) {
            throw SchemaCompiler.invalid("type", location, "names no JSON Schema type: " + name);
        }
        return bit;
    }
}
