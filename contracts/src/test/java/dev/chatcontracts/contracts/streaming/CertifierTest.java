package dev.chatcontracts.contracts.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.TestExchanges;
import dev.chatcontracts.contracts.streaming.SpecSubjects.Subject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link StreamingValidator#certainlyPasses}: true only for documents that pass (every networknt cross-check of
 * {@link Agreement} also asks it), false where it cannot tell; the walk that validates then finds what there is. The
 * spec's schemas are compiled anew per test (the guesses of a discriminator chain are kept by the compiled schema).
 */
class CertifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory TOKENS = new JsonFactory();

    private final StreamingValidator showChat = new StreamingValidator(StreamingSchema.compile(subject("showChat 200").schema()));

    @Test
    void aChatIsCertifiedOnceTheDiscriminatorDecidedAlikeTwice() throws IOException {
        JsonNode chat = chat();

        assertThat(certainlyPasses(showChat, chat)).as("no guess yet: cannot tell").isFalse();
        showChat.validate(chat);
        showChat.validate(chat);
        assertThat(certainlyPasses(showChat, chat)).isTrue();
        assertThat(certainlyPasses(showChat, offlineMessage())).as("a valid offline message, a chat guessed").isFalse();
        assertThat(showChat.validate(offlineMessage())).isEmpty();
    }

    @Test
    void anOfflineMessageIsCertifiedThroughTheElseBranchOfTheChain() throws IOException {
        showChat.validate(offlineMessage());
        showChat.validate(offlineMessage());

        assertThat(certainlyPasses(showChat, offlineMessage())).isTrue();
        assertThat(certainlyPasses(showChat, chat())).as("a chat, an offline message guessed").isFalse();
    }

    @Test
    void aListOfChatsIsCertifiedThroughItsMarkerAndEveryItemsChain() throws IOException {
        StreamingValidator listChats = new StreamingValidator(StreamingSchema.compile(subject("zendesk-chat listChats 200 listChats").schema()));
        ObjectNode list = JSON.createObjectNode();
        ArrayNode chats = list.putArray("chats");
        chats.add(chat()).add(chat()).add(chat());
        list.put("count", 3);

        listChats.validate(list);
        listChats.validate(list);

        assertThat(certainlyPasses(listChats, list)).isTrue();
        chats.add(offlineMessage());
        assertThat(certainlyPasses(listChats, list)).as("one item of the other branch").isFalse();
        assertThat(listChats.validate(list)).isEmpty();
    }

    @Test
    void aCertifiedDocumentLeavesTheParserOnItsLastToken() throws IOException {
        showChat.validate(chat());
        showChat.validate(chat());
        byte[] bytes = (JSON.writeValueAsString(chat()) + " 7").getBytes(StandardCharsets.UTF_8);

        try (JsonParser parser = TOKENS.createParser(bytes)) {
            assertThat(showChat.certainlyPasses(parser, parser)).isTrue();
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
        }
    }

    @Test
    void aBrokenChatCannotBeToldAndTheValidatorFindsWhy() throws IOException {
        showChat.validate(chat());
        showChat.validate(chat());
        ObjectNode broken = chat();
        broken.put("unread", 0);

        assertThat(certainlyPasses(showChat, broken)).isFalse();
        assertThat(showChat.validate(broken)).extracting(StreamingViolation::instancePointer).containsExactly("/unread");
    }

    static Stream<Arguments> schemasAndDocuments() {
        return Stream.of(
                Arguments.of("type", "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"integer\"}}}", "{\"a\": 1}", "{\"a\": \"1\"}"),
                Arguments.of("format", "{\"properties\": {\"t\": {\"type\": \"string\", \"format\": \"date-time\"}}}",
                        "{\"t\": \"2024-01-02T03:04:05Z\"}", "{\"t\": \"yesterday\"}"),
                Arguments.of("enum", "{\"properties\": {\"e\": {\"enum\": [\"x\", null]}}}", "{\"e\": null}", "{\"e\": \"y\"}"),
                Arguments.of("required", "{\"required\": [\"a\"], \"properties\": {\"a\": true}}", "{\"a\": {}}", "{\"b\": 1}"),
                Arguments.of("additionalProperties false", "{\"properties\": {\"a\": {}}, \"additionalProperties\": false}",
                        "{\"a\": [1]}", "{\"a\": 1, \"b\": 2}"),
                Arguments.of("additionalProperties schema", "{\"additionalProperties\": {\"type\": \"string\"}}",
                        "{\"a\": \"x\", \"b\": \"y\"}", "{\"a\": \"x\", \"b\": 2}"),
                Arguments.of("required only, checked as additional", "{\"required\": [\"a\"], \"additionalProperties\": {\"type\": \"string\"}}",
                        "{\"a\": \"x\"}", "{\"a\": 1}"),
                Arguments.of("maxProperties", "{\"maxProperties\": 1}", "{\"a\": 1}", "{\"a\": 1, \"b\": 2}"),
                Arguments.of("items", "{\"items\": {\"type\": \"string\"}, \"maxItems\": 2}", "[\"a\", \"b\"]", "[\"a\", 2]"),
                Arguments.of("maxItems", "{\"items\": {\"type\": \"string\"}, \"maxItems\": 2}", "[]", "[\"a\", \"b\", \"c\"]"),
                Arguments.of("items false", "{\"items\": false}", "[]", "[1]"),
                Arguments.of("number", "{\"type\": \"integer\", \"minimum\": 2}", "2.0", "1"),
                Arguments.of("false", "{\"properties\": {\"a\": false}}", "{\"b\": 1}", "{\"a\": null}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemasAndDocuments")
    void aDocumentThatPassesIsCertifiedAndOneThatFailsCannotBeTold(String rule, String schema, String passing, String failing)
            throws IOException {
        StreamingValidator validator = new StreamingValidator(StreamingSchema.compile(JSON.readTree(schema)));

        assertThat(validator.validate(JSON.readTree(passing))).isEmpty();
        assertThat(certainlyPasses(validator, passing)).isTrue();
        assertThat(validator.validate(JSON.readTree(failing))).isNotEmpty();
        assertThat(certainlyPasses(validator, failing)).isFalse();
    }

    static Stream<Arguments> documentsItCannotTell() {
        return Stream.of(
                Arguments.of("anyOf", "{\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}", "1"),
                Arguments.of("allOf", "{\"allOf\": [{\"type\": \"object\"}]}", "{}"),
                Arguments.of("$ref next to other keywords", "{\"$defs\": {\"o\": {\"type\": \"object\"}}, \"$ref\": \"#/$defs/o\", "
                        + "\"required\": []}", "{}"),
                Arguments.of("an enum of objects", "{\"enum\": [{\"a\": 1}]}", "{\"a\": 1}"),
                Arguments.of("a condition on a container", "{\"if\": {\"properties\": {\"t\": {\"const\": 1}}, \"required\": [\"t\"]}, "
                        + "\"then\": true, \"else\": true}", "{\"t\": [1]}"),
                Arguments.of("more than 64 names", manyNames(), "{}"),
                Arguments.of("deeper than the walk goes", "{\"$defs\": {\"a\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/a\"}}}, "
                        + "\"$ref\": \"#/$defs/a\"}", "[".repeat(300) + "]".repeat(300)),
                Arguments.of("broken JSON", "{\"type\": \"object\"}", "{\"a\": tru}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsItCannotTell")
    void aSchemaOrDocumentOutsideItsReachCannotBeTold(String why, String schema, String document) throws IOException {
        StreamingValidator validator = new StreamingValidator(StreamingSchema.compile(JSON.readTree(schema)));

        for (int i = 0; i < 3; i++) {
            assertThat(certainlyPasses(validator, document)).as("time " + i).isFalse();
            if (!why.equals("broken JSON")) {
                validator.validate(JSON.readTree(document));
            }
        }
    }

    static Stream<Arguments> repeatedNamesAndDepths() {
        return Stream.of(
                Arguments.of("a declared name", "{\"properties\": {\"a\": {\"type\": \"integer\"}}}", "{\"a\": 1, \"a\": 2}"),
                Arguments.of("an undeclared name", "{\"properties\": {\"a\": {\"type\": \"integer\"}}}", "{\"b\": 1, \"a\": 1, \"b\": 1}"),
                Arguments.of("a map's key", "{\"additionalProperties\": {\"type\": \"string\"}}", "{\"k\": \"x\", \"k\": \"y\"}"),
                Arguments.of("an object without object rules", "{\"type\": \"object\"}", "{\"k\": 1, \"k\": 1}"),
                Arguments.of("in a value any schema takes", "{\"properties\": {\"a\": true}}", "{\"a\": [1, {\"x\": 1, \"x\": 2}]}"),
                Arguments.of("in a value of no schema", "{\"items\": {\"type\": \"string\"}}", "{\"x\": {\"y\": 1, \"y\": 2}}"),
                Arguments.of("deeper than the walk goes, in a value any schema takes", "true", "[".repeat(300) + "]".repeat(300)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repeatedNamesAndDepths")
    void anObjectThatRepeatsANameOrAValueTooDeepCannotBeToldWhenTheCertifierReadsTheParserItself(String where, String schema, String document)
            throws IOException {
        StreamingValidator validator = new StreamingValidator(StreamingSchema.compile(JSON.readTree(schema)));
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);

        try (JsonParser parser = TOKENS.createParser(bytes)) {
            parser.nextToken();
            assertThat(validator.certainlyPasses(parser, recording(new ArrayList<>()))).isFalse();
        }
        try (JsonParser parser = TOKENS.createParser(bytes)) {
            parser.nextToken();
            assertThat(validator.certainlyPasses(parser, (ValueFollower) null)).as("nothing followed").isFalse();
        }
        try (JsonParser parser = TOKENS.createParser(bytes)) {
            assertThat(validator.certainlyPasses(parser, parser)).as("names left to a watching parser, depth to the caller").isTrue();
        }
    }

    private static String manyNames() {
        StringBuilder schema = new StringBuilder("{\"properties\": {");
        for (int i = 0; i < 65; i++) {
            schema.append(i == 0 ? "" : ", ").append("\"p").append(i).append("\": {\"type\": \"string\"}");
        }
        return schema.append("}}").toString();
    }

    private static boolean certainlyPasses(StreamingValidator validator, JsonNode document) throws IOException {
        return certainlyPasses(validator, JSON.writeValueAsString(document));
    }

    /**
     * Whether the document is certified, asked both ways: through the parser (as a watching parser would be read) and
     * reading the parser itself with a follower; the two agree, and the follower of a certified document was told every
     * member, every item that is a container and every end, in document order.
     */
    private static boolean certainlyPasses(StreamingValidator validator, String document) throws IOException {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        boolean watched;
        try (JsonParser parser = TOKENS.createParser(bytes)) {
            watched = validator.certainlyPasses(parser, parser);
        }
        List<String> told = new ArrayList<>();
        boolean followed;
        try (JsonParser parser = TOKENS.createParser(bytes)) {
            parser.nextToken();
            followed = validator.certainlyPasses(parser, recording(told));
        }
        assertThat(followed).as("reading the parser itself, as through it").isEqualTo(watched);
        if (followed) {
            assertThat(told).isEqualTo(structure(bytes));
        }
        return watched;
    }

    /** A follower of every container: notes each member's name, each container item's index, each end. */
    private static ValueFollower recording(List<String> told) {
        return new ValueFollower() {
            @Override
            public ValueFollower member(String name, JsonToken token, JsonParser parser) {
                told.add("name:" + name);
                return token.isStructStart() ? this : null;
            }

            @Override
            public ValueFollower item(int index, JsonToken token) {
                told.add("item:" + index);
                return this;
            }

            @Override
            public void end() {
                told.add("end");
            }
        };
    }

    /** What {@link #recording} notes of a document, read from its tokens. */
    private static List<String> structure(byte[] bytes) throws IOException {
        List<String> structure = new ArrayList<>();
        try (JsonParser parser = TOKENS.createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                boolean inArray = parser.getParsingContext().getParent() != null && parser.getParsingContext().getParent().inArray();
                if (token == JsonToken.FIELD_NAME) {
                    structure.add("name:" + parser.currentName());
                } else if (token.isStructStart() && inArray) {
                    structure.add("item:" + parser.getParsingContext().getParent().getCurrentIndex());
                } else if (token.isStructEnd()) {
                    structure.add("end");
                }
            }
        }
        return structure;
    }

    private static ObjectNode chat() throws IOException {
        return (ObjectNode) JSON.readTree(TestExchanges.resource("chat-valid.json"));
    }

    private static ObjectNode offlineMessage() throws IOException {
        return (ObjectNode) JSON.readTree(TestExchanges.resource("offline-message-valid.json"));
    }

    private static Subject subject(String name) {
        return SpecSubjects.INSTANCE.documents.stream().filter(s -> s.name().contains(name)).findFirst().orElseThrow();
    }
}
