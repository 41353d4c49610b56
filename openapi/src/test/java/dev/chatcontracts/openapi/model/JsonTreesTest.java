package dev.chatcontracts.openapi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonTreesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("empty object", "{}"),
                Arguments.of("empty array", "[]"),
                Arguments.of("string", "\"chat\""),
                Arguments.of("null", "null"),
                Arguments.of("booleans", "[true,false]"),
                Arguments.of("int, long and big integer", "[0,-1,2147483647,2147483648,-9223372036854775808,9223372036854775808,123456789012345678901234567890]"),
                Arguments.of("decimals", "[0.0,1.0,-0.5,1e3,1E-7,2.5e+10,1e400,0.1000000000000000055511151231257827,123456789.123456789]"),
                Arguments.of("duplicate names: the last wins in the place of the first", "{\"a\":1,\"b\":2,\"a\":{\"c\":[3]}}"),
                Arguments.of("nested containers", "{\"chats\":[{\"id\":\"1\",\"tags\":[],\"count\":{\"total\":1}},[[],[{}]],null]}"),
                Arguments.of("escapes and other scripts", "{\"t\":\"quote \\\" backslash \\\\ tab \\t nl \\n ctl \\u0001 é 中 😀 \\ud83d\\ude00\"}"),
                Arguments.of("names that need escaping", "{\"a\\\"b\":1,\"\\u0000\":2,\"é\":3}"),
                Arguments.of("whitespace around", " \n\t{ \"a\" : [ 1 , 2 ] }\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readsTheTreeTheMapperReads(String name, String json) throws IOException {
        JsonNode expected = MAPPER.readTree(json);

        assertSameTree(JsonTrees.read(FACTORY, json), expected);
        assertSameTree(JsonTrees.read(FACTORY, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void writesTheTextToStringWrites(String name, String json) throws IOException {
        JsonNode tree = MAPPER.readTree(json);

        assertThat(JsonTrees.text(tree)).isEqualTo(tree.toString());
    }

    @Test
    void generatedDocumentsReadAndWriteAsTheMapperDoes() throws IOException {
        Random random = new Random(20261204L);
        for (int i = 0; i < 3_000; i++) {
            String json = Generated.value(random, 0);
            JsonNode expected = MAPPER.readTree(json);
            JsonNode read = JsonTrees.read(FACTORY, json);

            assertSameTree(read, expected);
            assertThat(JsonTrees.text(read)).as(json).isEqualTo(expected.toString());
        }
    }

    @Test
    void nodesMadeInCodeWriteAsToStringWrites() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode made = nodes.objectNode();
        made.put("short", (short) 7).put("float", 1.25f).put("decimal", new BigDecimal("1.50"))
                .put("bytes", new byte[] {1, 2, 3}).putNull("none");
        made.set("missing", nodes.missingNode());
        made.putArray("items").add(1L).add(2.0d).add("three");

        assertThat(JsonTrees.text(made)).isEqualTo(made.toString());
    }

    @Test
    void aParserOnAValueLeavesTheParserOnItsLastToken() throws IOException {
        try (JsonParser parser = FACTORY.createParser("[{\"a\":[1]},2]")) {
            parser.nextToken();
            parser.nextToken();

            JsonNode first = JsonTrees.read(parser);

            assertThat(first).isEqualTo(MAPPER.readTree("{\"a\":[1]}"));
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
        }
    }

    @Test
    void aParserOnAFieldNameReadsTheRestOfThatObjectAsTheMapperDoes() throws IOException {
        String json = "{\"a\":1,\"b\":{\"c\":2}}";
        try (JsonParser ours = FACTORY.createParser(json); JsonParser theirs = FACTORY.createParser(json)) {
            ours.nextToken();
            ours.nextToken();
            theirs.nextToken();
            theirs.nextToken();

            assertSameTree(JsonTrees.read(ours), MAPPER.readTree(theirs));
        }
    }

    @Test
    void noValueIsNull() throws IOException {
        assertThat(JsonTrees.read(FACTORY, "  ")).isNull();
        assertThat(JsonTrees.read(FACTORY, new ByteArrayInputStream(new byte[0]))).isNull();
    }

    @Test
    void truncatedInputFailsAsJson() {
        assertThatThrownBy(() -> JsonTrees.read(FACTORY, "{\"a\":[1,")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> JsonTrees.read(FACTORY, "{\"a\"")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aDeepDocumentNeitherOverflowsTheStackNorEscapesTheParsersLimit() throws IOException {
        int depth = 200_000;
        String deep = "[".repeat(depth) + "1" + "]".repeat(depth);
        JsonFactory unlimited = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(depth).build()).build();

        JsonNode tree = JsonTrees.read(unlimited, deep);
        int levels = 0;
        for (JsonNode at = tree; at.isArray(); at = at.get(0)) {
            levels++;
        }

        assertThat(levels).isEqualTo(depth);
        assertThatThrownBy(() -> JsonTrees.read(FACTORY, deep)).isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("nesting depth");
    }

    /** Same values, and the same node class at every place (the mapper's IntNode is not its LongNode). */
    private static void assertSameTree(JsonNode actual, JsonNode expected) {
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.getClass()).isEqualTo(expected.getClass());
        if (expected.isContainerNode()) {
            assertThat(actual.size()).isEqualTo(expected.size());
            if (expected.isObject()) {
                assertThat(iterableNames(actual)).isEqualTo(iterableNames(expected));
                expected.properties().forEach(field -> assertSameTree(actual.get(field.getKey()), field.getValue()));
            } else {
                for (int i = 0; i < expected.size(); i++) {
                    assertSameTree(actual.get(i), expected.get(i));
                }
            }
        }
    }

    private static String iterableNames(JsonNode object) {
        StringBuilder names = new StringBuilder();
        object.fieldNames().forEachRemaining(name -> names.append(name).append('\u0000'));
        return names.toString();
    }

    /** Random JSON text: every kind of value, numbers of every size, names repeated, text with escapes. */
    private static final class Generated {

        private static final String[] NAMES = {"id", "id", "agent_ids", "é", "a\"b", "", "timestamp"};
        private static final String[] NUMBERS = {"0", "-0", "7", "-2147483649", "4294967296", "18446744073709551616",
                "0.1", "-1.5e-300", "1e308", "3.4028235E38", "6.02214076e23", "1.0", "100.000"};
        private static final String[] TEXTS = {"", "chat", "line\\nbreak", "\\u00e9\\u4e2d", "😀", "\\\"quoted\\\"", "\\u001f"};

        static String value(Random random, int depth) {
            int kind = depth > 5 ? 2 + random.nextInt(5) : random.nextInt(7);
            switch (kind) {
                case 0: {
                    StringBuilder object = new StringBuilder("{");
                    int size = random.nextInt(5);
                    for (int i = 0; i < size; i++) {
                        object.append(i == 0 ? "" : ",").append('"').append(NAMES[random.nextInt(NAMES.length)].replace("\"", "\\\""))
                                .append("\":").append(value(random, depth + 1));
                    }
                    return object.append('}').toString();
                }
                case 1: {
                    StringBuilder array = new StringBuilder("[");
                    int size = random.nextInt(5);
                    for (int i = 0; i < size; i++) {
                        array.append(i == 0 ? "" : ",").append(value(random, depth + 1));
                    }
                    return array.append(']').toString();
                }
                case 2:
                    return NUMBERS[random.nextInt(NUMBERS.length)];
                case 3:
                    return Long.toString(random.nextLong() >> random.nextInt(64));
                case 4:
                    return '"' + TEXTS[random.nextInt(TEXTS.length)] + '"';
                case 5:
                    return Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
                default:
                    return random.nextBoolean() ? "null" : Boolean.toString(random.nextBoolean());
            }
        }
    }
}
