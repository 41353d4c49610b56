package dev.chatcontracts.contracts.assertions;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.response;
import static dev.chatcontracts.contracts.assertions.ExchangeAssertions.assertThatExchange;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ExchangeSession;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.SpecLoader;
import org.junit.jupiter.api.Test;

class ExchangeAssertionsTest {

    private static final LoadedSpec ZENDESK_SPEC = new SpecLoader()
            .loadResource("openapi/zendesk-chat.yaml", ExchangeAssertionsTest.class.getClassLoader());

    @Test
    void aConformingExchangePasses() {
        assertThatExchange(response("GET", ZENDESK + "/agents/me", 200, "agent-valid.json")).conformsTo(ZENDESK_SPEC);
        assertThatExchange(response("GET", ZENDESK + "/agents/me", 200, "agent-invalid-undocumented-field.json"))
                .conformsToBundledSpecs();
    }

    @Test
    void anExchangeWithAnErrorFailsListingTheFindingKeys() {
        assertThatThrownBy(() -> assertThatExchange(response("GET", ZENDESK + "/chats/1", 200, "chat-invalid-unread-integer.json"))
                .conformsTo(ZENDESK_SPEC))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("response.field.type at /unread");
    }

    @Test
    void severitiesCanBeSetPerAssertion() {
        assertThatExchange(response("GET", ZENDESK + "/chats/1", 200, "chat-invalid-unread-integer.json"))
                .withSeverity("response.field.type", Severity.WARNING).conformsTo(ZENDESK_SPEC);
        assertThatThrownBy(() -> assertThatExchange(response("GET", ZENDESK + "/agents/me", 200, "agent-invalid-undocumented-field.json"))
                .withSeverity("response.field", Severity.ERROR).conformsTo(ZENDESK_SPEC))
                .hasMessageContaining("response.field.unknown");
    }

    @Test
    void findingsCanBeAssertedByKey() {
        assertThatExchange(response("GET", ZENDESK + "/agents/me", 200, "agent-invalid-password-returned.json"))
                .hasFinding("response.field.writeOnly").hasNoFinding("response.field.type");
    }

    @Test
    void aSessionCarriesTheReadOnlyHistory() {
        ExchangeSession session = ContractValidator.bundled().newSession();
        session.validate(response("GET", ZENDESK + "/agents/1", 200, "agent-valid.json"));

        assertThatExchange(dev.chatcontracts.contracts.TestExchanges.json("PUT", ZENDESK + "/agents/1",
                "{\"id\": 8080234567123}", 200, new String(dev.chatcontracts.contracts.TestExchanges.resource("agent-valid.json"),
                        java.nio.charset.StandardCharsets.UTF_8)))
                .inSession(session).hasFinding("request.field.readOnly.echo");
    }
}
