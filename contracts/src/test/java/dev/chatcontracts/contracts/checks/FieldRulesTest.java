package dev.chatcontracts.contracts.checks;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.ZOHO;
import static dev.chatcontracts.contracts.TestExchanges.ZOHO_VISITOR;
import static dev.chatcontracts.contracts.TestExchanges.ZOPIM;
import static dev.chatcontracts.contracts.TestExchanges.keysAndPointers;
import static dev.chatcontracts.contracts.TestExchanges.request;
import static dev.chatcontracts.contracts.TestExchanges.resource;
import static dev.chatcontracts.contracts.TestExchanges.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The field rules, one table per family: each invalid body gives exactly one finding, with its key and pointer. */
class FieldRulesTest {

    private static final ContractValidator VALIDATOR = ContractValidator.bundled();
    private static final String ZENDESK_ERROR = "{\"error\":\"Bad Request\",\"description\":\"invalid\"}";
    private static final String ZOHO_ERROR = "{\"error\":{\"code\":1007,\"message\":\"invalid data types\"}}";

    static Stream<Arguments> responseFields() {
        return Stream.of(
                Arguments.of("agent-invalid-enabled-integer.json", "GET", ZENDESK + "/agents/8080234567123", 200, "response.field.documented /enabled"),
                Arguments.of("agent-invalid-id-string.json", "GET", ZOPIM + "/agents/me", 200, "response.field.type /id"),
                Arguments.of("agent-invalid-roles-owner-string.json", "GET", ZENDESK + "/agents/email/kevin@doe.com", 200, "response.field.type /roles/owner"),
                Arguments.of("agent-invalid-create-date-format.json", "GET", ZENDESK + "/agents/me", 200, "response.field.format /create_date"),
                Arguments.of("agent-invalid-password-returned.json", "GET", ZENDESK + "/agents/8080234567123", 200, "response.field.writeOnly /password"),
                Arguments.of("agent-invalid-undocumented-field.json", "GET", ZENDESK + "/agents/me", 200, "response.field.unknown /favourite_colour"),
                Arguments.of("chat-invalid-unread-integer.json", "GET", ZENDESK + "/chats/1410.123.QWERTY", 200, "response.field.type /unread"),
                Arguments.of("chat-invalid-rating-enum.json", "GET", ZENDESK + "/chats/1410.123.QWERTY", 200, "response.field.enum /rating"),
                Arguments.of("chat-invalid-history-msg-id-integer.json", "GET", ZENDESK + "/chats/1", 200, "response.field.type /history/1/msg_id"),
                Arguments.of("offline-message-invalid-message-number.json", "GET", ZENDESK + "/chats/1", 200, "response.field.type /message"),
                Arguments.of("chat-list-invalid-second-unread-integer.json", "GET", ZENDESK + "/chats", 200, "response.field.documented /chats/1/unread"),
                Arguments.of("chat-list-invalid-next-url-string-null.json", "GET", ZENDESK + "/chats", 200, "response.field.documented /next_url"),
                Arguments.of("chat-search-invalid-too-many-results.json", "GET", ZENDESK + "/chats/search?q=x", 200, "response.field.limit /results"),
                Arguments.of("chat-search-invalid-type-enum.json", "GET", ZENDESK + "/chats/search?q=x", 200, "response.field.enum /results/0/type"),
                Arguments.of("visitor-invalid-id-integer.json", "GET", ZOPIM + "/visitors/1.12345", 200, "response.field.documented /id"),
                Arguments.of("account-invalid-plan-limit.json", "GET", ZENDESK + "/account", 200, "response.field.type /plan/max_departments"),
                Arguments.of("zoho-conversation-invalid-visitor-name-number.json", "PUT", ZOHO + ZOHO_VISITOR, 200, "response.field.type /data/visitor/name"),
                Arguments.of("zoho-error-invalid-missing-code.json", "PUT", ZOHO + ZOHO_VISITOR, 401, "response.field.required /error/code"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responseFields")
    void invalidResponseFieldsGiveOneFindingAtTheirPointer(String body, String method, String url, int status, String expected) {
        ExchangeResult result = VALIDATOR.validate(withZohoRequest(response(method, url, status, body)));

        assertThat(keysAndPointers(result)).containsExactly(expected);
    }

    static Stream<Arguments> validResponses() {
        return Stream.of(
                Arguments.of("agent-valid.json", "GET", ZENDESK + "/agents/8080234567123", 200),
                Arguments.of("chat-valid.json", "GET", ZENDESK + "/chats/1410.123.QWERTY", 200),
                Arguments.of("offline-message-valid.json", "GET", ZOPIM + "/chats/1410.123.OFFLINE", 200),
                Arguments.of("chat-list-valid.json", "GET", "http://127.0.0.1:8089/api/v2/chat/chats", 200),
                Arguments.of("chat-search-valid.json", "GET", ZENDESK + "/chats/search?q=chat_type:chat", 200),
                Arguments.of("visitor-valid.json", "GET", ZOPIM + "/visitors/1.12345", 200),
                Arguments.of("account-valid.json", "GET", ZENDESK + "/account", 200),
                Arguments.of("bulk-delete-valid.json", "DELETE", ZENDESK + "/chats?ids=100,110", 200),
                Arguments.of("zoho-conversation-valid.json", "PUT", ZOHO + ZOHO_VISITOR, 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validResponses")
    void validResponsesHaveNoFindings(String body, String method, String url, int status) {
        assertThat(keysAndPointers(VALIDATOR.validate(withZohoRequest(response(method, url, status, body))))).isEmpty();
    }

    /** The Zoho update requires a request body: response rows send a valid one. */
    private static Exchange withZohoRequest(Exchange exchange) {
        if (!exchange.url().startsWith(ZOHO)) {
            return exchange;
        }
        return exchange.toBuilder().requestHeader("Content-Type", "application/json")
                .requestBody(Body.wrap(resource("zoho-visitor-update-valid.json"))).build();
    }

    static Stream<Arguments> requestFields() {
        return Stream.of(
                Arguments.of("agent-create-invalid-missing-password.json", "POST", ZENDESK + "/agents", "request.field.required /password"),
                Arguments.of("agent-create-invalid-enabled-integer.json", "POST", ZENDESK + "/agents", "request.field.documented /enabled"),
                Arguments.of("agent-create-invalid-id-read-only.json", "POST", ZENDESK + "/agents", "request.field.readOnly /id"),
                Arguments.of("offline-message-create-invalid-type-enum.json", "POST", ZENDESK + "/chats", "request.field.enum /type"),
                Arguments.of("offline-message-create-invalid-timestamp-string.json", "POST", ZENDESK + "/chats", "request.field.type /timestamp"),
                Arguments.of("chat-update-invalid-unread-string.json", "PUT", ZENDESK + "/chats/1", "request.field.type /unread"),
                Arguments.of("visitor-update-invalid-unknown-field.json", "PUT", ZOPIM + "/visitors/1.1", "request.field.unknown /nickname"),
                Arguments.of("zoho-visitor-update-invalid-email-number.json", "PUT", ZOHO + ZOHO_VISITOR, "request.field.type /email"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestFields")
    void invalidRequestFieldsGiveOneFindingAtTheirPointer(String body, String method, String url, String expected) {
        String error = url.startsWith(ZOHO) ? ZOHO_ERROR : ZENDESK_ERROR;
        ExchangeResult result = VALIDATOR.validate(request(method, url, body, 400, error));

        assertThat(keysAndPointers(result)).containsExactly(expected);
    }

    static Stream<Arguments> validRequests() {
        return Stream.of(
                Arguments.of("agent-create-valid.json", "POST", ZENDESK + "/agents"),
                Arguments.of("offline-message-create-valid.json", "POST", ZENDESK + "/chats"),
                Arguments.of("chat-update-valid.json", "PUT", ZENDESK + "/chats/1"),
                Arguments.of("zoho-visitor-update-valid.json", "PUT", ZOHO + ZOHO_VISITOR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validRequests")
    void validRequestsHaveNoFindings(String body, String method, String url) {
        String error = url.startsWith(ZOHO) ? ZOHO_ERROR : ZENDESK_ERROR;
        assertThat(keysAndPointers(VALIDATOR.validate(request(method, url, body, 400, error)))).isEmpty();
    }

    static Stream<Arguments> defaultSeverities() {
        return Stream.of(
                Arguments.of("agent-invalid-undocumented-field.json", Severity.WARNING),
                Arguments.of("agent-invalid-enabled-integer.json", Severity.WARNING),
                Arguments.of("agent-invalid-id-string.json", Severity.ERROR),
                Arguments.of("agent-invalid-password-returned.json", Severity.ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaultSeverities")
    void findingsCarryTheirDefaultSeverity(String body, Severity expected) {
        Finding finding = VALIDATOR.validate(response("GET", ZENDESK + "/agents/me", 200, body)).findings().get(0);

        assertThat(finding.severity()).isEqualTo(expected);
        assertThat(finding.operationId()).isEqualTo("showRequestingAgent");
    }
}
