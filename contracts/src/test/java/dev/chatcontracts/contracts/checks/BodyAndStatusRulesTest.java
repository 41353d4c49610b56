package dev.chatcontracts.contracts.checks;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.json;
import static dev.chatcontracts.contracts.TestExchanges.keys;
import static dev.chatcontracts.contracts.TestExchanges.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.Exchange;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Statuses, media types and bodies as bytes: one finding each, with its key. */
class BodyAndStatusRulesTest {

    private static final ContractValidator VALIDATOR = new ContractValidator(Contracts.bundled(),
            ValidationOptions.builder().maxBodyBytes(64 * 1024).maxNestingDepth(64).build());
    private static final String CHAT = ZENDESK + "/chats/1410.123.QWERTY";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("chat-invalid-truncated.json", bodyFile("GET", CHAT, 200, "chat-invalid-truncated.json", "application/json"), "response.body.malformed"),
                Arguments.of("chat-invalid-not-json.json", bodyFile("GET", CHAT, 200, "chat-invalid-not-json.json", "application/json"), "response.body.malformed"),
                Arguments.of("chat-invalid-latin1.json", bodyFile("GET", CHAT, 200, "chat-invalid-latin1.json", "application/json"), "response.body.encoding"),
                Arguments.of("chat-invalid-too-deep", json("GET", CHAT, null, 200, "[".repeat(100) + "]".repeat(100)), "response.body.tooDeep"),
                Arguments.of("chat-invalid-too-large", json("GET", CHAT, null, 200, "\"" + "x".repeat(70 * 1024) + "\""), "response.body.tooLarge"),
                Arguments.of("chat-invalid-trailing-content", json("GET", CHAT, null, 200, "{} {}"), "response.body.malformed"),
                Arguments.of("chat-invalid-empty-body", json("GET", CHAT, null, 200, ""), "response.body.missing"),
                Arguments.of("chat-invalid-status-500", json("GET", CHAT, null, 500, "{}"), "response.status.undocumented"),
                Arguments.of("chat-invalid-content-type-html", Exchange.builder().request("GET", CHAT).status(200)
                        .responseHeader("Content-Type", "text/html").responseBody("<html></html>").build(), "response.contentType.undocumented"),
                Arguments.of("chat-delete-invalid-body-on-204", json("DELETE", CHAT, null, 204, "{}"), "response.body.unexpected"),
                Arguments.of("agent-create-invalid-no-body", json("POST", ZENDESK + "/agents", null, 400, "{}"), "request.body.missing"),
                Arguments.of("agent-create-invalid-truncated", json("POST", ZENDESK + "/agents", "{\"email\":", 400, "{}"), "request.body.malformed"),
                Arguments.of("chat-invalid-unknown-operation", json("GET", ZENDESK + "/departments", null, 200, "{}"), "request.operation.unknown"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachProblemGivesOneFinding(String name, Exchange exchange, String key) {
        assertThat(keys(VALIDATOR.validate(exchange))).containsExactly(key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedResponses")
    void documentedNonJsonAndEmptyResponsesAreAccepted(String name, Exchange exchange) {
        assertThat(keys(VALIDATOR.validate(exchange))).isEmpty();
    }

    static Stream<Arguments> acceptedResponses() {
        return Stream.of(
                Arguments.of("chat-valid-rate-limited-as-text", Exchange.builder().request("GET", CHAT).status(429)
                        .responseHeader("Content-Type", "text/plain").responseHeader("Retry-After", "30")
                        .responseBody("Too many requests").build()),
                Arguments.of("chat-valid-deleted", json("DELETE", CHAT, null, 204, null)),
                Arguments.of("chat-valid-without-content-type", Exchange.builder().request("GET", CHAT).status(200)
                        .responseBody(dev.chatcontracts.contracts.exchange.Body.wrap(resource("chat-valid.json"))).build()));
    }

    private static Exchange bodyFile(String method, String url, int status, String file, String contentType) {
        return Exchange.builder().request(method, url).status(status).responseHeader("Content-Type", contentType)
                .responseBody(Body.wrap(resource(file))).build();
    }
}
