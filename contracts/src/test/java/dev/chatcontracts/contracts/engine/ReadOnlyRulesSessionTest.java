package dev.chatcontracts.contracts.engine;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.ZOPIM;
import static dev.chatcontracts.contracts.TestExchanges.json;
import static dev.chatcontracts.contracts.TestExchanges.keysAndPointers;
import static dev.chatcontracts.contracts.TestExchanges.resource;
import static dev.chatcontracts.contracts.TestExchanges.response;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The read-only / write-only rules that depend on earlier exchanges of the same session. */
class ReadOnlyRulesSessionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGENT_URL = ZENDESK + "/agents/8080234567123";
    private static final String CHAT_URL = ZENDESK + "/chats/1410.123.QWERTY";

    private final ExchangeSession session = ContractValidator.bundled().newSession();

    @Test
    void aReadOnlyFieldInARequestWithoutHistoryIsAnError() {
        ExchangeResult update = session.validate(json("PUT", AGENT_URL, "{\"id\": 8080234567123, \"first_name\": \"K\"}", 200, agent()));

        assertThat(keysAndPointers(update)).containsExactly("request.field.readOnly /id");
        assertThat(update.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void sendingBackAnUnchangedReadOnlyValueOfTheSameResourceIsAnEcho() {
        session.validate(response("GET", AGENT_URL, 200, "agent-valid.json"));

        ExchangeResult update = session.validate(json("PUT", AGENT_URL,
                "{\"id\": 8080234567123, \"create_date\": \"2014-09-30T08:25:09Z\", \"first_name\": \"K\"}", 200, agent()));

        assertThat(keysAndPointers(update)).containsExactly("request.field.readOnly.echo /id", "request.field.readOnly.echo /create_date");
        assertThat(update.findings()).extracting(Finding::severity).containsOnly(Severity.INFO);
    }

    @Test
    void aChangedReadOnlyValueIsNotAnEcho() {
        session.validate(response("GET", AGENT_URL, 200, "agent-valid.json"));

        ExchangeResult update = session.validate(json("PUT", AGENT_URL, "{\"id\": 1, \"first_name\": \"K\"}", 200, agent()));

        assertThat(keysAndPointers(update)).containsExactly("request.field.readOnly /id");
    }

    @Test
    void anotherResourceDoesNotMakeAnEcho() {
        session.validate(response("GET", ZENDESK + "/agents/1", 200, "agent-valid.json"));

        ExchangeResult update = session.validate(json("PUT", AGENT_URL, "{\"id\": 8080234567123}", 200, agent()));

        assertThat(keysAndPointers(update)).containsExactly("request.field.readOnly /id");
    }

    @Test
    void aReadOnlyComponentReachedThroughARefIsReadOnly() {
        session.validate(response("GET", CHAT_URL, 200, "chat-valid.json"));

        ExchangeResult update = session.validate(json("PUT", CHAT_URL,
                "{\"visitor\": {\"email\": \"visitor@example.com\", \"id\": \"1.12345\", \"name\": \"Visitor 7\", \"notes\": \"\", \"phone\": \"\"},"
                        + " \"session\": {\"city\": \"Paris\"}}", 200, text("chat-valid.json")));

        assertThat(keysAndPointers(update))
                .containsExactlyInAnyOrder("request.field.readOnly.echo /visitor", "request.field.readOnly /session");
    }

    @Test
    void aReadOnlyFieldOfAnAllOfMemberIsReadOnly() {
        ExchangeResult create = session.validate(json("POST", ZENDESK + "/agents",
                "{\"email\": \"a@b.c\", \"password\": \"pw\", \"skills\": [1]}", 201, agent()));

        assertThat(keysAndPointers(create)).containsExactly("request.field.readOnly /skills");
    }

    @Test
    void aWriteOnlyFieldInAResponseIsAnError() {
        ExchangeResult shown = session.validate(response("GET", AGENT_URL, 200, "agent-invalid-password-returned.json"));

        assertThat(keysAndPointers(shown)).containsExactly("response.field.writeOnly /password");
    }

    @Test
    void anUpdateThatChangesAReadOnlyFieldIsReported() throws IOException {
        session.validate(response("GET", AGENT_URL, 200, "agent-valid.json"));
        ObjectNode changed = (ObjectNode) JSON.readTree(resource("agent-valid.json"));
        changed.put("create_date", "2020-01-01T00:00:00Z").put("first_name", "Kevin2");

        ExchangeResult update = session.validate(json("PUT", AGENT_URL, "{\"first_name\": \"Kevin2\"}", 200, changed.toString()));

        assertThat(keysAndPointers(update)).containsExactly("response.field.readOnly.changed /create_date");
        assertThat(update.findings().get(0).expected()).isEqualTo("\"2014-09-30T08:25:09Z\"");
        assertThat(update.findings().get(0).actual()).isEqualTo("\"2020-01-01T00:00:00Z\"");
    }

    @Test
    void aReadOnlyFieldTheUpdateAskedToChangeIsNotReported() throws IOException {
        session.validate(response("GET", CHAT_URL, 200, "chat-valid.json"));
        ObjectNode renamed = (ObjectNode) JSON.readTree(resource("chat-valid.json"));
        ((ObjectNode) renamed.get("visitor")).put("name", "Joe");
        renamed.put("update_timestamp", "2024-05-01T10:00:00Z");

        ExchangeResult update = session.validate(json("PUT", CHAT_URL, "{\"visitor.name\": \"Joe\"}", 200, renamed.toString()));

        assertThat(keysAndPointers(update)).isEmpty();
    }

    @Test
    void aDeleteForgetsTheResource() {
        session.validate(response("GET", AGENT_URL, 200, "agent-valid.json"));
        session.validate(json("DELETE", AGENT_URL, null, 204, null));

        ExchangeResult update = session.validate(json("PUT", AGENT_URL, "{\"id\": 8080234567123}", 200, agent()));

        assertThat(keysAndPointers(update)).containsExactly("request.field.readOnly /id");
    }

    private static String agent() {
        return text("agent-valid.json");
    }

    private static String text(String resource) {
        return new String(resource(resource), java.nio.charset.StandardCharsets.UTF_8);
    }
}
