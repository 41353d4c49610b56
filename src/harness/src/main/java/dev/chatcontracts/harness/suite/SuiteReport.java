package dev.chatcontracts.harness.suite;

import dev.chatcontracts.contracts.reports.ValidationReport;
import dev.chatcontracts.contracts.run.Verdict;
import java.util.List;

/**
 * What a provider suite run found: one result per exchange the suite made (validated in order, in one
 * session, so the read-only rules see the round trips), plus one for the suite's own checks.
 *
 * @param target the target, without credentials
 * @param steps the steps run, in order
 * @param report the validation report: also one result per step not run ({@code suite.step.notRun})
 * @param notRun the steps not run on this target, in order, with the reason
 */
public record SuiteReport(String target, List<String> steps, ValidationReport report, List<NotRun> notRun) {

    /**
     * A step the suite did not run.
     *
     * @param step its name
     * @param operationId the operation it would have exercised first
     * @param reason why not (a read-only target, no SalesIQ target)
     */
    public record NotRun(String step, String operationId, String reason) {
    }

    public SuiteReport {
        steps = List.copyOf(steps);
        notRun = notRun == null ? List.of() : List.copyOf(notRun);
    }

    /** A report where every step ran. */
    public SuiteReport(String target, List<String> steps, ValidationReport report) {
        this(target, steps, report, List.of());
    }

    /** The steps run and not run. */
    public int stepCount() {
        return steps.size() + notRun.size();
    }

    /** {@code 17 steps, 12 run, 5 not run}. */
    public String describeSteps() {
        return stepCount() + " steps, " + steps.size() + " run, " + notRun.size() + " not run";
    }

    /** Whether no finding is an ERROR ({@link Verdict#of}). */
    public boolean passed() {
        return Verdict.of(report) == Verdict.PASSED;
    }
}
