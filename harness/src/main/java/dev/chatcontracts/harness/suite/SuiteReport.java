package dev.chatcontracts.harness.suite;

import dev.chatcontracts.contracts.report.ValidationReport;
import java.util.List;

/**
 * What a provider suite run found: one result per exchange the suite made (validated in order, in one
 * session, so the read-only rules see the round trips), plus one for the suite's own checks.
 *
 * @param target the target, without credentials
 * @param steps the steps run, in order
 * @param report the validation report
 */
public record SuiteReport(String target, List<String> steps, ValidationReport report) {

    public SuiteReport {
        steps = List.copyOf(steps);
    }

    public boolean passed() {
        return !report.hasErrors();
    }
}
