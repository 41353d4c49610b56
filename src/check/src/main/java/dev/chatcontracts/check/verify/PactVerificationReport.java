package dev.chatcontracts.check.verify;

import dev.chatcontracts.contracts.findings.SeverityPolicy;
import dev.chatcontracts.contracts.reports.ValidationReport;
import dev.chatcontracts.harness.restore.UndoJournal;
import dev.chatcontracts.check.verify.InteractionOutcome.Verdict;
import java.util.List;

/**
 * The outcome of verifying pacts against a target: one {@link InteractionOutcome} per interaction, in
 * pact and interaction order.
 *
 * @param target the target, described without credentials
 * @param outcomes one per interaction
 * @param unrestored writes on a real target that could not be undone (the ERROR findings {@code restore.failed})
 */
public record PactVerificationReport(String target, List<InteractionOutcome> outcomes, List<UndoJournal.Unrestored> unrestored) {

    public PactVerificationReport {
        outcomes = List.copyOf(outcomes);
        unrestored = List.copyOf(unrestored);
    }

    public PactVerificationReport(String target, List<InteractionOutcome> outcomes) {
        this(target, outcomes, List.of());
    }

    /** This report with writes that could not be undone. */
    public PactVerificationReport withUnrestored(List<UndoJournal.Unrestored> left) {
        return new PactVerificationReport(target, outcomes, left);
    }

    /** The outcomes with {@code verdict}. */
    public List<InteractionOutcome> with(Verdict verdict) {
        return outcomes.stream().filter(o -> o.verdict() == verdict).toList();
    }

    /** The outcomes not sent: a provider state unsupported, a write on a read-only target, no target for the spec. */
    public List<InteractionOutcome> notSent() {
        return outcomes.stream().filter(o -> o.verdict() == Verdict.STATE_UNSUPPORTED || o.verdict() == Verdict.WRITE_SKIPPED
                || o.verdict() == Verdict.NO_TARGET).toList();
    }

    /** True when no interaction failed and every write was undone (interactions not sent do not fail the run). */
    public boolean passed() {
        return with(Verdict.FAILED).isEmpty() && unrestored.isEmpty();
    }

    /** The outcomes as the engine's report, default severities. */
    public ValidationReport toValidationReport() {
        return toValidationReport(SeverityPolicy.defaults());
    }

    /** The outcomes as the engine's report: one result per interaction. */
    public ValidationReport toValidationReport(SeverityPolicy policy) {
        ValidationReport.Builder report = ValidationReport.builder();
        outcomes.forEach(outcome -> report.add(PactFindings.result(outcome, policy)));
        if (!unrestored.isEmpty()) {
            report.add(Restored.result("pact verification", unrestored, policy));
        }
        return report.build();
    }
}
