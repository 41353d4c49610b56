package dev.chatcontracts.contracts.pact;

import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.findings.SeverityPolicy;
import java.util.List;

/** Starts the findings of one interaction with its severity, operation and source; drops the ones set to OFF. */
final class Findings {

    private final SeverityPolicy policy;
    private final ExchangeSource source;
    private final String operationId;

    Findings(SeverityPolicy policy, ExchangeSource source, String operationId) {
        this.policy = policy;
        this.source = source;
        this.operationId = operationId;
    }

    Finding.Builder start(String key) {
        return Finding.builder(key).severity(policy.severityOf(key)).operationId(operationId).source(source);
    }

    void add(List<Finding> out, Finding.Builder finding) {
        Finding built = finding.build();
        if (built.severity() != Severity.OFF) {
            out.add(built);
        }
    }
}
