package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatsListTest extends MockTestSupport {

    private static final int SEEDED_CHATS = 7;

    @Test
    void aSinglePageHasNullNextAndPrevUrls() {
        JsonNode page = api.get("/chats").json();

        assertThat(page.get("chats")).hasSize(SEEDED_CHATS);
        assertThat(page.get("count").asInt()).isEqualTo(SEEDED_CHATS);
        assertThat(page.get("next_url").isNull()).as("JSON null, never the string \"null\"").isTrue();
        assertThat(page.get("prev_url").isNull()).isTrue();
    }

    @Test
    void chatsComeFortyAPageWithAnAbsoluteCursorUrlUntilNextUrlIsNull() {
        for (int i = 0; i < 45; i++) {
            createOfflineMessage("paged message " + i, 1_500_000_000L + i);
        }

        JsonNode first = api.get("/chats").json();
        assertThat(first.get("chats")).hasSize(40);
        assertThat(first.get("count").asInt()).isEqualTo(SEEDED_CHATS + 45);
        String next = first.get("next_url").asText();
        assertThat(next).startsWith(mock.zendeskBaseUrl() + "/chats?cursor=");

        JsonNode second = followUrl(next);
        assertThat(second.get("chats")).hasSize(SEEDED_CHATS + 45 - 40);
        assertThat(second.get("next_url").isNull()).isTrue();
        assertThat(second.get("prev_url").asText()).startsWith(mock.zendeskBaseUrl() + "/chats?cursor=");

        JsonNode back = followUrl(second.get("prev_url").asText());
        assertThat(chatIds(back)).containsExactlyElementsOf(chatIds(first));
    }

    @Test
    void aPrevUrlWhoseEarlierChatsWereAllDeletedAnswersAnEmptyPageThatLeadsBackToTheStart() {
        for (int i = 0; i < 45; i++) {
            createOfflineMessage("paged message " + i, 1_500_000_000L + i);
        }
        JsonNode first = api.get("/chats").json();
        JsonNode second = followUrl(first.get("next_url").asText());
        chatIds(first).forEach(id -> assertThat(api.delete("/chats/" + id).status()).isEqualTo(204));

        JsonNode back = followUrl(second.get("prev_url").asText());

        assertThat(back.get("chats")).isEmpty();
        assertThat(back.get("prev_url").isNull()).isTrue();
        assertThat(chatIds(followUrl(back.get("next_url").asText()))).containsExactlyElementsOf(chatIds(second));
    }

    @Test
    void walkingNextUrlsVisitsEveryChatOnceOrderedByTimestamp() {
        for (int i = 0; i < 90; i++) {
            createOfflineMessage("walk " + i, 1_400_000_000L + i * 60L);
        }
        List<String> walked = new ArrayList<>();
        List<String> timestamps = new ArrayList<>();
        JsonNode page = api.get("/chats").json();
        while (true) {
            walked.addAll(chatIds(page));
            page.get("chats").forEach(chat -> timestamps.add(chat.get("timestamp").asText()));
            if (page.get("next_url").isNull()) {
                break;
            }
            page = followUrl(page.get("next_url").asText());
        }

        assertThat(walked).hasSize(SEEDED_CHATS + 90).doesNotHaveDuplicates();
        assertThat(timestamps).isSorted();
    }

    @Test
    void theLegacyBasePathGivesNextUrlsOnTheLegacyBasePath() {
        for (int i = 0; i < 40; i++) {
            createOfflineMessage("legacy " + i, 1_500_000_000L + i);
        }

        JsonNode page = api.at(mock.zendeskLegacyBaseUrl()).get("/chats").json();

        assertThat(page.get("next_url").asText()).startsWith(mock.zendeskLegacyBaseUrl() + "/chats?cursor=");
    }

    @Test
    void idsReturnADocsMapKeyedByChatId() {
        TestApi.Reply reply = api.get("/chats?ids=123,1234,unknown1");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("count").asInt()).isEqualTo(2);
        assertThat(texts(fieldNames(body.get("docs")))).containsExactly("123", "1234");
        assertThat(body.get("docs").get("1234").get("agent_names").get(0).asText()).isEqualTo("Thomas");
        assertThat(body.has("chats")).isFalse();
    }

    @Test
    void idsAcceptFiftyAndRejectMore() {
        String fifty = IntStream.range(0, 50).mapToObj(i -> "id" + i).collect(Collectors.joining(","));

        assertThat(api.get("/chats?ids=" + fifty).status()).isEqualTo(200);
        assertThat(api.get("/chats?ids=" + fifty + ",one-more").status()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cursor=not-a-cursor", "cursor=", "ids="})
    void malformedListParametersAreBadRequests(String query) {
        assertThat(api.get("/chats?" + query).status()).isEqualTo(400);
    }

    private JsonNode followUrl(String url) {
        URI uri = URI.create(url);
        return api.at(URI.create(uri.getScheme() + "://" + uri.getAuthority())).get(uri.getRawPath() + "?" + uri.getRawQuery()).json();
    }

    private static List<String> chatIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("chats").forEach(chat -> ids.add(chat.get("id").asText()));
        return ids;
    }

    private static JsonNode fieldNames(JsonNode object) {
        var names = TestApi.MAPPER.createArrayNode();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
