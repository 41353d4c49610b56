package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code maxBodyBytes}: a larger body is a JSON 413 in the vendor's format, found without reading it all. */
@Timeout(30)
class BodyLimitTest {

    private static final int LIMIT = 1000;

    private MockProvider mock;

    @BeforeEach
    void start() {
        mock = MockProvider.builder().maxBodyBytes(LIMIT).start();
    }

    @AfterEach
    void stop() {
        mock.close();
        assertThat(mock.unexpectedFailures()).isZero();
    }

    @Test
    void theDefaultLimitIsTenMebibytesAndLimitsAreChecked() {
        MockConfig defaults = MockProvider.builder().build();
        assertThat(defaults.maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(defaults.threads()).isEqualTo(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        assertThat(defaults.maxThreads()).isEqualTo(1024);
        assertThat(MockProvider.builder().threads(2000).build().maxThreads()).isEqualTo(2000);
        assertThatThrownBy(() -> MockProvider.builder().maxBodyBytes(-1).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MockProvider.builder().threads(8).maxThreads(4).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeclaredContentLengthOverTheLimitIsA413BeforeAnyOfTheBodyIsSent() {
        try (RawHttp raw = new RawHttp(mock)) {
            long started = System.nanoTime();
            // 2 GB declared, nothing sent: the answer can only come from the header
            RawHttp.Response response = raw.send("POST /api/v2/chat/visitors HTTP/1.1\r\nHost: x\r\nAuthorization: "
                    + mock.credentials().bearerAuthorization() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2000000000\r\n\r\n").read();

            assertThat(response.status()).isEqualTo(413);
            assertThat(response.json().get("error").asText()).isEqualTo("Payload Too Large");
            assertThat(response.json().get("description").asText()).contains("2000000000").contains("1000");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aChunkedBodyIsCountedWhileItIsRead() {
        try (RawHttp raw = new RawHttp(mock)) {
            String chunk = "258\r\n" + "x".repeat(600) + "\r\n"; // 0x258 = 600 bytes
            // two chunks pass the limit; the rest of the body is never sent
            RawHttp.Response response = raw.send("POST /api/v2/chat/visitors HTTP/1.1\r\nHost: x\r\nAuthorization: "
                    + mock.credentials().bearerAuthorization() + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + chunk + chunk).read();

            assertThat(response.status()).isEqualTo(413);
            assertThat(response.json().get("description").asText()).contains("more than 1000 bytes");
        }
    }

    @Test
    void aBodyAtTheLimitIsAccepted() {
        String json = "{\"name\":\"At the limit\"}";
        String body = json + " ".repeat(LIMIT - json.length());

        TestApi.Reply reply = TestApi.zendesk(mock).post("/visitors", body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(TestApi.zendesk(mock).post("/visitors", body + " ").status()).isEqualTo(413);
    }

    @Test
    void zohoAndProviderStatesAnswerInTheirOwnFormats() {
        String big = "{\"last_name\":\"" + "x".repeat(LIMIT) + "\"}";

        TestApi.Reply zoho = TestApi.salesIq(mock).put("/visitor/v1/zylkerinc/conversations/666300030000479029/visitor", big);
        TestApi.Reply states = TestApi.of(mock.providerStatesUrl(), null).post("", big);

        assertThat(zoho.status()).isEqualTo(413);
        assertThat(zoho.json().get("error").get("code").asInt()).isEqualTo(413);
        assertThat(zoho.json().get("error").get("message").asText()).contains("too large");
        assertThat(states.status()).isEqualTo(413);
        assertThat(states.json().get("error").asText()).isEqualTo("Payload Too Large");
    }
}
