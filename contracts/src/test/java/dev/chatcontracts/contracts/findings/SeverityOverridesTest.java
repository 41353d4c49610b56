package dev.chatcontracts.contracts.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry point reads severity settings here: known keys and prefixes only, four levels in any case. */
class SeverityOverridesTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("response.field.unknown=ERROR", FindingKeys.RESPONSE_FIELD_UNKNOWN, Severity.ERROR),
                Arguments.of("response.field=warning", FindingKeys.RESPONSE_FIELD_TYPE, Severity.WARNING),
                Arguments.of(" suite.step.notRun = Error ", FindingKeys.SUITE_STEP_NOT_RUN, Severity.ERROR),
                Arguments.of("pact.verification=OFF", FindingKeys.PACT_VERIFICATION_NOT_SENT, Severity.OFF),
                Arguments.of("restore.failed=INFO", FindingKeys.RESTORE_FAILED, Severity.INFO),
                Arguments.of("request=info", FindingKeys.REQUEST_PARAMETER_LIMIT, Severity.INFO));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void aKnownKeyOrPrefixSetsItsKeys(String setting, String key, Severity expected) {
        assertThat(SeverityOverrides.fromSettings(List.of(setting)).severityOf(key)).isEqualTo(expected);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("response.feild.unknown=ERROR", "'response.feild.unknown' is not a finding key nor a prefix"),
                Arguments.of("response.fields=ERROR", "'response.fields' is not a finding key"),
                Arguments.of("response.field.unknown.more=ERROR", "is not a finding key"),
                Arguments.of("suite.step.notrun=ERROR", "is not a finding key"),
                Arguments.of("response.field.unknown=LOUD", "must be one of ERROR, WARNING, INFO, OFF, not 'LOUD'"),
                Arguments.of("response.field.unknown=", "must be one of ERROR, WARNING, INFO, OFF, not ''"),
                Arguments.of("response.field.unknown", "a severity setting is KEY=LEVEL"),
                Arguments.of("=ERROR", "a severity setting is KEY=LEVEL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void anythingElseIsRefusedSayingWhy(String setting, String message) {
        assertThatThrownBy(() -> SeverityOverrides.fromSettings(List.of(setting)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void theMessageForAnUnknownKeyNamesWhereKeysStart() {
        assertThatThrownBy(() -> SeverityOverrides.fromMap(Map.of("nope", "ERROR")))
                .hasMessageContaining("request, response").hasMessageContaining("suite");
    }

    @Test
    void aLaterSettingOfTheSameKeyWins() {
        SeverityPolicy policy = SeverityOverrides.fromSettings(List.of("response.field.unknown=ERROR",
                "response.field.unknown=INFO"));

        assertThat(policy.severityOf(FindingKeys.RESPONSE_FIELD_UNKNOWN)).isEqualTo(Severity.INFO);
    }
}
