package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed holds: 123 (John / Visitor 7, good, 2014-10-09), 1234 (Thomas / John, 2014-09-30),
 * Hk3 (Tom Baker / Harry, chocolate cake, good, 2014-10-20), Rt5 (Tom Baker / Sally, chocolate fudge, good,
 * 2014-10-27), Wd2 (John Doe / Harry, bad, 2014-12-01), offline Qz8 (John, 2014-10-09) and offline Ff9
 * (Harry, chocolate wholesale, 2014-11-15).
 */
class ChatSearchTest extends MockTestSupport {

    private static final String CHAT_123 = "123";
    private static final String CHAT_1234 = "1234";
    private static final String HARRY_CAKE = "1410.655464.Hk3Lm9PqRs";
    private static final String SALLY_FUDGE = "1410.655464.Rt5Vb7NxQw";
    private static final String HARRY_LATE = "1412.655464.Wd2Gh6JsTy";
    private static final String JOHN_OFFLINE = "1410.655464.Qz8Xw2LmNb";
    private static final String HARRY_OFFLINE = "1411.655464.Ff9Kd1QaZx";

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("agent_names:Tom AND visitor_name:Harry", List.of(HARRY_CAKE)),
                Arguments.of("chat_type:chat AND chocolate", List.of(HARRY_CAKE, SALLY_FUDGE)),
                Arguments.of("type:chat AND chocolate", List.of(HARRY_CAKE, SALLY_FUDGE)),
                Arguments.of("chocolate", List.of(HARRY_CAKE, SALLY_FUDGE, HARRY_OFFLINE)),
                Arguments.of("CHOCOLATE", List.of(HARRY_CAKE, SALLY_FUDGE, HARRY_OFFLINE)),
                Arguments.of("choc*", List.of(HARRY_CAKE, SALLY_FUDGE, HARRY_OFFLINE)),
                Arguments.of("choc", List.of()),
                Arguments.of("\"chocolate cake\"", List.of(HARRY_CAKE)),
                Arguments.of("chocolate fudge", List.of(SALLY_FUDGE)),
                Arguments.of("visitor_email:harry@example.com AND timestamp:[2014-10-10 TO 2014-12-12]",
                        List.of(HARRY_CAKE, HARRY_OFFLINE, HARRY_LATE)),
                Arguments.of("visitor_email:HARRY@EXAMPLE.COM", List.of(HARRY_CAKE, HARRY_OFFLINE, HARRY_LATE)),
                Arguments.of("timestamp:[2014-10-16 TO *] AND chocolate", List.of(HARRY_CAKE, SALLY_FUDGE, HARRY_OFFLINE)),
                Arguments.of("end_timestamp:[2014-10-25 TO *] AND rating:good", List.of(SALLY_FUDGE)),
                Arguments.of("timestamp:[* TO 2014-09-30]", List.of(CHAT_1234)),
                Arguments.of("timestamp:[2014-10-09 TO 2014-10-09]", List.of(CHAT_123, JOHN_OFFLINE)),
                Arguments.of("timestamp:2014-10-27", List.of(SALLY_FUDGE)),
                Arguments.of("timestamp:[2016-02-02T16:00:00 TO *] AND rating:good", List.of()),
                Arguments.of("timestamp:[2014-10-20T10:00:00 TO 2014-10-20T10:00:00Z]", List.of(HARRY_CAKE)),
                Arguments.of("rating:bad", List.of(HARRY_LATE)),
                Arguments.of("rating:GOOD", List.of(CHAT_123, HARRY_CAKE, SALLY_FUDGE)),
                Arguments.of("chat_type:offline_msg", List.of(JOHN_OFFLINE, HARRY_OFFLINE)),
                Arguments.of("visitor_name:harry", List.of(HARRY_CAKE, HARRY_OFFLINE, HARRY_LATE)),
                Arguments.of("agent_names:john", List.of(CHAT_123, HARRY_LATE)),
                Arguments.of("agent_names:\"John Doe\"", List.of(HARRY_LATE)),
                Arguments.of("great customer", List.of(CHAT_123)),
                Arguments.of("minimized", List.of(CHAT_1234)),
                Arguments.of("chocolate AND rating:good AND visitor_name:Sally", List.of(SALLY_FUDGE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void theQueryLanguageSelectsTheExpectedChats(String query, List<String> expectedIds) {
        TestApi.Reply reply = search(query, 1);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(resultIds(reply.json())).containsExactlyElementsOf(expectedIds);
        assertThat(reply.json().get("count").asInt()).isEqualTo(expectedIds.size());
    }

    @Test
    void resultsCarryIdPreviewTimestampTypeAndAnAbsoluteUrl() {
        JsonNode body = search("agent_names:Tom AND visitor_name:Harry", 1).json();

        assertThat(texts(fieldNamesOf(body))).containsExactly("count", "next_url", "prev_url", "results");
        JsonNode result = body.get("results").get(0);
        assertThat(result.get("preview").asText()).isEqualTo("Do you sell chocolate cake?");
        assertThat(result.get("timestamp").asText()).isEqualTo("2014-10-20T10:00:00Z");
        assertThat(result.get("type").asText()).isEqualTo("chat");
        assertThat(result.get("url").asText()).isEqualTo(mock.zendeskBaseUrl() + "/chats/" + HARRY_CAKE);
        assertThat(body.get("next_url").isNull()).isTrue();
        assertThat(body.get("prev_url").isNull()).isTrue();
    }

    @Test
    void resultsComeFortyAPageAndNextUrlIsNullOnTheLastPage() {
        for (int i = 0; i < 45; i++) {
            createOfflineMessage("marmalade order " + i, 1_500_000_000L + i);
        }

        JsonNode first = search("marmalade", 1).json();
        assertThat(first.get("results")).hasSize(40);
        assertThat(first.get("count").asInt()).isEqualTo(45);
        assertThat(first.get("next_url").asText())
                .isEqualTo(mock.zendeskBaseUrl() + "/chats/search?q=marmalade&page=2");
        assertThat(first.get("prev_url").isNull()).isTrue();

        JsonNode second = search("marmalade", 2).json();
        assertThat(second.get("results")).hasSize(5);
        assertThat(second.get("next_url").isNull()).isTrue();
        assertThat(second.get("prev_url").asText()).endsWith("/chats/search?q=marmalade&page=1");
    }

    @Test
    void pageTwoHundredFiftyIsAllowedAndPastItIsABadRequest() {
        assertThat(search("chocolate", 250).status()).isEqualTo(200);
        assertThat(search("chocolate", 250).json().get("results")).isEmpty();

        TestApi.Reply reply = search("chocolate", 251);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("Bad Request");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/chats/search", "/chats/search?q=", "/chats/search?q=%20%20", "/chats/search?q=AND",
        "/chats/search?q=chocolate&page=0", "/chats/search?q=chocolate&page=two",
        "/chats/search?q=visitor_mail:harry@example.com", "/chats/search?q=chocolate%20OR%20fudge",
        "/chats/search?q=rating:excellent", "/chats/search?q=chat_type:call",
        "/chats/search?q=timestamp:%5B2014-13-45%20TO%20*%5D", "/chats/search?q=timestamp:%5B2014-10-10%20TO",
        "/chats/search?q=timestamp:%7B2014-10-10%20TO%20*%7D", "/chats/search?q=visitor_name:"})
    void malformedSearchesAreBadRequests(String pathAndQuery) {
        TestApi.Reply reply = api.get(pathAndQuery);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("description").asText()).isNotBlank();
    }

    @Test
    void deletedChatsAreNotFound() {
        api.delete("/chats/" + SALLY_FUDGE);

        assertThat(resultIds(search("chocolate", 1).json())).doesNotContain(SALLY_FUDGE);
    }

    private TestApi.Reply search(String query, int page) {
        return api.get("/chats/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + page);
    }

    private static List<String> resultIds(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("results").forEach(result -> ids.add(result.get("id").asText()));
        return ids;
    }

    private static JsonNode fieldNamesOf(JsonNode object) {
        var names = TestApi.MAPPER.createArrayNode();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
