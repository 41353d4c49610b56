package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChatsUpdateTest extends MockTestSupport {

    private static final String OFFLINE_MESSAGE = "1410.655464.Qz8Xw2LmNb";

    @Test
    void writableFieldsChangeWhatLaterCallsSee() {
        TestApi.Reply reply = api.put("/chats/1234",
                json("{'comment':'Resolved','rating':'bad','tags':['billing','urgent'],'unread':true}"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode chat = api.get("/chats/1234").json();
        assertThat(chat.get("comment").asText()).isEqualTo("Resolved");
        assertThat(chat.get("rating").asText()).isEqualTo("bad");
        assertThat(texts(chat.get("tags"))).containsExactly("billing", "urgent");
        assertThat(chat.get("unread").asBoolean()).isTrue();
        assertThat(reply.json()).isEqualTo(chat);
    }

    @Test
    void ratingAndCommentCanBeCleared() {
        JsonNode chat = api.put("/chats/123", json("{'comment':null,'rating':null}")).json();

        assertThat(chat.get("comment").isNull()).isTrue();
        assertThat(chat.get("rating").isNull()).isTrue();
        assertThat(api.get("/chats/search?q=rating:good").json().get("count").asInt()).isEqualTo(2);
    }

    @Test
    void theDocumentedDottedVisitorNameKeyRenamesTheVisitor() {
        TestApi.Reply reply = api.put("/chats/123", json("{'visitor.name':'Joe'}"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("visitor").get("name").asText()).isEqualTo("Joe");
        assertThat(reply.json().has("visitor.name")).isFalse();
        assertThat(api.get("/chats/123").json().get("visitor").get("name").asText()).isEqualTo("Joe");
        assertThat(api.get("/chats/search?q=visitor_name:Joe").json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void readOnlyFieldsAreSilentlyIgnoredByDefault() {
        JsonNode before = api.get("/chats/123").json();

        TestApi.Reply reply = api.put("/chats/123", json("{'id':'999','agent_names':['Eve'],'visitor':{'name':'X'},"
                + "'timestamp':'2020-01-01T00:00:00Z','type':'offline_msg','comment':'kept'}"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode after = api.get("/chats/123").json();
        assertThat(after.get("id").asText()).isEqualTo("123");
        assertThat(after.get("agent_names")).isEqualTo(before.get("agent_names"));
        assertThat(after.get("visitor")).isEqualTo(before.get("visitor"));
        assertThat(after.get("timestamp")).isEqualTo(before.get("timestamp"));
        assertThat(after.get("type").asText()).isEqualTo("chat");
        assertThat(after.get("comment").asText()).isEqualTo("kept");
    }

    @Test
    void strictModeAnswers400NamingTheReadOnlyFieldsAndChangesNothing() {
        try (MockProvider strict = MockProvider.builder().strict(true).start()) {
            TestApi strictApi = TestApi.zendesk(strict);

            TestApi.Reply reply = strictApi.put("/chats/123",
                    json("{'agent_names':['Eve'],'session':{},'comment':'not applied'}"));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("description").asText())
                    .contains("read-only").contains("agent_names").contains("session");
            assertThat(strictApi.get("/chats/123").json().get("comment").asText()).isEqualTo("Great customer experience!");
            assertThat(strictApi.put("/chats/123", json("{'visitor.name':'Joe'}")).status()).isEqualTo(200);
        }
    }

    @Test
    void anOfflineMessageOnlyTakesUnreadAndTheVisitorName() {
        JsonNode updated = api.put("/chats/" + OFFLINE_MESSAGE,
                json("{'unread':true,'visitor.name':'Johnny','comment':'ignored','message':'ignored'}")).json();

        assertThat(updated.get("unread").asBoolean()).isTrue();
        assertThat(updated.get("visitor").get("name").asText()).isEqualTo("Johnny");
        assertThat(updated.has("comment")).isFalse();
        assertThat(updated.get("message").asText()).isEqualTo("Hi there!");
    }

    static Stream<Arguments> invalidUpdates() {
        return Stream.of(
                Arguments.of("unread must be a boolean, not 0", json("{'unread':0}"), "unread"),
                Arguments.of("tags must be an array of strings", json("{'tags':'vip'}"), "tags"),
                Arguments.of("tags elements must be strings", json("{'tags':[1]}"), "tags"),
                Arguments.of("rating must be good or bad", json("{'rating':'excellent'}"), "rating"),
                Arguments.of("comment must be a string", json("{'comment':5}"), "comment"),
                Arguments.of("visitor.name must be a string", json("{'visitor.name':5}"), "visitor.name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUpdates")
    void wronglyTypedWritableFieldsAreBadRequests(String rule, String body, String named) {
        TestApi.Reply reply = api.put("/chats/123", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("description").asText()).contains(named);
    }

    @Test
    void updatingAnUnknownChatIsNotFound() {
        assertThat(api.put("/chats/nope", json("{'comment':'x'}")).status()).isEqualTo(404);
    }
}
