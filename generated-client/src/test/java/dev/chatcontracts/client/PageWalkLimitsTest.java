package dev.chatcontracts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatcontracts.client.http.StubServer;
import dev.chatcontracts.client.zendeskchat.AgentPages;
import dev.chatcontracts.client.zendeskchat.ApiClient;
import dev.chatcontracts.client.zendeskchat.ChatAuth;
import dev.chatcontracts.client.zendeskchat.ChatClients;
import dev.chatcontracts.client.zendeskchat.ClientSettings;
import dev.chatcontracts.client.zendeskchat.ForeignPageException;
import dev.chatcontracts.client.zendeskchat.NextUrlPages;
import dev.chatcontracts.client.zendeskchat.PageLimitException;
import dev.chatcontracts.client.zendeskchat.api.AgentsApi;
import dev.chatcontracts.client.zendeskchat.model.Agent;
import dev.chatcontracts.client.zendeskchat.model.ChatSearchResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Page walks against real servers on 127.0.0.1: they stay on the client's origin and always end. */
class PageWalkLimitsTest {

    private static final String TOKEN = "home-token";
    private static final Pattern CURSOR = Pattern.compile("cursor=(\\d+)");

    @Test
    void aNextUrlOnAnotherOriginEndsTheWalkBeforeAnyRequestGoesThere() throws Exception {
        try (StubServer foreign = StubServer.json(uri -> page(List.of("9"), null));
                StubServer home = StubServer.json(uri -> page(List.of("1"),
                        foreign.baseUrl() + "/chats/search?cursor=2&access_token=s3cret"))) {
            ApiClient client = ChatClients.create(home.baseUrl(), ChatAuth.bearer(TOKEN));
            List<String> seen = new ArrayList<>();

            assertThatThrownBy(() -> NextUrlPages.search(client, "chat_type:chat").forEach(r -> seen.add(r.getId())))
                    .isInstanceOf(ForeignPageException.class)
                    .hasMessageContaining(home.origin())
                    .hasMessageContaining(foreign.origin() + "/api/v2/chat/chats/search?cursor=2&access_token=***")
                    .hasMessageNotContaining("s3cret");
            assertThat(seen).containsExactly("1");
            assertThat(home.authorizations()).containsExactly("Bearer " + TOKEN);
            assertThat(foreign.requests()).isEmpty();
        }
    }

    @Test
    void endlessPagesWithNewCursorsEndAtThePageLimit() throws Exception {
        try (StubServer home = StubServer.json(uri -> {
            int cursor = cursor(uri);
            return page(List.of(String.valueOf(cursor)), "/api/v2/chat/chats/search?cursor=" + (cursor + 1));
        })) {
            ApiClient client = ChatClients.create(home.baseUrl(), ChatAuth.bearer(TOKEN), ClientSettings.defaults().withMaxPages(5));
            List<String> seen = new ArrayList<>();

            assertThatThrownBy(() -> NextUrlPages.search(client, "chat_type:chat").forEach(r -> seen.add(r.getId())))
                    .isInstanceOfSatisfying(PageLimitException.class, e -> assertThat(e.maxPages()).isEqualTo(5))
                    .hasMessageContaining("searchChats").hasMessageContaining("maxPages=5");
            assertThat(seen).containsExactly("0", "1", "2", "3", "4");
            assertThat(home.requests()).hasSize(5);
        }
    }

    @Test
    void endlessEmptyPagesWithNewCursorsEndAtTheFirstEmptyPage() throws Exception {
        try (StubServer home = StubServer.json(uri -> page(List.of(), "/api/v2/chat/chats/search?cursor=" + (cursor(uri) + 1)))) {
            ApiClient client = ChatClients.create(home.baseUrl(), ChatAuth.bearer(TOKEN));

            List<ChatSearchResult> results = NextUrlPages.search(client, "chat_type:chat").toList();

            assertThat(results).isEmpty();
            assertThat(home.requests()).hasSize(1);
        }
    }

    @Test
    void aNextUrlAlreadyFetchedEndsTheWalk() throws Exception {
        try (StubServer home = StubServer.json(uri -> page(List.of(String.valueOf(cursor(uri))), "/api/v2/chat/chats/search?cursor=7"))) {
            ApiClient client = ChatClients.create(home.baseUrl(), ChatAuth.bearer(TOKEN));

            List<String> ids = NextUrlPages.search(client, "chat_type:chat").map(ChatSearchResult::getId).toList();

            assertThat(ids).containsExactly("0", "7");
            assertThat(home.requests()).hasSize(2);
        }
    }

    @Test
    void theStringNullAsNextUrlEndsTheWalk() throws Exception {
        try (StubServer home = StubServer.json(uri -> page(List.of("1"), "null"))) {
            ApiClient client = ChatClients.create(home.baseUrl(), ChatAuth.bearer(TOKEN));

            List<String> ids = NextUrlPages.search(client, "chat_type:chat").map(ChatSearchResult::getId).toList();

            assertThat(ids).containsExactly("1");
            assertThat(home.requests()).hasSize(1);
        }
    }

    @Test
    void anAgentWalkWhoseCursorAlwaysAdvancesEndsAtThePageLimit() throws Exception {
        Pattern sinceId = Pattern.compile("since_id=(\\d+)");
        try (StubServer home = StubServer.json(uri -> {
            Matcher m = sinceId.matcher(String.valueOf(uri.getQuery()));
            long next = m.find() ? Long.parseLong(m.group(1)) : 0;
            return "[{\"id\":" + next + "}]";
        })) {
            ClientSettings settings = ClientSettings.defaults().withMaxPages(3);
            AgentsApi agents = new AgentsApi(ChatClients.create(home.baseUrl(), ChatAuth.bearer(TOKEN), settings));
            List<Long> seen = new ArrayList<>();

            assertThatThrownBy(() -> AgentPages.all(agents, 1, settings).map(Agent::getId).forEach(seen::add))
                    .isInstanceOf(PageLimitException.class).hasMessageContaining("listAgents");
            assertThat(seen).containsExactly(0L, 1L, 2L);
            assertThat(home.requests()).hasSize(3);
        }
    }

    private static int cursor(URI uri) {
        Matcher m = CURSOR.matcher(String.valueOf(uri.getQuery()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String page(List<String> ids, String nextUrl) {
        StringBuilder results = new StringBuilder();
        for (String id : ids) {
            results.append(results.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"type\":\"chat\"}");
        }
        return "{\"count\":" + ids.size() + ",\"results\":[" + results + "],\"next_url\":"
                + (nextUrl == null ? "null" : "\"" + nextUrl + "\"") + "}";
    }
}
