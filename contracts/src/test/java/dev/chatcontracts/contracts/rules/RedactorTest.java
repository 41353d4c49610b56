package dev.chatcontracts.contracts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.contracts.engine.HttpHeaders;
import dev.chatcontracts.contracts.engine.Redactor;
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
                Arguments.of("https://x.zendesk.com/api/v2/chat/chats?ids=1,2", "https://x.zendesk.com/api/v2/chat/chats?ids=1,2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void redactsSecretsInUrls(String url, String expected) {
        assertThat(Redactor.redactUrl(url)).isEqualTo(expected);
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
    void redactsPasswordFieldsAtAnyDepth() throws Exception {
        JsonNode tree = new ObjectMapper().readTree("{\"password\":\"p1\",\"a\":[{\"b\":{\"PASSWORD\":\"p2\"}}],\"c\":null,\"password_hint\":\"h\"}");

        Redactor.redactTree(tree);

        assertThat(tree.toString()).doesNotContain("p1", "p2").contains("\"password_hint\":\"h\"");
    }
}
