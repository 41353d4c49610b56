package dev.chatcontracts.harness.suite;

import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingMessage;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.findings.SeverityPolicy;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.client.zendeskchat.ApiClient;
import dev.chatcontracts.harness.client.zendeskchat.ApiException;
import dev.chatcontracts.harness.restore.UndoJournal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** What the suite's checks share: the target, its clients, the findings so far, and what to clean up. */
final class SuiteContext {

    /** A step of the suite: calls the API and may add findings. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    private final ContractTarget target;
    private final ApiClient zendesk;
    private final dev.chatcontracts.harness.client.zohosalesiq.ApiClient salesIq;
    private final SeverityPolicy severities;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private final UndoJournal journal;
    private final List<SuiteReport.NotRun> notRun = new ArrayList<>();
    private final List<StepStart> starts = new ArrayList<>();
    private final IntSupplier exchangesSoFar;

    /**
     * Where a step's exchanges start: the exchanges from {@code firstExchange} up to the next start were made by it.
     *
     * @param step the step's name ({@value #RESTORE} for the undos)
     * @param firstExchange how many exchanges had been recorded when it started
     */
    record StepStart(String step, int firstExchange) {
    }

    static final String RESTORE = "restore";

    /** Why a write step is not run on a read-only target. */
    static final String READ_ONLY = "it writes, and the target does not allow writes (" + ContractTarget.ALLOW_WRITES
            + "=true on a sandbox account)";

    /**
     * @param journal where every write registers its undo
     * @param exchangesSoFar how many exchanges the clients have recorded so far (to tell which step made which)
     */
    SuiteContext(ContractTarget target, ApiClient zendesk, dev.chatcontracts.harness.client.zohosalesiq.ApiClient salesIq,
            SeverityPolicy severities, UndoJournal journal, IntSupplier exchangesSoFar) {
        this.target = target;
        this.zendesk = zendesk;
        this.salesIq = salesIq;
        this.severities = severities;
        this.journal = journal;
        this.exchangesSoFar = exchangesSoFar;
    }

    /** Plain JSON calls through the Zendesk client (snapshots and restores). */
    RawJson raw() {
        return RawJson.of(zendesk);
    }

    /** Registers the undo of a write; it runs when the run ends or is stopped, newest first. */
    void undo(String write, String undo, String putBack, UndoJournal.Undo action) {
        journal.register(write, undo, putBack, action);
    }

    ContractTarget target() {
        return target;
    }

    ApiClient zendesk() {
        return zendesk;
    }

    dev.chatcontracts.harness.client.zohosalesiq.ApiClient salesIq() {
        return salesIq;
    }

    boolean writes() {
        return target.writesAllowed();
    }

    /**
     * Runs a step; an unexpected failure is the finding {@code suite.step.failed} and the suite goes on. A step holds
     * the journal while it runs, so that a stop waits for its undo to be registered; once stopping or halted ({@link
     * dev.chatcontracts.harness.RunHalt}), steps no longer start.
     */
    void step(String name, String operationId, Step step) {
        if (journal.closing()) {
            notRun(name, operationId, "the run was stopped");
            return;
        }
        if (target.responseLimits().halt().halted()) {
            notRun(name, operationId, "the run was stopped: " + target.responseLimits().halt().reason().orElse(""));
            return;
        }
        steps.add(name);
        starts.add(new StepStart(name, exchangesSoFar.getAsInt()));
        try {
            if (!journal.guarded(step::run)) {
                notRun(name, operationId, "the run was stopped");
            }
        } catch (ApiException e) {
            fail(FindingKeys.SUITE_STEP_FAILED, operationId, null, "2xx", "HTTP " + e.getCode(), "step", name, "status", e.getCode());
        } catch (dev.chatcontracts.harness.client.zohosalesiq.ApiException e) {
            fail(FindingKeys.SUITE_STEP_FAILED, operationId, null, "2xx", "HTTP " + e.getCode(), "step", name, "status", e.getCode());
        } catch (Exception e) {
            fail(FindingKeys.SUITE_STEP_FAILED, operationId, null, null, e.getClass().getSimpleName(),
                    FindingMessage.variant(FindingKeys.SUITE_STEP_FAILED, "exception", "step", name, "error", e));
        }
    }

    /**
     * A step the suite does not run on this target (a write on a read-only target, no SalesIQ target): listed in
     * the report and, in the validation report, a result of its own with the finding {@code suite.step.notRun}.
     */
    void notRun(String name, String operationId, String reason) {
        notRun.add(new SuiteReport.NotRun(name, operationId, reason));
    }

    /**
     * Something the contract run itself checks (pagination, round trips), with a severity from the policy; its
     * message the key's template with these values ({@code name, value...}).
     */
    void fail(String key, String operationId, String pointer, String expected, String actual, Object... namesAndValues) {
        fail(key, operationId, pointer, expected, actual, FindingMessage.of(key, namesAndValues));
    }

    /** As above, with a message made beforehand (a variant wording). */
    void fail(String key, String operationId, String pointer, String expected, String actual, FindingMessage message) {
        Severity severity = severities.severityOf(key);
        if (severity == Severity.OFF) {
            return;
        }
        findings.add(Finding.builder(key).severity(severity).operationId(operationId).pointer(pointer)
                .expected(expected).actual(actual).message(message).build());
    }

    /** Undoes every write of the run; what cannot be undone is the ERROR finding {@code restore.failed}. */
    void restore() {
        starts.add(new StepStart(RESTORE, exchangesSoFar.getAsInt()));
        for (UndoJournal.Unrestored left : journal.restore()) {
            fail(FindingKeys.RESTORE_FAILED, null, null, left.putBack(), left.error(), "write", left.write(), "undo", left.undo(),
                    "putBack", left.putBack());
        }
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    List<String> steps() {
        return List.copyOf(steps);
    }

    List<SuiteReport.NotRun> notRun() {
        return List.copyOf(notRun);
    }

    List<StepStart> starts() {
        return List.copyOf(starts);
    }
}
