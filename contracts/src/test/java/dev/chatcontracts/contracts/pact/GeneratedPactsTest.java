package dev.chatcontracts.contracts.pact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ValidationReport;
import dev.chatcontracts.contracts.pactgen.PactGenerator;
import dev.chatcontracts.contracts.pactgen.PactOptions;
import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The pacts our own generator writes for the bundled specs pass the check. */
class GeneratedPactsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(PactSpecVersion.class)
    void generatedPactsHaveNoErrorFinding(PactSpecVersion version) {
        PactOptions options = PactOptions.builder().outputDir(dir).version(version)
                .specs(ApiContract.BUNDLED.stream().map(name -> ApiContract.bundled(name).spec()).toList()).build();
        List<Path> files = new PactGenerator().generate(options).files().files();

        ValidationReport report = PactChecker.bundled().check(files);

        assertThat(files).hasSize(2);
        assertThat(report.results()).hasSizeGreaterThan(10);
        assertThat(report.results()).allSatisfy(result -> assertThat(result.operationId()).isNotNull());
        assertThat(report.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(GeneratedPactsTest::describe))
                .isEmpty();
    }

    private static String describe(Finding finding) {
        return finding.source() + ": " + finding.summary();
    }
}
