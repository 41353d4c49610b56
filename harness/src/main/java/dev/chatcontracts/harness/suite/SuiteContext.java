package dev.chatcontracts.harness.suite;

import dev.chatcontracts.contracts.report.Finding;
import dev.chatcontracts.contracts.rules.Severity;
import dev.chatcontracts.contracts.rules.SeverityPolicy;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.client.zendeskchat.ApiClient;
import dev.chatcontracts.harness.client.zendeskchat.ApiException;
import dev.chatcontracts.harness.restore.UndoJournal;
import java.util.ArrayList;
import java.util.List;

/** What the suite's checks share: the target, its clients, the findings so far, and the journal of its writes. */
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

    SuiteContext(ContractTarget target, ApiClient zendesk, dev.chatcontracts.harness.client.zohosalesiq.ApiClient salesIq,
            SeverityPolicy severities, UndoJournal journal) {
        this.target = target;
        this.zendesk = zendesk;
        this.salesIq = salesIq;
        this.severities = severities;
        this.journal = journal;
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
     * Runs a step; an unexpected failure is the finding {@code suite.step.failed} and the suite goes on. A step
     * holds the journal while it runs, so that a stop waits for its undo to be registered; once the run is
     * stopping, steps no longer start.
     */
    void step(String name, String operationId, Step step) {
        if (journal.closing()) {
            notRun(name, operationId, "the run was stopped");
            return;
        }
        steps.add(name);
        try {
            if (!journal.guarded(step::run)) {
                notRun(name, operationId, "the run was stopped");
            }
        } catch (ApiException e) {
            fail("suite.step.failed", operationId, null, "2xx", "HTTP " + e.getCode(), name + " failed with HTTP " + e.getCode());
        } catch (dev.chatcontracts.harness.client.zohosalesiq.ApiException e) {
            fail("suite.step.failed", operationId, null, "2xx", "HTTP " + e.getCode(), name + " failed with HTTP " + e.getCode());
        } catch (Exception e) {
            fail("suite.step.failed", operationId, null, null, e.getClass().getSimpleName(), name + " failed: " + e);
        }
    }

    /** Something the contract run itself checks (pagination, round trips), with a severity from the policy. */
    void fail(String key, String operationId, String pointer, String expected, String actual, String message) {
        Severity severity = severities.severityOf(key);
        if (severity == Severity.OFF) {
            return;
        }
        findings.add(Finding.builder(key).severity(severity).operationId(operationId).pointer(pointer)
                .expected(expected).actual(actual).message(message).build());
    }

    /** A step the suite did not run on this target, and why: the finding {@code suite.step.notRun}. */
    void notRun(String name, String operationId, String reason) {
        fail("suite.step.notRun", operationId, null, "run", "not run", name + ": not run, " + reason);
    }

    /** Undoes every write of the run; what cannot be undone is the ERROR finding {@code restore.failed}. */
    void restore() {
        for (UndoJournal.Unrestored left : journal.restore()) {
            fail("restore.failed", null, null, left.putBack(), left.error(), "could not undo " + left.write() + " (" + left.undo()
                    + "); put back by hand: " + left.putBack());
        }
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    List<String> steps() {
        return List.copyOf(steps);
    }
}
