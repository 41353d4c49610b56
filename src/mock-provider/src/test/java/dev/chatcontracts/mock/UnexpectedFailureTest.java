package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A handler that throws is answered with a 500 and an error body, not a dropped connection. */
class UnexpectedFailureTest {

    /** Held so that the level set below is not lost to garbage collection. */
    private static final Logger DISPATCHER_LOG = Logger.getLogger(RequestDispatcher.class.getName());

    @Test
    void anUnexpectedExceptionIsA500WithAnErrorBody() throws Exception {
        Level previous = DISPATCHER_LOG.getLevel();
        DISPATCHER_LOG.setLevel(Level.OFF);
        try {
            assertUnexpectedExceptionIsA500();
        } finally {
            DISPATCHER_LOG.setLevel(previous);
        }
    }

    private static void assertUnexpectedExceptionIsA500() throws Exception {
        AgentStore agents = new AgentStore();
        agents.replaceAll(SeedLoader.load(null).agents());
        Credentials credentials = Credentials.defaults();
        RateLimiter unlimited = new RateLimiter(0, Duration.ofMinutes(1), Clock.systemUTC());
        OperationHandler failing = request -> {
            throw new IllegalStateException("boom");
        };
        RequestDispatcher dispatcher = new RequestDispatcher(new Faults(), new Authenticator(agents, credentials),
                Map.of(Vendor.ZENDESK_CHAT, unlimited, Vendor.ZOHO_SALESIQ, unlimited),
                Map.of(Operation.LIST_AGENTS, failing), null, false, "http://127.0.0.1", MockConfig.DEFAULT_MAX_BODY_BYTES);
        try (MockServer server = new MockServer("127.0.0.1", 0, 1, 1)) {
            server.start(dispatcher, null);
            URI base = URI.create("http://127.0.0.1:" + server.port() + "/api/v2/chat");
            TestApi.Reply reply = TestApi.of(base, credentials.bearerAuthorization()).get("/agents");

            assertThat(reply.status()).isEqualTo(500);
            JsonNode body = reply.json();
            assertThat(body.get("error").asText()).isEqualTo("Internal Server Error");
            assertThat(body.get("description").asText()).contains("boom");
            assertThat(dispatcher.unexpectedFailures()).isEqualTo(1);
        }
    }
}
