package dev.chatcontracts.contracts.checks;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.ZOHO;
import static dev.chatcontracts.contracts.TestExchanges.ZOPIM;
import static dev.chatcontracts.contracts.TestExchanges.keysAndPointers;
import static dev.chatcontracts.contracts.TestExchanges.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.openapi.model.SpecLoader;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parameters (path, query) and headers (the request's Content-Type, the documented response headers), read
 * from the spec: one finding per invalid exchange, with its key and pointer, the same on the tree and the
 * streaming path.
 */
class ParameterAndHeaderRulesTest {

    private static final String ERROR_BODY = "{\"error\":\"Too Many Requests\",\"description\":\"rate limit\"}";
    private static final String ZOHO_VISITOR = "/visitor/v1/zylkerinc/conversations/%s/visitor";
    private static final String IDS_50 = ids(50);
    private static final String IDS_51 = ids(51);

    /** An inline spec with what the bundled ones do not have: an enum and a not, on a parameter and a header. */
    private static final String INLINE = """
            openapi: 3.0.3
            info: {title: inline, version: '1'}
            servers: [{url: 'https://inline.example.com/api'}]
            paths:
              /things:
                get:
                  operationId: listThings
                  parameters:
                    - {name: order, in: query, schema: {type: string, enum: [asc, desc]}}
                    - {name: tag, in: query, schema: {type: string, not: {enum: [none]}}}
                  responses:
                    '200':
                      description: ok
                      headers:
                        X-Mode: {schema: {type: string, enum: [live, test]}}
                        X-Shard: {schema: {type: string, not: {enum: ['0']}}}
                        X-Trace: {required: true, schema: {type: string}}
            """;
    private static final Contracts WITH_INLINE = Contracts.of(List.of(ApiContract.bundled("zendesk-chat"),
            ApiContract.bundled("zoho-salesiq"), ApiContract.of(new SpecLoader().parse("inline", "inline.yaml", INLINE))));

    static Stream<Arguments> invalidExchanges() {
        return Stream.of(
                Arguments.of("agents-invalid-limit-too-large", get("/agents?limit=500", "agent-list-valid.json"), "request.parameter.limit /query/limit"),
                Arguments.of("agents-invalid-limit-zero", get("/agents?since_id=5&limit=0", "agent-list-valid.json"), "request.parameter.limit /query/limit"),
                Arguments.of("agents-invalid-limit-not-integer", get("/agents?limit=ten", "agent-list-valid.json"), "request.parameter.type /query/limit"),
                Arguments.of("agents-invalid-since-id-not-integer", get("/agents?since_id=1.5", "agent-list-valid.json"), "request.parameter.type /query/since_id"),
                Arguments.of("agent-invalid-id-not-integer", get("/agents/kevin", "agent-valid.json"), "request.parameter.type /path/agent_id"),
                Arguments.of("chats-search-invalid-missing-q", get("/chats/search", "chat-search-valid.json"), "request.parameter.required /query/q"),
                Arguments.of("chats-search-invalid-empty-q", get("/chats/search?q=", "chat-search-valid.json"), "request.parameter.limit /query/q"),
                Arguments.of("chats-search-invalid-page-too-large", get("/chats/search?q=x&page=999", "chat-search-valid.json"), "request.parameter.limit /query/page"),
                Arguments.of("chats-bulk-delete-invalid-too-many-ids", delete("/chats?ids=" + IDS_51), "request.parameter.format /query/ids"),
                Arguments.of("chats-bulk-delete-invalid-missing-ids", delete("/chats"), "request.parameter.required /query/ids"),
                Arguments.of("agents-unknown-parameter-sort", get("/agents?sort=name", "agent-list-valid.json"), "request.parameter.unknown /query/sort"),
                Arguments.of("zoho-conversation-invalid-id-pattern", zohoUpdate("abc"), "request.parameter.format /path/conversation_id"),
                Arguments.of("agent-create-invalid-content-type-text", createAgent("text/plain"), "request.contentType.undocumented /header/Content-Type"),
                Arguments.of("agents-invalid-next-page-not-a-link", get("/agents?limit=2", "agent-list-valid.json", "X-Next-Page", "since_id=9&limit=2"),
                        "response.header.format /header/X-Next-Page"),
                Arguments.of("agents-invalid-previous-page-not-a-link", get("/agents?limit=2", "agent-list-valid.json", "X-Previous-Page", "ftp://x/agents"),
                        "response.header.format /header/X-Previous-Page"),
                Arguments.of("rate-limited-invalid-missing-retry-after", rateLimited(), "response.header.missing /header/Retry-After"),
                Arguments.of("rate-limited-invalid-retry-after-not-integer", rateLimited("Retry-After", "soon"), "response.header.type /header/Retry-After"),
                Arguments.of("rate-limited-invalid-retry-after-negative", rateLimited("Retry-After", "-1"), "response.header.limit /header/Retry-After"),
                Arguments.of("things-invalid-order-enum", things("?order=up"), "request.parameter.enum /query/order"),
                Arguments.of("things-invalid-tag-schema", things("?tag=none"), "request.parameter.schema /query/tag"),
                Arguments.of("things-invalid-mode-header-enum", things("", "X-Mode", "prod"), "response.header.enum /header/X-Mode"),
                Arguments.of("things-invalid-shard-header-schema", things("", "X-Shard", "0"), "response.header.schema /header/X-Shard"),
                Arguments.of("things-invalid-missing-required-header", inlineThings("", List.of()), "response.header.missing /header/X-Trace"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExchanges")
    void invalidParametersAndHeadersGiveOneFindingOnBothPaths(String name, Exchange exchange, String expected) {
        for (long threshold : new long[] {ValidationOptions.DEFAULT_STREAMING_THRESHOLD_BYTES, 0}) {
            ExchangeResult result = validator(threshold).validate(exchange);

            assertThat(keysAndPointers(result)).as("threshold %d", threshold).containsExactly(expected);
        }
    }

    static Stream<Arguments> validExchanges() {
        return Stream.of(
                Arguments.of("agents-valid-pages-as-path-and-url", get("/agents?since_id=5&limit=200", "agent-list-valid.json",
                        "X-Next-Page", "/api/v2/agents?since_id=9&limit=2", "X-Previous-Page", "https://www.zopim.com/api/v2/agents?max_id=4&limit=2")),
                Arguments.of("agent-valid-email-encoded", get("/agents/email/kevin%40doe.com", "agent-valid.json")),
                Arguments.of("chats-search-valid-last-page", get("/chats/search?q=chat_type%3Achat+AND+chocolate&page=250", "chat-search-valid.json")),
                Arguments.of("chats-bulk-delete-valid-50-ids", delete("/chats?ids=" + IDS_50)),
                Arguments.of("agent-create-valid-json-charset", createAgent("application/json; charset=utf-8")),
                Arguments.of("zoho-conversation-valid-id", zohoUpdate("666300030000479029")),
                Arguments.of("rate-limited-valid-retry-after-seconds", rateLimited("Retry-After", "30")),
                Arguments.of("rate-limited-valid-retry-after-http-date", rateLimited("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")),
                Arguments.of("things-valid", things("?order=asc&tag=red", "X-Mode", "live", "X-Shard", "1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExchanges")
    void validParametersAndHeadersHaveNoFindings(String name, Exchange exchange) {
        for (long threshold : new long[] {ValidationOptions.DEFAULT_STREAMING_THRESHOLD_BYTES, 0}) {
            assertThat(keysAndPointers(validator(threshold).validate(exchange))).as("threshold %d", threshold).isEmpty();
        }
    }

    @Test
    void theDefaultSeveritiesAreErrorAndInfoForAnUnknownParameter() {
        assertThat(severity(get("/agents?limit=500", "agent-list-valid.json"))).isEqualTo(Severity.ERROR);
        assertThat(severity(rateLimited())).isEqualTo(Severity.ERROR);
        assertThat(severity(get("/agents?sort=name", "agent-list-valid.json"))).isEqualTo(Severity.INFO);
    }

    @Test
    void aBadParameterTheProviderRefusedWith400IsStillAFindingButInfo() {
        Exchange refused = Exchange.builder().request("GET", ZENDESK + "/agents?limit=500").status(400)
                .responseHeader("Content-Type", "application/json").responseBody(ERROR_BODY).build();

        ExchangeResult result = validator(ValidationOptions.DEFAULT_STREAMING_THRESHOLD_BYTES).validate(refused);

        assertThat(keysAndPointers(result)).containsExactly("request.parameter.limit /query/limit");
        assertThat(result.findings().get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(result.findings().get(0).expected()).isEqualTo("maximum 200");
        assertThat(result.findings().get(0).actual()).isEqualTo("500");
        assertThat(result.findings().get(0).schemaLocation()).isEqualTo("zendesk-chat#/components/parameters/Limit/schema/maximum");
    }

    private static Severity severity(Exchange exchange) {
        List<Finding> findings = validator(ValidationOptions.DEFAULT_STREAMING_THRESHOLD_BYTES).validate(exchange).findings();
        assertThat(findings).hasSize(1);
        return findings.get(0).severity();
    }

    private static ContractValidator validator(long threshold) {
        return new ContractValidator(WITH_INLINE, ValidationOptions.builder().streamingThresholdBytes(threshold).build());
    }

    private static Exchange get(String path, String body, String... responseHeaders) {
        Exchange.Builder exchange = Exchange.builder().request("GET", ZOPIM + path).status(200)
                .responseHeader("Content-Type", "application/json").responseBody(Body.wrap(resource(body)));
        for (int i = 0; i < responseHeaders.length; i += 2) {
            exchange.responseHeader(responseHeaders[i], responseHeaders[i + 1]);
        }
        return exchange.build();
    }

    private static Exchange delete(String path) {
        return Exchange.builder().request("DELETE", ZENDESK + path).status(200)
                .responseHeader("Content-Type", "application/json").responseBody(Body.wrap(resource("bulk-delete-valid.json"))).build();
    }

    private static Exchange createAgent(String contentType) {
        return Exchange.builder().request("POST", ZENDESK + "/agents").requestHeader("Content-Type", contentType)
                .requestBody(Body.wrap(resource("agent-create-valid.json"))).status(201)
                .responseHeader("Content-Type", "application/json").responseBody(Body.wrap(resource("agent-valid.json"))).build();
    }

    private static Exchange zohoUpdate(String conversationId) {
        return Exchange.builder().request("PUT", ZOHO + String.format(ZOHO_VISITOR, conversationId))
                .requestHeader("Content-Type", "application/json").requestBody(Body.wrap(resource("zoho-visitor-update-valid.json")))
                .status(200).responseHeader("Content-Type", "application/json")
                .responseBody(Body.wrap(resource("zoho-conversation-valid.json"))).build();
    }

    private static Exchange rateLimited(String... headers) {
        Exchange.Builder exchange = Exchange.builder().request("GET", ZENDESK + "/agents/me").status(429)
                .responseHeader("Content-Type", "application/json").responseBody(ERROR_BODY);
        for (int i = 0; i < headers.length; i += 2) {
            exchange.responseHeader(headers[i], headers[i + 1]);
        }
        return exchange.build();
    }

    private static Exchange things(String query, String... headers) {
        List<String> all = new java.util.ArrayList<>(List.of("X-Trace", "t-1"));
        all.addAll(List.of(headers));
        return inlineThings(query, all);
    }

    private static Exchange inlineThings(String query, List<String> headers) {
        Exchange.Builder exchange = Exchange.builder().request("GET", "https://inline.example.com/api/things" + query).status(200);
        for (int i = 0; i < headers.size(); i += 2) {
            exchange.responseHeader(headers.get(i), headers.get(i + 1));
        }
        return exchange.build();
    }

    private static String ids(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "1410." + i).collect(Collectors.joining(","));
    }
}
