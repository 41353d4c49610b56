package dev.chatcontracts.check.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.findings.SeverityPolicy;
import dev.chatcontracts.contracts.reports.ValidationReport;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.check.verify.InteractionOutcome.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mismatches planted in a pact fail with pact.verification.failed. */
class PlantedMismatchTest {

    @TempDir
    static Path dir;

    private static PactVerificationReport report;

    @BeforeAll
    static void verify() {
        VerificationPacts inputs = VerificationPacts.read(List.of(TestPacts.planted(dir)));
        try (ContractTarget target = ContractTarget.embeddedMock()) {
            report = new ProviderPactVerifier().verify(target, inputs.pacts());
        }
    }

    @Test
    void bothInteractionsFailWithTheirMismatch() {
        assertThat(report.passed()).isFalse();
        assertThat(report.with(Verdict.FAILED)).extracting(InteractionOutcome::description)
                .containsExactly("showChat unreadAsNumber", "showAccount created");

        InteractionOutcome unread = report.with(Verdict.FAILED).get(0);
        assertThat(unread.actualStatus()).isEqualTo(200);
        assertThat(unread.details()).anySatisfy(d -> {
            assertThat(d.pointer()).isEqualTo("/unread");
            assertThat(d.message()).contains("$.unread", "0", "false");
        });

        InteractionOutcome created = report.with(Verdict.FAILED).get(1);
        assertThat(created.expectedStatus()).isEqualTo(201);
        assertThat(created.actualStatus()).isEqualTo(200);
        assertThat(created.details()).extracting(InteractionOutcome.Detail::message).anyMatch(m -> m.contains("201") && m.contains("200"));
    }

    @Test
    void theyAreErrorFindingsUnlessTheUserLowersThem() {
        ValidationReport validation = report.toValidationReport();
        assertThat(validation.hasErrors()).isTrue();
        assertThat(validation.findings()).extracting(Finding::key).containsOnly(PactFindings.FAILED);
        assertThat(validation.findings()).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(validation.results()).extracting(r -> r.operationId()).containsExactly("showChat", "showAccount");
        assertThat(validation.findings()).anySatisfy(f -> assertThat(f.pointer()).isEqualTo("/unread"));

        ValidationReport lowered = report.toValidationReport(SeverityPolicy.withOverrides(Map.of("pact.verification", Severity.WARNING)));
        assertThat(lowered.hasErrors()).isFalse();
        assertThat(lowered.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
    }

    @Test
    void anUnreadablePactFileIsReportedNotThrown() {
        VerificationPacts inputs = VerificationPacts.read(List.of(dir.resolve("missing.json"), dir));
        assertThat(inputs.pacts()).extracting(PactFile::provider).containsExactly("zendesk-chat");
        assertThat(inputs.unreadable()).containsOnlyKeys(dir.resolve("missing.json"));
        assertThat(PactFindings.unreadable(dir.resolve("missing.json"), "no such file", SeverityPolicy.defaults()).findings())
                .extracting(Finding::key, Finding::severity).containsExactly(org.assertj.core.groups.Tuple.tuple(PactFindings.UNREADABLE, Severity.ERROR));
    }
}
