package dev.chatcontracts.contracts.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operation on every server of its spec, and on localhost under a base path; then the misses. */
class OperationMatcherTest {

    private static final Contracts CONTRACTS = Contracts.bundled();

    private static final List<String> ZENDESK_BASES = List.of(
            "https://acme.zendesk.com/api/v2/chat",
            "https://www.zopim.com/api/v2",
            "http://127.0.0.1:8089/api/v2/chat",
            "http://localhost:8089/api/v2");

    private static final List<String> ZOHO_BASES = List.of(
            "https://salesiq.zoho.com/api", "https://salesiq.zoho.eu/api", "https://salesiq.zoho.in/api",
            "https://salesiq.zoho.com.au/api", "https://salesiq.zoho.com.cn/api", "https://salesiq.zoho.jp/api",
            "http://127.0.0.1:8089/api");

    /** Method, path with its query, and the operation it must match: all 21 operations. */
    private static final List<List<String>> ZENDESK_OPERATIONS = List.of(
            List.of("GET", "/account", "showAccount"),
            List.of("PUT", "/account", "updateAccount"),
            List.of("GET", "/agents?since_id=5&limit=2", "listAgents"),
            List.of("POST", "/agents", "createAgent"),
            List.of("GET", "/agents/me", "showRequestingAgent"),
            List.of("PUT", "/agents/me", "updateRequestingAgent"),
            List.of("GET", "/agents/email/kevin@doe.com", "showAgentByEmail"),
            List.of("GET", "/agents/8080234567123", "showAgent"),
            List.of("PUT", "/agents/8080234567123", "updateAgent"),
            List.of("DELETE", "/agents/8080234567123", "deleteAgent"),
            List.of("GET", "/chats", "listChats"),
            List.of("GET", "/chats?ids=100,110", "listChats"),
            List.of("POST", "/chats", "createChat"),
            List.of("DELETE", "/chats?ids=100,110", "bulkDeleteChats"),
            List.of("GET", "/chats/search?q=rating:good", "searchChats"),
            List.of("GET", "/chats/1410.123.QWERTY", "showChat"),
            List.of("PUT", "/chats/1410.123.QWERTY", "updateChat"),
            List.of("DELETE", "/chats/1410.123.QWERTY", "deleteChat"),
            List.of("POST", "/visitors", "createVisitor"),
            List.of("GET", "/visitors/1.12345", "showVisitor"),
            List.of("PUT", "/visitors/1.12345/", "updateVisitor"));

    static Stream<Arguments> documentedRequests() {
        Stream<Arguments> zendesk = ZENDESK_BASES.stream().flatMap(base -> ZENDESK_OPERATIONS.stream()
                .map(op -> Arguments.of(op.get(0) + " " + base + op.get(1), op.get(0), base + op.get(1), op.get(2))));
        Stream<Arguments> zoho = ZOHO_BASES.stream().map(base -> {
            String url = base + "/visitor/v1/zylkerinc/conversations/666300030000479029/visitor";
            return Arguments.of("PUT " + url, "PUT", url, "updateConversationVisitor");
        });
        return Stream.concat(zendesk, zoho);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedRequests")
    void matchesTheDocumentedOperation(String name, String method, String url, String operationId) {
        MatchOutcome outcome = CONTRACTS.match(method, url);

        assertThat(outcome.operation()).as(outcome.reason()).isPresent();
        assertThat(outcome.match().operation().operationId()).isEqualTo(operationId);
    }

    @Test
    void everyOperationOfBothSpecsIsInTheTable() {
        long operations = CONTRACTS.all().stream().mapToLong(c -> c.operations().size()).sum();
        long tabled = ZENDESK_OPERATIONS.stream().map(op -> op.get(2)).distinct().count() + 1;

        assertThat(operations).isEqualTo(21).isEqualTo(tabled);
    }

    static Stream<Arguments> undocumentedRequests() {
        return Stream.of(
                Arguments.of("legacy host with the current base path", "GET", "https://www.zopim.com/api/v2/chat/agents"),
                Arguments.of("current host with the legacy base path", "GET", "https://acme.zendesk.com/api/v2/agents"),
                Arguments.of("Zendesk path on a Zoho host", "GET", "https://salesiq.zoho.eu/api/v2/chat/agents"),
                Arguments.of("Zoho path of another version", "PUT", "https://salesiq.zoho.com/api/visitor/v2/x/conversations/1/visitor"),
                Arguments.of("unknown path", "GET", "https://acme.zendesk.com/api/v2/chat/departments"),
                Arguments.of("method not on a literal path", "DELETE", "https://acme.zendesk.com/api/v2/chat/agents/me"),
                Arguments.of("method not on the path", "PATCH", "https://acme.zendesk.com/api/v2/chat/chats/1"),
                Arguments.of("no base path on localhost", "GET", "http://127.0.0.1:8089/agents"),
                Arguments.of("base path only", "GET", "https://acme.zendesk.com/api/v2/chat"),
                Arguments.of("base path run into a segment", "GET", "https://acme.zendesk.com/api/v2/chatty/agents"),
                Arguments.of("not a URL", "GET", "agents me"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undocumentedRequests")
    void matchesNothingElse(String name, String method, String url) {
        MatchOutcome outcome = CONTRACTS.match(method, url);

        assertThat(outcome.operation()).isEmpty();
        assertThat(outcome.reason()).isNotBlank();
    }

    @Test
    void literalSegmentsWinOverParameters() {
        assertThat(CONTRACTS.match("GET", "https://acme.zendesk.com/api/v2/chat/agents/me").match().operation().path().template())
                .isEqualTo("/agents/me");
        assertThat(CONTRACTS.match("GET", "https://acme.zendesk.com/api/v2/chat/chats/search").match().operation().operationId())
                .isEqualTo("searchChats");
        assertThat(CONTRACTS.match("GET", "https://acme.zendesk.com/api/v2/chat/chats/searching").match().operation().operationId())
                .isEqualTo("showChat");
    }

    @Test
    void anyOtherHostMatchesUnderABasePath() {
        assertThat(CONTRACTS.match("PUT", "https://proxy.internal/api/visitor/v1/x/conversations/1/visitor").operation())
                .isPresent();
    }

    @Test
    void theResourcePathIsThePathAfterTheBasePath() {
        OperationMatch match = CONTRACTS.match("PUT", "https://acme.zendesk.com/api/v2/chat/agents/8080234567123/?x=1").match();

        assertThat(match.resourcePath()).isEqualTo("/agents/8080234567123");
        assertThat(match.pathParameters()).containsEntry("agent_id", "8080234567123");
        assertThat(match.resourceKey()).isEqualTo("zendesk-chat /agents/8080234567123");
    }

    @Test
    void theResourcePathIsCanonicalWhateverTheSlashes() {
        assertThat(CONTRACTS.match("GET", "https://acme.zendesk.com/api/v2/chat/agents//8080234567123").match().resourcePath())
                .isEqualTo("/agents/8080234567123");
        assertThat(CONTRACTS.match("GET", "https://acme.zendesk.com/api/v2/chat//agents/8080234567123/").match().resourcePath())
                .isEqualTo("/agents/8080234567123");
        assertThat(CONTRACTS.match("GET", "https://acme.zendesk.com/api/v2/chat/agents/8080234567123").match().resourcePath())
                .isEqualTo("/agents/8080234567123");
        assertThat(CONTRACTS.match("GET", "https://www.zopim.com/api/v2/agents/email/kevin%40doe.com").match().resourcePath())
                .isEqualTo("/agents/email/kevin@doe.com");
    }

    @Test
    void everyParameterOfATemplateHasItsValue() {
        OperationMatch match = CONTRACTS.match("PUT",
                "https://salesiq.zoho.eu/api/visitor/v1/zylker%20inc/conversations/666300030000479029/visitor").match();

        assertThat(match.pathParameters()).containsOnly(entry("screen_name", "zylker inc"),
                entry("conversation_id", "666300030000479029"));
        assertThat(match.resourcePath()).isEqualTo("/visitor/v1/zylker inc/conversations/666300030000479029/visitor");
    }

    @Test
    void pathParametersArePercentDecoded() {
        OperationMatch match = CONTRACTS.match("GET", "https://www.zopim.com/api/v2/agents/email/kevin%40doe.com").match();

        assertThat(match.pathParameters()).containsEntry("email_id", "kevin@doe.com");
    }
}
