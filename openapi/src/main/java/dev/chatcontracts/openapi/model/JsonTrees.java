package dev.chatcontracts.openapi.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON trees read from a parser and written as text without an {@code ObjectMapper}.
 *
 * <p>Why by hand: making the first {@code ObjectMapper} in a JVM loads about 250 classes of Jackson's databind
 * (type factory, deserializer caches, the default date format's locale data). In a fresh JVM that took about
 * 100 ms here, while the trees themselves need only the node classes. The short runs of the CLI read a bundled
 * spec and a few values as trees and nothing else, so they read them this way.
 *
 * <p>The trees are the ones {@code ObjectMapper.readTree} builds with its defaults: {@link JsonNodeFactory#instance},
 * an integer as an int, long or big-integer node by its size, a decimal as a double node, the last of duplicate
 * names winning at the place of the first. {@link #text} writes what {@code JsonNode.toString()} writes.
 * Both are iterative, so a deep document cannot overflow the stack; the parser's own limits bound the depth.
 */
public final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFactory TEXT = new JsonFactory();

    private JsonTrees() {
    }

    /** The one JSON value in {@code in}, or null when it holds none; content after the value is not read. */
    public static JsonNode read(JsonFactory factory, InputStream in) throws IOException {
        try (JsonParser parser = factory.createParser(in)) {
            return read(parser);
        }
    }

    /** The one JSON value in {@code text}, or null when it holds none; content after the value is not read. */
    public static JsonNode read(JsonFactory factory, String text) throws IOException {
        try (JsonParser parser = factory.createParser(text)) {
            return read(parser);
        }
    }

    /**
     * The value the parser stands on (or, when it stands on no token yet, the next one) as a tree, the parser left on
     * its last token; null at the end of the input. A parser on a field name reads the rest of that object.
     */
    public static JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            token = parser.nextToken();
            if (token == null) {
                return null;
            }
        }
        if (token == JsonToken.FIELD_NAME) {
            ObjectNode rest = NODES.objectNode();
            readContainers(parser, rest, true);
            return rest;
        }
        JsonNode value = node(parser, token);
        if (value instanceof ContainerNode<?> container) {
            readContainers(parser, container, false);
        }
        return value;
    }

    /** Fills {@code root}, just opened (or, with {@code onName}, with the parser on its next field name). */
    private static void readContainers(JsonParser parser, ContainerNode<?> root, boolean onName) throws IOException {
        ArrayDeque<ContainerNode<?>> open = new ArrayDeque<>();
        open.push(root);
        JsonToken token = onName ? JsonToken.FIELD_NAME : parser.nextToken();
        while (true) {
            if (token == null) {
                throw new JsonParseException(parser, "the input ends inside a JSON value");
            }
            ContainerNode<?> top = open.peek();
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.pop();
                if (open.isEmpty()) {
                    return;
                }
            } else {
                JsonNode child;
                if (top instanceof ObjectNode object) {
                    String name = parser.currentName();
                    child = node(parser, parser.nextToken());
                    object.replace(name, child);
                } else {
                    child = node(parser, token);
                    ((ArrayNode) top).add(child);
                }
                if (child instanceof ContainerNode<?> container) {
                    open.push(container);
                }
            }
            token = parser.nextToken();
        }
    }

    /** The node of one token: an empty container for a start token, else the scalar. */
    private static JsonNode node(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseException(parser, "the input ends inside a JSON value");
        }
        switch (token) {
            case START_OBJECT:
                return NODES.objectNode();
            case START_ARRAY:
                return NODES.arrayNode();
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return integer(parser);
            case VALUE_NUMBER_FLOAT:
                return decimal(parser);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                return embedded(parser.getEmbeddedObject());
            default:
                throw new JsonParseException(parser, "unexpected token " + token + " where a JSON value should start");
        }
    }

    private static JsonNode integer(JsonParser parser) throws IOException {
        switch (parser.getNumberType()) {
            case INT:
                return NODES.numberNode(parser.getIntValue());
            case LONG:
                return NODES.numberNode(parser.getLongValue());
            default:
                return NODES.numberNode(parser.getBigIntegerValue());
        }
    }

    private static JsonNode decimal(JsonParser parser) throws IOException {
        switch (parser.getNumberTypeFP()) {
            case BIG_DECIMAL:
                return NODES.numberNode(parser.getDecimalValue());
            case FLOAT32:
                return NODES.numberNode(parser.getFloatValue());
            default:
                return NODES.numberNode(parser.getDoubleValue());
        }
    }

    private static JsonNode embedded(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof byte[] bytes) {
            return NODES.binaryNode(bytes);
        }
        return value instanceof JsonNode node ? node : NODES.pojoNode(value);
    }

    /** {@code node} as compact JSON, the text {@code JsonNode.toString()} gives. */
    public static String text(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = TEXT.createGenerator(out)) {
            write(node, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes {@code root} with {@code generator}, one container at a time. */
    private static void write(JsonNode root, JsonGenerator generator) throws IOException {
        ArrayDeque<Object> pending = new ArrayDeque<>();
        writeValue(root, generator, pending);
        while (!pending.isEmpty()) {
            Object top = pending.peek();
            if (top instanceof Fields fields) {
                if (!fields.rest.hasNext()) {
                    pending.pop();
                    generator.writeEndObject();
                    continue;
                }
                Map.Entry<String, JsonNode> field = fields.rest.next();
                generator.writeFieldName(field.getKey());
                writeValue(field.getValue(), generator, pending);
            } else {
                Items items = (Items) top;
                if (!items.rest.hasNext()) {
                    pending.pop();
                    generator.writeEndArray();
                    continue;
                }
                writeValue(items.rest.next(), generator, pending);
            }
        }
    }

    /** Writes a scalar whole, or opens a container and leaves its members pending. */
    private static void writeValue(JsonNode node, JsonGenerator generator, ArrayDeque<Object> pending) throws IOException {
        if (node.isObject()) {
            generator.writeStartObject();
            pending.push(new Fields(node.properties().iterator()));
        } else if (node.isArray()) {
            generator.writeStartArray();
            pending.push(new Items(node.elements()));
        } else {
            writeScalar(node, generator);
        }
    }

    private static void writeScalar(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.getNodeType()) {
            case STRING -> generator.writeString(node.textValue());
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL, MISSING -> generator.writeNull();
            case NUMBER -> writeNumber(node, generator);
            case BINARY -> generator.writeBinary(node.binaryValue());
            default -> throw new IllegalArgumentException("a " + node.getNodeType() + " node has no JSON text of its own");
        }
    }

    private static void writeNumber(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.numberType()) {
            case INT -> generator.writeNumber(node.intValue());
            case LONG -> generator.writeNumber(node.longValue());
            case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
            case FLOAT -> generator.writeNumber(node.floatValue());
            case DOUBLE -> generator.writeNumber(node.doubleValue());
            default -> generator.writeNumber(node.decimalValue());
        }
    }

    private record Fields(Iterator<Map.Entry<String, JsonNode>> rest) {
    }

    private record Items(Iterator<JsonNode> rest) {
    }
}
