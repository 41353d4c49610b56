package dev.chatcontracts.harness.suite;

import dev.chatcontracts.contracts.report.Finding;
import dev.chatcontracts.contracts.rules.Severity;
import dev.chatcontracts.contracts.rules.SeverityPolicy;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.client.zendeskchat.ApiClient;
import dev.chatcontracts.harness.client.zendeskchat.ApiException;
import java.util.ArrayList;
import java.util.List;

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
    private final List<Step> cleanups = new ArrayList<>();

    SuiteContext(ContractTarget target, ApiClient zendesk, dev.chatcontracts.harness.client.zohosalesiq.ApiClient salesIq,
            SeverityPolicy severities) {
        this.target = target;
        this.zendesk = zendesk;
        this.salesIq = salesIq;
        this.severities = severities;
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

    /** Runs a step; an unexpected failure is the finding {@code suite.step.failed} and the suite goes on. */
    void step(String name, String operationId, Step step) {
        steps.add(name);
        try {
            step.run();
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

    /** Registers what undoes a write; cleanups run last, newest first. */
    void cleanup(Step undo) {
        cleanups.add(0, undo);
    }

    void runCleanups() {
        for (Step undo : cleanups) {
            try {
                undo.run();
            } catch (Exception e) {
                fail("suite.cleanup.failed", null, null, null, e.getClass().getSimpleName(), "cleaning up failed: " + e);
            }
        }
        cleanups.clear();
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    List<String> steps() {
        return List.copyOf(steps);
    }
}
