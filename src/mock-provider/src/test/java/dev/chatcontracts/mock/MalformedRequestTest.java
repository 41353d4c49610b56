package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bodies that are not JSON, or break the request types, are 400s with the Zendesk error body, never 500s
 * (the support class also checks that no request hit an unexpected exception), and change nothing.
 */
class MalformedRequestTest extends MockTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "agent-invalid-malformed-json.json, POST, /agents",
        "agent-invalid-empty-body.json, POST, /agents",
        "agent-invalid-first-name-number.json, POST, /agents",
        "agent-invalid-enabled-string.json, POST, /agents",
        "agent-invalid-enabled-two.json, POST, /agents",
        "agent-invalid-role-id-string.json, POST, /agents",
        "agent-invalid-email-number.json, POST, /agents",
        "agent-invalid-password-number.json, POST, /agents",
        "agent-invalid-trailing-document.json, POST, /agents",
        "agent-invalid-duplicate-key.json, POST, /agents",
        "agent-invalid-array-body.json, POST, /agents",
        "agent-invalid-first-name-number.json, PUT, /agents/360000000005",
        "agent-invalid-malformed-json.json, PUT, /agents/me",
        "visitor-invalid-banned-string.json, POST, /visitors",
        "visitor-invalid-string-body.json, POST, /visitors",
        "visitor-invalid-name-array.json, PUT, /visitors/1",
        "chat-invalid-type-chat.json, POST, /chats",
        "chat-invalid-timestamp-text.json, POST, /chats",
        "chat-invalid-visitor-email-boolean.json, POST, /chats",
        "agent-invalid-malformed-json.json, POST, /chats",
        "chat-update-invalid-unread-number.json, PUT, /chats/123",
        "chat-update-invalid-tags-string.json, PUT, /chats/123",
        "agent-invalid-malformed-json.json, PUT, /chats/123",
        "account-invalid-billing-array.json, PUT, /account",
        "account-invalid-billing-cycle-string.json, PUT, /account",
        "agent-invalid-empty-body.json, PUT, /account"})
    void invalidBodiesAreBadRequestsThatChangeNothing(String file, String method, String path) {
        String agentsBefore = api.get("/agents").body();
        String chatsBefore = api.get("/chats").body();
        String accountBefore = api.get("/account").body();

        TestApi.Reply reply = api.send(method, path, read(file));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("Bad Request");
        assertThat(reply.json().get("description").asText()).isNotBlank();
        assertThat(api.get("/agents").body()).isEqualTo(agentsBefore);
        assertThat(api.get("/chats").body()).isEqualTo(chatsBefore);
        assertThat(api.get("/account").body()).isEqualTo(accountBefore);
    }

    private static String read(String file) {
        try (InputStream in = MalformedRequestTest.class.getResourceAsStream("requests/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test request " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
