package dev.chatcontracts.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.client.zendeskchat.ChatAuth;
import dev.chatcontracts.mock.MockProvider;
import dev.chatcontracts.schemas.ChatApiSchemas;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the other two goals generated in this build: the schema facade, and pacts without credentials. */
class GeneratedSchemasAndPactsTest {

    @Test
    void theFacadeValidatesWhatTheMockProviderAnswers() throws Exception {
        try (MockProvider mock = MockProvider.start()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mock.zendeskBaseUrl() + "/chats/123"));
            ChatAuth.bearer(mock.credentials().bearerToken()).accept(request);
            String body = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();

            assertThat(ChatApiSchemas.validateResponse("showChat", 200, body)).isEmpty();
            assertThat(ChatApiSchemas.validateResponse("showChat", 200, body.replace("\"unread\":false", "\"unread\":0")))
                    .extracting(ChatApiSchemas.SchemaViolation::pointer).containsExactly("/unread");
        }
    }

    @Test
    void thePactsCarryNoCredentialsAndNoReadOnlyFieldsInRequests() throws Exception {
        Path pact = Path.of("target/pacts/chat-contracts-consumer-zendesk-chat.json");
        JsonNode interactions = new ObjectMapper().readTree(pact.toFile()).get("interactions");

        assertThat(Files.readString(pact).toLowerCase()).doesNotContain("authorization");
        assertThat(interactions.size()).isGreaterThan(5);
        interactions.forEach(i -> {
            JsonNode body = i.path("request").path("body");
            if (i.path("description").asText().startsWith("createAgent")) {
                assertThat(body.has("id")).isFalse();
                assertThat(body.has("password")).isTrue();
            }
        });
    }
}
