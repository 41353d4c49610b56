package dev.chatcontracts.openapi.lint;

import java.util.List;

/**
 * What {@link SpecLinter} found in one spec.
 *
 * @param spec the spec's name
 * @param examplesChecked how many documented examples were checked
 * @param problems undeclared problems; a clean spec has none
 * @param declaredViolations the examples known to break the spec, as "example id pointer (discrepancy)"
 * @param discrepancies the documentation discrepancies the spec records ({@code x-doc-discrepancy}), sorted
 */
public record LintReport(String spec, int examplesChecked, List<LintProblem> problems, List<String> declaredViolations,
        List<String> discrepancies) {

    public LintReport {
        problems = List.copyOf(problems);
        declaredViolations = List.copyOf(declaredViolations);
        discrepancies = List.copyOf(discrepancies);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
