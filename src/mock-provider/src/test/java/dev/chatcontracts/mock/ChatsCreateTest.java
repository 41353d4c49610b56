package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChatsCreateTest extends MockTestSupport {

    @Test
    void createsAnOfflineMessageFromEpochSecondsAndReturnsAnIsoTimestamp() {
        TestApi.Reply reply = api.post("/chats", offlineMessage("Hi there!", 1444156010L));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode created = reply.json();
        assertThat(created.get("timestamp").asText()).isEqualTo("2015-10-06T18:26:50Z");
        assertThat(created.get("type").asText()).isEqualTo("offline_msg");
        assertThat(created.get("id").asText()).matches("1510\\.655464\\.[0-9A-Za-z]+");
        assertThat(created.get("visitor").get("id").asText()).isEqualTo("1.12345");
        assertThat(created.get("unread").isBoolean()).isTrue();
        assertThat(created.get("zendesk_ticket_id").isNull()).isTrue();
        assertThat(created.get("started_by").asText()).isEqualTo("visitor");
        assertThat(created.get("webpath").isArray()).isTrue();
        assertThat(created.get("message").asText()).isEqualTo("Hi there!");
    }

    @Test
    void theCreatedMessageIsVisibleToLaterCalls() {
        String id = createOfflineMessage("Where is my parcel", 1444156010L);

        assertThat(api.get("/chats/" + id).json().get("message").asText()).isEqualTo("Where is my parcel");
        assertThat(api.get("/chats?ids=" + id).json().get("docs").has(id)).isTrue();
        assertThat(api.get("/chats/search?q=parcel").json().get("results").get(0).get("id").asText()).isEqualTo(id);
    }

    @Test
    void extraSessionKeysAreKeptAndAMissingVisitorIdIsGenerated() {
        String body = json("{'visitor':{'name':'Ann'},'message':'m','type':'offline_msg','timestamp':1444156010,"
                + "'session':{'browser':'Safari','custom_key':'kept'}}");

        JsonNode created = api.post("/chats", body).json();

        assertThat(created.get("session").get("custom_key").asText()).isEqualTo("kept");
        assertThat(created.get("session").get("id").asText()).matches("151006\\.655464\\.[0-9A-Za-z]+");
        assertThat(created.get("visitor").get("id").asText()).matches("655464\\.[0-9A-Za-z]+");
        assertThat(created.get("visitor").get("email").asText()).isEmpty();
    }

    @Test
    void anIsoTimestampIsAcceptedToo() {
        String body = offlineMessage("iso", 0).replace("\"timestamp\":0", "\"timestamp\":\"2016-02-02T16:00:00Z\"");

        TestApi.Reply reply = api.post("/chats", body);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("timestamp").asText()).isEqualTo("2016-02-02T16:00:00Z");
    }

    static Stream<Arguments> invalidOfflineMessages() {
        String valid = offlineMessage("m", 1444156010L);
        return Stream.of(
                Arguments.of("only offline messages can be created", valid.replace("offline_msg", "chat"), "offline_msg"),
                Arguments.of("visitor is required", valid.replaceFirst("\"visitor\":\\{[^}]*},", ""), "visitor"),
                Arguments.of("message is required", valid.replace("\"message\":\"m\",", ""), "message"),
                Arguments.of("type is required", valid.replace("\"type\":\"offline_msg\",", ""), "type"),
                Arguments.of("timestamp is required", valid.replace("\"timestamp\":1444156010,", ""), "timestamp"),
                Arguments.of("session is required", valid.replaceFirst(",\"session\":\\{[^}]*}", ""), "session"),
                Arguments.of("timestamp must be epoch seconds or ISO",
                        valid.replace("1444156010", "\"yesterday\""), "timestamp"),
                Arguments.of("visitor must be an object", valid.replaceFirst("\"visitor\":\\{[^}]*}", "\"visitor\":\"John\""),
                        "visitor"),
                Arguments.of("message must be a string", valid.replace("\"message\":\"m\"", "\"message\":42"), "message"),
                Arguments.of("session fields must be strings", valid.replace("\"city\":\"Orlando\"", "\"city\":7"), "city"),
                Arguments.of("body must be an object", "[1,2]", "object"),
                Arguments.of("timestamp within the years 0000-9999", valid.replace("1444156010", "253402300800"), "timestamp"),
                Arguments.of("timestamp past what an instant holds", valid.replace("1444156010", "9223372036854775807"),
                        "timestamp"),
                Arguments.of("visitor id must be a string (D5)", valid.replace("\"id\":\"1.12345\"", "\"id\":12345"), "id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidOfflineMessages")
    void invalidOfflineMessagesAreBadRequests(String rule, String body, String named) {
        TestApi.Reply reply = api.post("/chats", body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("Bad Request");
        assertThat(reply.json().get("description").asText()).contains(named);
        assertThat(api.get("/chats").json().get("count").asInt()).isEqualTo(7);
    }

    @Test
    void extraSessionKeysAreKeptInStrictModeTooAndAnswerOnlyFieldsAreAssignedByTheApi() {
        try (MockProvider strict = MockProvider.builder().strict(true).start()) {
            String body = offlineMessage("m", 1444156010L).replace("\"browser\"", "\"custom_key\":\"kept\",\"browser\"");

            TestApi.Reply reply = TestApi.zendesk(strict).post("/chats", body);

            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            assertThat(reply.json().get("session").get("custom_key").asText()).isEqualTo("kept");
        }
        JsonNode created = api.post("/chats", offlineMessage("m", 1444156010L)
                .replace("{\"visitor\"", "{\"unread\":true,\"department_name\":\"Sales\",\"visitor\"")).json();
        assertThat(created.get("unread").asBoolean()).isFalse();
        assertThat(created.get("department_name").isNull()).isTrue();
    }

    @Test
    void strictModeRejectsReadOnlyFieldsOnCreate() {
        try (MockProvider strict = MockProvider.builder().strict(true).start()) {
            String body = offlineMessage("m", 1444156010L).replace("{\"visitor\"", "{\"id\":\"x\",\"visitor\"");

            TestApi.Reply reply = TestApi.zendesk(strict).post("/chats", body);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("description").asText()).contains("read-only").contains("id");
        }
    }
}
