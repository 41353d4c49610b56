package dev.chatcontracts.contracts.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RedactorTest {

    static Stream<Arguments> urls() {
        return Stream.of(
                Arguments.of("https://www.zopim.com/api/v2/chats?access_token=abc123&limit=2",
                        "https://www.zopim.com/api/v2/chats?access_token=[REDACTED]&limit=2"),
                Arguments.of("https://x.zendesk.com/api/v2/chat/agents?limit=1&TOKEN=abc", "https://x.zendesk.com/api/v2/chat/agents?limit=1&TOKEN=[REDACTED]"),
                Arguments.of("https://x.zendesk.com/cb#access_token=abc&state=1", "https://x.zendesk.com/cb#access_token=[REDACTED]&state=1"),
                Arguments.of("https://me:pa55@x.zendesk.com/api?api_key=k&password=p",
                        "https://[REDACTED]@x.zendesk.com/api?api_key=[REDACTED]&password=[REDACTED]"),
                Arguments.of("https://x.zendesk.com/api/v2/chat/chats?ids=1,2", "https://x.zendesk.com/api/v2/chat/chats?ids=1,2"),
                Arguments.of("https://x.zendesk.com/api?oauth_token=o&api_token=a&key=k&monkey=m&sig=s",
                        "https://x.zendesk.com/api?oauth_token=[REDACTED]&api_token=[REDACTED]&key=[REDACTED]&monkey=m&sig=[REDACTED]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void redactsSecretsInUrls(String url, String expected) {
        assertThat(Redactor.redactUrl(url)).isEqualTo(expected);
    }

    @Test
    void redactsTheUrlsInFreeText() {
        String text = "GET http://user:s3cr3t@127.0.0.1:8080/api/v2/chat?token=tok123/agents failed; see "
                + "'https://x.zendesk.com/a?key=k1&limit=2' and /path?access_token=t2 \"https://u@h/p\"";

        String redacted = Redactor.redactText(text);

        assertThat(redacted).doesNotContain("s3cr3t", "tok123", "k1", "t2", "u@")
                .contains("http://[REDACTED]@127.0.0.1:8080/api/v2/chat?token=[REDACTED]", "&limit=2' and",
                        "https://[REDACTED]@h/p\"");
        assertThat(Redactor.redactText("no URL here: a token of 3 keys")).isEqualTo("no URL here: a token of 3 keys");
        assertThat(Redactor.redactText(null)).isNull();
    }

    @Test
    void redactsCredentialHeaders() {
        HttpHeaders headers = HttpHeaders.of("Authorization", "Bearer abc", "Cookie", "s=1", "Set-Cookie", "t=2",
                "Proxy-Authorization", "Basic x", "X-Api-Key", "k", "Content-Type", "application/json");

        HttpHeaders redacted = Redactor.redactHeaders(headers);

        assertThat(redacted.values()).containsEntry("content-type", java.util.List.of("application/json"));
        assertThat(redacted.values().toString()).doesNotContain("abc", "s=1", "t=2", "Basic x", "=[k]");
    }

    @Test
    void anExchangeIsCopiedOnlyWhenSomethingIsMasked() {
        Exchange clean = Exchange.builder().method("GET").url("https://x.zendesk.com/api/v2/chat/chats/1")
                .requestHeaders(HttpHeaders.of("Accept", "application/json")).status(200)
                .responseHeaders(HttpHeaders.of("Content-Type", "application/json")).build();
        Exchange secretHeader = clean.toBuilder().requestHeaders(HttpHeaders.of("Authorization", "Bearer abc")).build();
        Exchange secretUrl = clean.toBuilder().url("https://x.zendesk.com/api/v2/chat/chats/1?access_token=abc").build();

        assertThat(Redactor.redactExchange(clean)).isSameAs(clean);
        Exchange masked = Redactor.redactExchange(secretHeader);
        assertThat(masked.requestHeaders().values().toString()).doesNotContain("abc").contains(Redactor.MASK);
        assertThat(masked.url()).isEqualTo(clean.url());
        assertThat(Redactor.redactExchange(secretUrl).url()).doesNotContain("abc").endsWith("access_token=" + Redactor.MASK);
        assertThat(Redactor.redactExchange(secretUrl).requestHeaders()).isEqualTo(clean.requestHeaders());
    }

    @Test
    void redactsPasswordFieldsAtAnyDepth() throws Exception {
        JsonNode tree = new ObjectMapper().readTree("{\"password\":\"p1\",\"a\":[{\"b\":{\"PASSWORD\":\"p2\"}}],\"c\":null,"
                + "\"password_hint\":\"h\",\"hint\":\"visible\",\"session\":{\"id\":\"s1\",\"token\":7},\"tokens\":[\"t1\",[\"t2\"],{\"n\":\"v\"}]}");

        Redactor.redactTree(tree);

        assertThat(tree.toString()).doesNotContain("p1", "p2", "\"h\"", "t1", "t2", "7")
                .contains("\"hint\":\"visible\"", "\"c\":null", "\"session\":{\"id\":\"s1\",\"token\":\"[REDACTED]\"}", "{\"n\":\"v\"}");
    }
}
