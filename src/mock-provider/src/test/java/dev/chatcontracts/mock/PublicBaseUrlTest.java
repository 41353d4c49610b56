package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Absolute URLs in answers come from the mock's public base URL, never from the request's Host header. */
@Timeout(60)
class PublicBaseUrlTest {

    @Test
    void aForgedHostHeaderDoesNotReachNextUrlOrSearchUrls() {
        try (MockProvider mock = MockProvider.start()) {
            fillPastOnePage(mock);

            JsonNode page = get(mock, "/api/v2/chat/chats", "evil.example");
            JsonNode search = get(mock, "/api/v2/chat/chats/search?q=hello", "evil.example:666");

            assertThat(mock.publicBaseUrl()).isEqualTo(mock.baseUrl());
            assertThat(page.get("next_url").asText()).startsWith(mock.zendeskBaseUrl() + "/chats?cursor=");
            assertThat(search.get("results")).isNotEmpty();
            search.get("results").forEach(result ->
                    assertThat(result.get("url").asText()).startsWith(mock.zendeskBaseUrl() + "/chats/"));
            JsonNode back = get(mock, page.get("next_url").asText().substring(mock.baseUrl().toString().length()), "evil.example");
            assertThat(back.get("prev_url").asText()).startsWith(mock.zendeskBaseUrl() + "/chats?cursor=");
            assertThat(page.toString() + search + back).doesNotContain("evil.example");
        }
    }

    @Test
    void aConfiguredPublicBaseUrlIsUsedWithTheBasePathTheClientCalled() {
        try (MockProvider mock = MockProvider.builder().publicBaseUrl(URI.create("https://mock.example:8443/prefix/")).start()) {
            fillPastOnePage(mock);

            JsonNode page = get(mock, "/api/v2/chats", "127.0.0.1");

            assertThat(mock.publicBaseUrl()).isEqualTo(URI.create("https://mock.example:8443/prefix"));
            assertThat(page.get("next_url").asText()).startsWith("https://mock.example:8443/prefix/api/v2/chats?cursor=");
        }
    }

    @Test
    void aPublicBaseUrlMustBeAPlainHttpUrl() {
        for (String bad : new String[] {"/relative", "ftp://x.example", "http://x.example/?q=1", "http://u:p@x.example",
                "http://x.example/#f", "mailto:a@b.example"}) {
            assertThatThrownBy(() -> MockProvider.builder().publicBaseUrl(URI.create(bad)).build())
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void fillPastOnePage(MockProvider mock) {
        TestApi api = TestApi.zendesk(mock);
        for (int i = 0; i < ChatsHandler.PAGE_SIZE; i++) {
            TestApi.Reply reply = api.post("/chats", MockTestSupport.offlineMessage("hello number " + i, 1_500_000_000L + i));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        }
    }

    private static JsonNode get(MockProvider mock, String target, String host) {
        try (RawHttp raw = new RawHttp(mock)) {
            RawHttp.Response response = raw.send("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: "
                    + mock.credentials().bearerAuthorization() + "\r\nConnection: close\r\n\r\n").read();
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            return response.json();
        }
    }
}
