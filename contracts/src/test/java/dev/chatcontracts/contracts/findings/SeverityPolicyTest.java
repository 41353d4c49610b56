package dev.chatcontracts.contracts.findings;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.keys;
import static dev.chatcontracts.contracts.TestExchanges.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SeverityPolicyTest {

    static Stream<Arguments> defaults() {
        return Stream.of(
                Arguments.of("response.field.unknown", Severity.WARNING),
                Arguments.of("request.field.unknown", Severity.WARNING),
                Arguments.of("request.field.readOnly.echo", Severity.INFO),
                Arguments.of("request.field.readOnly", Severity.ERROR),
                Arguments.of("response.field.type", Severity.ERROR),
                Arguments.of("response.status.undocumented", Severity.ERROR),
                Arguments.of("capture.unreadable", Severity.ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaults")
    void defaultSeverities(String key, Severity expected) {
        assertThat(SeverityPolicy.defaults().severityOf(key)).isEqualTo(expected);
    }

    static Stream<Arguments> overrides() {
        SeverityPolicy policy = SeverityPolicy.withOverrides(Map.of(
                "response.field", Severity.WARNING,
                "response.field.writeOnly", Severity.ERROR,
                "request", Severity.OFF));
        return Stream.of(
                Arguments.of(policy, "response.field.type", Severity.WARNING),
                Arguments.of(policy, "response.field.enum", Severity.WARNING),
                Arguments.of(policy, "response.field.writeOnly", Severity.ERROR),
                Arguments.of(policy, "response.field.unknown", Severity.WARNING),
                Arguments.of(policy, "response.status.undocumented", Severity.ERROR),
                Arguments.of(policy, "request.field.readOnly.echo", Severity.OFF),
                Arguments.of(SeverityPolicy.defaults().with("response.fields", Severity.INFO), "response.field.type", Severity.ERROR),
                Arguments.of(SeverityPolicy.defaults().with("request.field.readOnly", Severity.WARNING), "request.field.readOnly.echo", Severity.WARNING));
    }

    @ParameterizedTest(name = "{1} under {0}")
    @MethodSource("overrides")
    void theLongestMatchingPrefixOfTheUsersSettingsWins(SeverityPolicy policy, String key, Severity expected) {
        assertThat(policy.severityOf(key)).isEqualTo(expected);
    }

    @Test
    void findingsSetToOffAreDropped() {
        ContractValidator validator = new ContractValidator(Contracts.bundled(),
                ValidationOptions.builder().severity("response.field.type", Severity.OFF).strictSpec(true).build());

        assertThat(keys(validator.validate(response("GET", ZENDESK + "/agents/me", 200, "agent-invalid-enabled-integer.json"))))
                .isEmpty();
    }

    @Test
    void rejectsKeysThatAreNotKeys() {
        assertThatThrownBy(() -> SeverityPolicy.defaults().with(".field", Severity.INFO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeverityPolicy.defaults().with(" ", Severity.INFO)).isInstanceOf(IllegalArgumentException.class);
    }
}
