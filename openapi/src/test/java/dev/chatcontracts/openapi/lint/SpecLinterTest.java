package dev.chatcontracts.openapi.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.openapi.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SpecLinterTest {

    @Test
    void reportsUndeclaredAndStaleExampleProblemsByKeyAndPointer() {
        LintReport report = new SpecLinter().lint(Fixtures.spec("api-examples.yaml"));

        assertThat(report.examplesChecked()).isEqualTo(4);
        assertThat(report.problems()).extracting(LintProblem::key, LintProblem::pointer).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("example.invalid", "/paths/~1agents/post/requestBody/content/application~1json/examples/withId#/id"),
                org.assertj.core.groups.Tuple.tuple("example.violation.stale", "/paths/~1agents/post/responses/201/content/application~1json/examples/stale#/enabled"),
                org.assertj.core.groups.Tuple.tuple("example.invalid", "/paths/~1agents/post/responses/201/content/application~1json/examples/withPassword#/password"));
        assertThat(report.declaredViolations()).contains("createAgent 201 documented /enabled (D13)");
        assertThat(report.discrepancies()).containsExactly("D1", "D13");
        assertThat(report.clean()).isFalse();
    }

    @Test
    void aCorrectedCopyThatStillBreaksTheSpecIsAProblemWhereItBreaksIt() {
        LintReport report = new SpecLinter().lint(Fixtures.spec("api-documented-examples.yaml"));

        assertThat(report.examplesChecked()).isEqualTo(2);
        assertThat(report.declaredViolations()).containsExactly("showAgent 200 corrected /enabled (D13)", "showAgent 200 stillWrong /enabled (D13)");
        assertThat(report.problems()).extracting(LintProblem::key, LintProblem::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("example.corrected.invalid",
                        "/paths/~1agents/get/responses/200/content/application~1json/examples/stillWrong#/enabled"));
    }

    @Test
    void aRemoteReferenceIsAProblemNotAFetch() {
        LintReport report = new SpecLinter().lint(Fixtures.spec("api-remote-ref.yaml"));

        assertThat(report.problems()).extracting(LintProblem::key).containsExactly("spec.ref.remote");
        assertThat(report.problems().get(0).pointer()).isEqualTo("/components/schemas/Agent/$ref");
    }

    @Test
    void aCleanSpecHasNoProblems() {
        LintReport report = new SpecLinter().lint(Fixtures.spec("api-oneof.yaml"));

        assertThat(report.clean()).isTrue();
    }
}
