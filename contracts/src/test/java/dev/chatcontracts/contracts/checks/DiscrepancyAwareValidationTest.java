package dev.chatcontracts.contracts.checks;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.ZOPIM;
import static dev.chatcontracts.contracts.TestExchanges.keysAndPointers;
import static dev.chatcontracts.contracts.TestExchanges.request;
import static dev.chatcontracts.contracts.TestExchanges.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values that break the spec but are what the documentation says (x-documented-type, x-documented-enum,
 * x-documented-readOnly, an example's x-violates): {@code *.field.documented} WARNING naming the D-id and
 * both readings; with strict spec checking ERRORs under their ordinary keys. Tree and streaming alike.
 */
class DiscrepancyAwareValidationTest {

    private static final String ZENDESK_ERROR = "{\"error\":\"Bad Request\",\"description\":\"invalid\"}";

    /** name, exchange, documented key and pointer, D-id, spec reading, documentation reading, strict key. */
    static Stream<Arguments> documentedValues() {
        return Stream.of(
                Arguments.of("visitor-id-integer", response("GET", ZOPIM + "/visitors/1.12345", 200, "visitor-invalid-id-integer.json"),
                        "response.field.documented /id", "D5", "string", "integer", "response.field.type /id"),
                Arguments.of("agent-list-enabled-integer", response("GET", ZENDESK + "/agents", 200, "agent-list-documented-enabled-integer.json"),
                        "response.field.documented /0/enabled", "D13", "boolean", "integer", "response.field.type /0/enabled"),
                Arguments.of("agent-enabled-integer", response("GET", ZENDESK + "/agents/8080234567123", 200, "agent-invalid-enabled-integer.json"),
                        "response.field.documented /enabled", "D13", "boolean", "integer", "response.field.type /enabled"),
                Arguments.of("chat-list-second-unread-integer", response("GET", ZENDESK + "/chats", 200, "chat-list-invalid-second-unread-integer.json"),
                        "response.field.documented /chats/1/unread", "D3", "boolean", "listChatsResponse", "response.field.type /chats/1/unread"),
                Arguments.of("chat-list-next-url-string-null", response("GET", ZENDESK + "/chats", 200, "chat-list-invalid-next-url-string-null.json"),
                        "response.field.documented /next_url", "D6", "pattern ^https?://", "\"null\"", "response.field.format /next_url"),
                Arguments.of("agent-create-enabled-integer", request("POST", ZENDESK + "/agents", "agent-create-invalid-enabled-integer.json", 400, ZENDESK_ERROR),
                        "request.field.documented /enabled", "D13", "boolean", "integer", "request.field.type /enabled"),
                Arguments.of("visitor-create-created-writable", request("POST", ZOPIM + "/visitors", "visitor-create-documented-created-writable.json", 400, ZENDESK_ERROR),
                        "request.field.documented /created", "D9", "readOnly", "writable", "request.field.readOnly /created"));
    }

    static Stream<Arguments> documentedValuesOnBothPaths() {
        return documentedValues().flatMap(row -> Stream.of(0L, ValidationOptions.DEFAULT_STREAMING_THRESHOLD_BYTES).map(threshold -> {
            Object[] values = row.get().clone();
            values[0] = values[0] + (threshold == 0 ? " (streaming)" : " (tree)");
            Object[] withThreshold = java.util.Arrays.copyOf(values, values.length + 1);
            withThreshold[values.length] = threshold;
            return Arguments.of(withThreshold);
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedValuesOnBothPaths")
    void aValueTheDocumentationGivesIsAWarningNamingTheDiscrepancyAndBothReadings(String name, Exchange exchange, String expected,
            String discrepancy, String specReading, String documentedReading, String strictKey, long threshold) {
        ExchangeResult result = validator(threshold, false).validate(exchange);

        assertThat(keysAndPointers(result)).containsExactly(expected);
        Finding finding = result.findings().get(0);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains(discrepancy, "spec: " + specReading, "documentation: ").contains(documentedReading);
        assertThat(finding.expected()).contains("(spec)", "(documentation)");
        assertThat(result.passed()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedValuesOnBothPaths")
    void strictSpecMakesThemErrorsUnderTheirOrdinaryKeys(String name, Exchange exchange, String expected, String discrepancy,
            String specReading, String documentedReading, String strictKey, long threshold) {
        ExchangeResult result = validator(threshold, true).validate(exchange);

        assertThat(keysAndPointers(result)).containsExactly(strictKey);
        assertThat(result.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    static Stream<Arguments> notWhatTheDocumentationSays() {
        return Stream.of(
                Arguments.of("visitor-id-boolean", "GET", ZOPIM + "/visitors/1.12345", "{\"id\": true}", "response.field.type /id"),
                Arguments.of("agent-enabled-string", "GET", ZENDESK + "/agents/1", "{\"enabled\": \"1\"}", "response.field.type /enabled"),
                Arguments.of("chat-unread-integer-in-show-chat", "GET", ZENDESK + "/chats/1",
                        "{\"id\": \"1\", \"type\": \"chat\", \"unread\": 0}", "response.field.type /unread"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notWhatTheDocumentationSays")
    void aValueTheDocumentationDoesNotGiveKeepsItsOrdinaryKey(String name, String method, String url, String body, String expected) {
        for (long threshold : new long[] {0, ValidationOptions.DEFAULT_STREAMING_THRESHOLD_BYTES}) {
            ExchangeResult result = validator(threshold, false).validate(TestExchangesInline.response(method, url, body));

            assertThat(keysAndPointers(result)).contains(expected).doesNotContain("response.field.documented " + expected.split(" ")[1]);
        }
    }

    /** The documentation's verbatim example kept under components/x-documented-examples, next to a corrected copy. */
    private static final String VERBATIM_EXAMPLES = """
            openapi: 3.0.3
            info: {title: verbatim, version: '1'}
            servers: [{url: 'https://verbatim.example.com/api'}]
            paths:
              /things/{id}:
                get:
                  operationId: showThing
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Thing'}
                          examples:
                            showThing: {$ref: '#/components/examples/showThing'}
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    count: {type: integer, x-doc-discrepancy: [D99]}
              examples:
                showThing:
                  x-corrects: [D99]
                  value: {count: 3}
              x-documented-examples:
                showThing:
                  x-violates: [{discrepancy: D99, pointer: /count}]
                  value: {count: "3"}
            """;

    @org.junit.jupiter.api.Test
    void theDocumentationsVerbatimExampleUnderXDocumentedExamplesExplainsAValue() {
        Contracts verbatim = Contracts.of(ApiContract.of(new dev.chatcontracts.openapi.model.SpecLoader()
                .parse("verbatim", "verbatim.yaml", VERBATIM_EXAMPLES)));
        for (long threshold : new long[] {0, ValidationOptions.DEFAULT_STREAMING_THRESHOLD_BYTES}) {
            ContractValidator validator = new ContractValidator(verbatim, ValidationOptions.builder().streamingThresholdBytes(threshold).build());
            ExchangeResult documented = validator.validate(TestExchangesInline.response("GET", "https://verbatim.example.com/api/things/1",
                    "{\"count\": \"7\"}"));
            ExchangeResult other = validator.validate(TestExchangesInline.response("GET", "https://verbatim.example.com/api/things/1",
                    "{\"count\": true}"));

            assertThat(keysAndPointers(documented)).containsExactly("response.field.documented /count");
            assertThat(documented.findings().get(0).message()).contains("D99", "showThing");
            assertThat(keysAndPointers(other)).containsExactly("response.field.type /count");
        }
    }

    private static ContractValidator validator(long threshold, boolean strict) {
        return new ContractValidator(Contracts.bundled(),
                ValidationOptions.builder().streamingThresholdBytes(threshold).strictSpec(strict).build());
    }

    /** Inline response bodies. */
    private static final class TestExchangesInline {
        static Exchange response(String method, String url, String body) {
            return dev.chatcontracts.contracts.TestExchanges.json(method, url, null, 200, body);
        }
    }
}
