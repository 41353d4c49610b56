package dev.chatcontracts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatcontracts.client.http.SlowBodyServer;
import dev.chatcontracts.client.http.StubServer;
import dev.chatcontracts.client.zendeskchat.ApiClient;
import dev.chatcontracts.client.zendeskchat.ApiException;
import dev.chatcontracts.client.zendeskchat.ChatAuth;
import dev.chatcontracts.client.zendeskchat.ChatClients;
import dev.chatcontracts.client.zendeskchat.ClientOrigin;
import dev.chatcontracts.client.zendeskchat.ClientSettings;
import dev.chatcontracts.client.zendeskchat.ForeignOriginException;
import dev.chatcontracts.client.zendeskchat.RequestTimeoutException;
import dev.chatcontracts.client.zendeskchat.ResponseTooLargeException;
import dev.chatcontracts.client.zendeskchat.api.AccountApi;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Every exchange of a client made by ChatClients is bounded in time and size, and keeps its credentials home. */
class BoundedExchangeTest {

    private static final String TOKEN = "home-token";
    private static final int ONE_MIB = 1024 * 1024;

    @Test
    void theDefaultsAreAMinuteFiftyMebibytesAndTenThousandPages() {
        ClientSettings defaults = ClientSettings.defaults();

        assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.maxResponseBytes()).isEqualTo(50L * ONE_MIB);
        assertThat(defaults.maxPages()).isEqualTo(10_000);
        assertThat(new ClientSettings(Duration.ofSeconds(1), Duration.ofSeconds(2), 0, Duration.ZERO, Duration.ZERO).maxPages())
                .isEqualTo(10_000);
        assertThatThrownBy(() -> defaults.withMaxResponseBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withMaxPages(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withRequestTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBodyTrickledAtOneByteASecondFailsAtTheRequestTimeout() throws Exception {
        try (SlowBodyServer slow = SlowBodyServer.start()) {
            ApiClient client = ChatClients.create(slow.baseUrl(), ChatAuth.bearer(TOKEN),
                    ClientSettings.defaults().withRequestTimeout(Duration.ofSeconds(1)));
            long start = System.nanoTime();

            assertThatThrownBy(() -> new AccountApi(client).showAccount())
                    .isInstanceOf(ApiException.class)
                    .hasRootCauseInstanceOf(RequestTimeoutException.class)
                    .rootCause().hasMessageContaining("requestTimeout PT1S").hasMessageContaining("/api/v2/chat/account");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aBodyTrickledToAStringHandlerFailsAtTheRequestTimeoutToo() throws Exception {
        try (SlowBodyServer slow = SlowBodyServer.start()) {
            ApiClient client = ChatClients.create(slow.baseUrl(), ChatAuth.bearer(TOKEN),
                    ClientSettings.defaults().withRequestTimeout(Duration.ofSeconds(1)));
            HttpRequest request = HttpRequest.newBuilder(URI.create(slow.baseUrl() + "/account")).build();
            long start = System.nanoTime();

            assertThatThrownBy(() -> client.getHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(IOException.class).hasRootCauseInstanceOf(RequestTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aBodyTrickledToAnAsyncSendFailsAtTheRequestTimeout() throws Exception {
        try (SlowBodyServer slow = SlowBodyServer.start()) {
            ApiClient client = ChatClients.create(slow.baseUrl(), ChatAuth.bearer(TOKEN),
                    ClientSettings.defaults().withRequestTimeout(Duration.ofSeconds(1)));
            HttpRequest request = HttpRequest.newBuilder(URI.create(slow.baseUrl() + "/account")).build();

            assertThatThrownBy(() -> client.getHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString()).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasRootCauseInstanceOf(RequestTimeoutException.class);
        }
    }

    @Test
    void aBodyLargerThanMaxResponseBytesFailsFromItsContentLength() throws Exception {
        try (StubServer big = StubServer.start(exchange -> sendBytes(exchange, 2 * ONE_MIB, true))) {
            ApiClient client = ChatClients.create(big.baseUrl(), ChatAuth.bearer(TOKEN), ClientSettings.defaults().withMaxResponseBytes(ONE_MIB));

            assertThatThrownBy(() -> new AccountApi(client).showAccount())
                    .isInstanceOf(ApiException.class)
                    .hasRootCauseInstanceOf(ResponseTooLargeException.class)
                    .rootCause().hasMessageContaining("maxResponseBytes=" + ONE_MIB).hasMessageContaining("Content-Length " + 2 * ONE_MIB);
        }
    }

    @Test
    void aChunkedBodyLargerThanMaxResponseBytesFailsWhileReceived() throws Exception {
        try (StubServer big = StubServer.start(exchange -> sendBytes(exchange, 2 * ONE_MIB, false))) {
            ApiClient client = ChatClients.create(big.baseUrl(), ChatAuth.bearer(TOKEN), ClientSettings.defaults().withMaxResponseBytes(ONE_MIB));

            assertThatThrownBy(() -> new AccountApi(client).showAccount())
                    .isInstanceOf(ApiException.class)
                    .hasRootCauseInstanceOf(ResponseTooLargeException.class)
                    .rootCause().hasMessageContaining("maxResponseBytes=" + ONE_MIB).hasMessageContaining("received");
        }
    }

    @Test
    void aBodyWithinTheLimitIsRead() throws Exception {
        try (StubServer home = StubServer.json(uri -> "{\"account_key\":\"abc\"}")) {
            ApiClient client = ChatClients.create(home.baseUrl(), ChatAuth.bearer(TOKEN), ClientSettings.defaults().withMaxResponseBytes(100));

            assertThat(new AccountApi(client).showAccount().getAccountKey()).isEqualTo("abc");
            assertThat(home.authorizations()).containsExactly("Bearer " + TOKEN);
        }
    }

    @Test
    void theHttpClientRefusesToSendCredentialsToAnotherOrigin() throws Exception {
        try (StubServer home = StubServer.json(uri -> "{}"); StubServer foreign = StubServer.json(uri -> "{}")) {
            ApiClient client = ChatClients.create(home.baseUrl(), ChatAuth.bearer(TOKEN));
            HttpRequest stolen = HttpRequest.newBuilder(URI.create(foreign.baseUrl() + "/account?api_key=k"))
                    .header("Authorization", "Bearer " + TOKEN).build();

            assertThatThrownBy(() -> client.getHttpClient().send(stolen, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(ForeignOriginException.class)
                    .hasMessageContaining(home.origin()).hasMessageContaining("api_key=***").hasMessageNotContaining(TOKEN);
            assertThat(foreign.requests()).isEmpty();
        }
    }

    @Test
    void theAuthenticationIsAppliedOnTheBaseOriginOnly() throws Exception {
        try (StubServer home = StubServer.json(uri -> "{}"); StubServer foreign = StubServer.json(uri -> "{}")) {
            ApiClient client = ChatClients.create(home.baseUrl(), ChatAuth.bearer(TOKEN));
            HttpRequest.Builder toForeign = HttpRequest.newBuilder(URI.create(foreign.baseUrl() + "/account"));
            HttpRequest.Builder toHome = HttpRequest.newBuilder(URI.create(home.baseUrl() + "/account"));

            client.getRequestInterceptor().accept(toForeign);
            client.getRequestInterceptor().accept(toHome);
            client.getHttpClient().send(toForeign.build(), HttpResponse.BodyHandlers.discarding());

            assertThat(toForeign.build().headers().firstValue("Authorization")).isEmpty();
            assertThat(toHome.build().headers().firstValue("Authorization")).contains("Bearer " + TOKEN);
            assertThat(foreign.requests()).hasSize(1);
            assertThat(foreign.authorizations()).isEmpty();
        }
    }

    @Test
    void originsCompareSchemeHostAndEffectivePortAndUrlsAreRedacted() {
        ClientOrigin origin = ClientOrigin.of("https://Example.zendesk.com/api/v2/chat");

        assertThat(origin.contains(URI.create("https://example.zendesk.com:443/api/v2/chat/chats?page=2"))).isTrue();
        assertThat(origin.contains(URI.create("http://example.zendesk.com/api/v2/chat/chats"))).isFalse();
        assertThat(origin.contains(URI.create("https://example.zendesk.com:8443/api/v2/chat/chats"))).isFalse();
        assertThat(origin.contains(URI.create("https://example.zendesk.com.evil.example/api"))).isFalse();
        assertThat(origin.contains(URI.create("/api/v2/chat/chats"))).isFalse();
        assertThat(origin).hasToString("https://example.zendesk.com:443");
        assertThat(ClientOrigin.redact(URI.create("https://u:p@evil.example/x?page=2&access_token=abc&SIGNATURE=s#frag")))
                .isEqualTo("https://***@evil.example/x?page=2&access_token=***&SIGNATURE=***");
    }

    private static void sendBytes(com.sun.net.httpserver.HttpExchange exchange, int length, boolean withLength) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, withLength ? length : 0);
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        try (OutputStream out = exchange.getResponseBody()) {
            for (int sent = 0; sent < length; sent += chunk.length) {
                out.write(chunk, 0, Math.min(chunk.length, length - sent));
            }
        }
    }
}
