package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests no client library sends, over a raw socket: each is a JSON 4xx in the vendor's error format,
 * never an HTML page or a 500 (the support class checks no request hit an unexpected exception), including
 * those the HTTP server answers before any handler runs.
 */
@Timeout(30)
class MalformedRawRequestTest extends MockTestSupport {

    private static final String CHATS = "/api/v2/chat/chats";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "zz\r\nabc\r\n0\r\n\r\n",            // chunk size not hex
        "3\r\nabcXX0\r\n\r\n",               // no CRLF after the chunk data
        "FFFFFFFFFFFFFFFFF\r\nabc\r\n0\r\n\r\n"      // a chunk size past any limit (17 hex digits)
    })
    void aBadChunkedBodyIsAJson400(String chunkedBody) {
        try (RawHttp raw = new RawHttp(mock)) {
            raw.send(RawHttp.request(mock, "POST", CHATS, "Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n", null)
                    + chunkedBody);
            RawHttp.Response response = raw.read();

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().get("content-type")).startsWith("application/json");
            assertThat(response.json().get("error").asText()).isEqualTo("Bad Request");
            assertThat(response.json().get("description").asText()).contains("chunk");
        }
        assertThat(api.get("/account").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/api/v2/chat/agents/%FF",                      // not UTF-8
        "/api/v2/chat/visitors/%C0%AF",                 // overlong '/'
        "/api/v2/chat/visitors/%ED%A0%80",              // an encoded surrogate
        "/api/v2/chat/chats/search?q=%E2%82",           // truncated sequence
        "/api/v2/chat/chats?cursor=%C0%80"})
    void percentEscapesThatAreNotUtf8AreAJson400(String target) {
        RawHttp.Response response = exchange("GET", target, null);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("Bad Request");
        assertThat(response.json().get("description").asText()).contains("not valid UTF-8");
    }

    @Test
    void aZohoPathGetsZohosErrorFormat() {
        RawHttp.Response response = exchange("PUT", "/api/visitor/v1/zylkerinc/conversations/%FF/visitor", "{}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("error").get("code").isInt()).isTrue();
        assertThat(response.json().get("error").get("message").asText()).contains("not valid UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"name\":\"\u00C0\u00AF\"}",          // overlong '/'
        "{\"name\":\"\u00ED\u00A0\u0080\"}",    // an encoded surrogate
        "{\"name\":\"\u00FF\"}",                // 0xFF never occurs in UTF-8
        "{\"name\":\"\u00E2\u0082\"}",          // truncated
        "\u00EF\u00BB\u00BF{\"name\":\"x\"}"})   // a byte order mark
    void jsonBodiesMustBeStrictUtf8(String latin1Body) {
        String before = api.get("/visitors/1").body();

        RawHttp.Response response = exchange("PUT", "/api/v2/chat/visitors/1", latin1Body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("Bad Request");
        assertThat(api.get("/visitors/1").body()).isEqualTo(before);
    }

    @Test
    void validUtf8IsAccepted() {
        RawHttp.Response response = exchange("PUT", "/api/v2/chat/visitors/1",
                "{\"name\":\"Zo\u00C3\u00AB \u00F0\u009F\u0098\u0080\"}"); // "Zoë 😀" as UTF-8 bytes

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("name").asText()).isEqualTo("Zoë \uD83D\uDE00");
    }

    @Test
    void aRepeatedJsonKeyIsA400EverywhereIncludingProviderStates() {
        RawHttp.Response api400 = exchange("PUT", "/api/v2/chat/visitors/1", "{\"name\":\"a\",\"name\":\"b\"}");
        RawHttp.Response states400 = exchange("POST", "/_pact/provider-states", "{\"state\":\"\",\"state\":\"x\"}");

        assertThat(api400.status()).isEqualTo(400);
        assertThat(api400.json().get("description").asText()).contains("Duplicate field");
        assertThat(states400.status()).isEqualTo(400);
        assertThat(states400.json().get("description").asText()).contains("Duplicate field");
    }

    /**
     * The server answers some requests itself, before the mock's handlers: a request line it cannot parse, a
     * {@code %} in the path not followed by two hex digits, a {@code Content-Length} that is not a non-negative
     * number. Its answer is still the mock's JSON error (Zendesk's format: no vendor path to go by).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "GET /api/v2/chat/agents/%zz HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST /api/v2/chat/chats HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        "POST /api/v2/chat/chats HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n",
        "NONSENSE\r\n\r\n"})
    void whatTheServerRefusesBeforeTheHandlersIsAJson400(String request) {
        try (RawHttp raw = new RawHttp(mock)) {
            RawHttp.Response response = raw.send(request).read();

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().get("content-type")).startsWith("application/json");
            assertThat(response.json().get("error").asText()).isEqualTo("Bad Request");
            assertThat(response.json().get("description").asText()).startsWith("The mock's HTTP server refused the request");
        }
        assertThat(api.get("/account").status()).isEqualTo(200);
    }

    /** A {@code %} not followed by two hex digits in the query reaches the mock, which refuses it. */
    @Test
    void aBrokenEscapeInTheQueryIsTheMocksJson400() {
        RawHttp.Response response = exchange("GET", "/api/v2/chat/chats/search?q=%G1", null);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("Bad Request");
    }

    /** Request line and headers over 64 KiB: a JSON 431, and the connection is closed. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"70 KB header", "2000 headers of 40 bytes"})
    void headersOverTheLimitAreAJson431(String what) {
        StringBuilder headers = new StringBuilder();
        if (what.startsWith("2000")) {
            for (int i = 0; i < 2000; i++) {
                headers.append("X-Header-").append(String.format("%04d", i)).append(": ").append("v".repeat(20)).append("\r\n");
            }
        } else {
            headers.append("X-Big: ").append("a".repeat(70_000)).append("\r\n");
        }
        try (RawHttp raw = new RawHttp(mock)) {
            RawHttp.Response response = raw.send("GET /api/v2/chat/account HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n").read();

            assertThat(response.status()).as(response.body()).isEqualTo(431);
            assertThat(response.headers().get("content-type")).startsWith("application/json");
            assertThat(response.json().get("error").asText()).isEqualTo("Request Header Fields Too Large");
            assertThat(raw.closedByServer()).isTrue();
        }
        assertThat(api.get("/account").status()).isEqualTo(200);
    }

    private RawHttp.Response exchange(String method, String target, String latin1Body) {
        try (RawHttp raw = new RawHttp(mock)) {
            String auth = target.startsWith("/api/visitor") ? "Authorization: " + mock.credentials().zohoAuthorization() + "\r\n" : "";
            String request = RawHttp.request(mock, method, target, "", latin1Body);
            if (!auth.isEmpty()) {
                request = request.replace("Authorization: " + mock.credentials().bearerAuthorization() + "\r\n", auth);
            }
            return raw.send(request).read();
        }
    }
}
