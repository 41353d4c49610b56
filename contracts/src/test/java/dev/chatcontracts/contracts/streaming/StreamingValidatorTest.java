package dev.chatcontracts.contracts.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.openapi.testing.Fixtures;
import dev.chatcontracts.contracts.streaming.SpecSubjects.Subject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator's API: its inputs, what a violation says, where the parser is left, and errors. */
class StreamingValidatorTest {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Subject LIST_CHATS = SpecSubjects.INSTANCE.documents.stream()
            .filter(s -> s.name().equals("zendesk-chat listChats 200 listChats")).findFirst().orElseThrow();

    private final StreamingValidator listChats = new StreamingValidator(StreamingSchema.compile(LIST_CHATS.schema()));

    @Test
    void reportsTheDocumentationsMistakesWithPointerKeywordLocationAndMessage() {
        List<StreamingViolation> violations = listChats.validate(LIST_CHATS.value());

        assertThat(violations).extracting(StreamingViolation::instancePointer, StreamingViolation::keyword, StreamingViolation::schemaLocation)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/chats/1/unread", "type", "#/$defs/Chat/properties/unread/type"),
                        org.assertj.core.groups.Tuple.tuple("/next_url", "format", "#/$defs/NextUrl/format"),
                        org.assertj.core.groups.Tuple.tuple("/next_url", "pattern", "#/$defs/NextUrl/pattern"),
                        org.assertj.core.groups.Tuple.tuple("/prev_url", "format", "#/$defs/NextUrl/format"),
                        org.assertj.core.groups.Tuple.tuple("/prev_url", "pattern", "#/$defs/NextUrl/pattern"));
        assertThat(violations).filteredOn(v -> v.keyword().equals("type")).extracting(StreamingViolation::message)
                .containsExactly("integer found, boolean expected");
    }

    @Test
    void namesAndValuesAreReadFromTheParserUnderADelegateThatOnlyWatches() throws IOException {
        byte[] document = new ObjectMapper().writeValueAsBytes(LIST_CHATS.value());
        List<StreamingViolation> expected = listChats.validate(LIST_CHATS.value());

        // a delegate whose names and texts are wrong: read through it, every value would be; read under it, none is
        try (JsonParser raw = JSON.createParser(document); JsonParser garbling = garbling(raw)) {
            assertThat(listChats.validate(garbling, raw, document.length)).isEqualTo(expected);
        }
        try (JsonParser raw = JSON.createParser(document); JsonParser garbling = garbling(raw)) {
            assertThat(listChats.validateGuessing(garbling, raw, document.length)).contains(expected);
        }
        try (JsonParser raw = JSON.createParser(document); JsonParser garbling = garbling(raw)) {
            assertThat(listChats.validate(garbling, document.length)).isNotEqualTo(expected);
        }
    }

    /** Moves {@code parser} as is, but reads every name and text wrong. */
    private static JsonParser garbling(JsonParser parser) {
        return new com.fasterxml.jackson.core.util.JsonParserDelegate(parser) {
            @Override
            public String currentName() {
                return "garbled";
            }

            @Override
            public String getText() {
                return "garbled";
            }

            @Override
            public char[] getTextCharacters() {
                return "garbled".toCharArray();
            }

            @Override
            public int getTextOffset() {
                return 0;
            }

            @Override
            public int getTextLength() {
                return 7;
            }
        };
    }

    @Test
    void aSmallDocumentAfterOneCutShortIsWalkedFromItsRoot() throws IOException {
        byte[] cutShort = "{\"chats\": [{\"id\": \"1\", \"unread\": ".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> listChats.validate(JSON.createParser(cutShort), cutShort.length)).isInstanceOf(IOException.class);
        byte[] document = new ObjectMapper().writeValueAsBytes(LIST_CHATS.value());

        List<StreamingViolation> violations = listChats.validate(JSON.createParser(document), document.length);

        assertThat(violations).isEqualTo(listChats.validate(LIST_CHATS.value()));
        assertThat(violations).extracting(StreamingViolation::instancePointer).contains("/chats/1/unread", "/next_url");
    }

    @Test
    void aValidationStartedInsideAnotherHasItsOwnWalk() throws IOException {
        JsonNode document = LIST_CHATS.value();
        List<StreamingViolation> alone = listChats.validate(document);
        List<List<StreamingViolation>> inner = new java.util.ArrayList<>();
        JsonParser outer = new com.fasterxml.jackson.core.util.JsonParserDelegate(document.traverse()) {
            @Override
            public JsonToken nextToken() throws IOException {
                if (inner.isEmpty()) {
                    inner.add(listChats.validate(document.traverse(), 1_000));
                }
                return super.nextToken();
            }
        };

        List<StreamingViolation> outside = listChats.validate(outer, 1_000);

        assertThat(inner.get(0)).isEqualTo(alone);
        assertThat(outside).isEqualTo(alone);
    }

    @Test
    void treesStreamsAndParsersGetTheSameViolations() throws IOException {
        byte[] bytes = new ObjectMapper().writeValueAsBytes(LIST_CHATS.value());

        List<StreamingViolation> fromTree = listChats.validate(LIST_CHATS.value());
        List<StreamingViolation> fromStream = listChats.validate(new ByteArrayInputStream(bytes));
        List<StreamingViolation> fromParser;
        try (JsonParser parser = JSON.createParser(new String(bytes, StandardCharsets.UTF_8))) {
            fromParser = listChats.validate(parser);
        }

        assertThat(fromStream).isEqualTo(fromTree).isEqualTo(fromParser);
    }

    @Test
    void readsExactlyOneValueAndLeavesTheParserOnItsLastToken() throws IOException {
        StreamingValidator validator = new StreamingValidator(StreamingSchema.compile(Fixtures.json("{'required':['a']}")));
        try (JsonParser parser = JSON.createParser("{\"a\":1} {\"b\":{\"a\":2}} [1] {\"x\":{\"b\":1}}")) {
            assertThat(validator.validate(parser)).isEmpty();
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThatThrownBy(() -> validator.validate(parser)).isInstanceOf(JsonParseException.class)
                    .hasMessageContaining("not on the start of a value");

            parser.nextToken();
            assertThat(validator.validate(parser)).extracting(StreamingViolation::instancePointer).containsExactly("");
            parser.nextToken();
            assertThat(validator.validate(parser)).isEmpty();
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_ARRAY);

            parser.nextToken();
            parser.nextToken();
            assertThat(parser.currentToken()).isEqualTo(JsonToken.FIELD_NAME);
            assertThat(validator.validate(parser)).as("the value of the field the parser stands on").hasSize(1);
        }
    }

    @Test
    void escapesPointersAndReportsTheRootAsEmpty() {
        StreamingValidator validator = new StreamingValidator(StreamingSchema.compile(Fixtures.json(
                "{'type':'object','additionalProperties':{'type':'integer'},'minProperties':3}")));

        assertThat(validator.validate(Fixtures.json("{'a/b':'x','c~d':1}")))
                .extracting(StreamingViolation::instancePointer, StreamingViolation::keyword)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("/a~1b", "type"),
                        org.assertj.core.groups.Tuple.tuple("", "minProperties"));
    }

    @Test
    void decidesADiscriminatorWhereverItsKeyStands() throws IOException {
        JsonNode schema = SpecSubjects.INSTANCE.components.stream()
                .filter(s -> s.name().equals("zendesk-chat ChatOrOfflineMessage")).findFirst().orElseThrow().schema();
        StreamingValidator validator = new StreamingValidator(StreamingSchema.compile(schema));

        for (String json : List.of("{\"type\":\"offline_msg\",\"message\":1,\"unread\":0}",
                "{\"message\":1,\"unread\":0,\"type\":\"offline_msg\"}", "{\"message\":1,\"type\":\"offline_msg\",\"unread\":0}")) {
            assertThat(validator.validate(new ObjectMapper().readTree(json))).as(json)
                    .extracting(StreamingViolation::instancePointer, StreamingViolation::schemaLocation)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("/message", "#/$defs/OfflineMessage/properties/message/type"),
                            org.assertj.core.groups.Tuple.tuple("/unread", "#/$defs/OfflineMessage/properties/unread/type"));
        }
    }

    @Test
    void countsTheViolationsOfAGeneratedChatListLikeNetworknt() throws IOException {
        ChatListStream stream = new ChatListStream(300, 7);
        byte[] bytes = stream.readAllBytes();

        List<StreamingViolation> violations = listChats.validate(new ByteArrayInputStream(bytes));

        assertThat(violations).hasSize((int) new ChatListStream(300, 7).expectedViolations())
                .allSatisfy(v -> assertThat(v.instancePointer()).matches("/chats/\\d+/unread"));
        assertThat(Agreement.disagreement(LIST_CHATS.schema(), new ObjectMapper().readTree(bytes))).isEmpty();
    }

    @Test
    void malformedOrMissingJsonIsAnErrorNotAVerdict() {
        assertThatThrownBy(() -> listChats.validate(new ByteArrayInputStream("{\"chats\":[{\"id\":\"1\",".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> listChats.validate(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("no JSON value");
    }
}
