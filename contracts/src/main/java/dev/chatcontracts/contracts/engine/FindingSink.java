package dev.chatcontracts.contracts.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.report.Finding;
import dev.chatcontracts.contracts.rules.Severity;
import dev.chatcontracts.contracts.rules.SeverityPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one exchange, giving each its severity from the policy and dropping the
 * ones set to {@code OFF}.
 */
final class FindingSink {

    private static final int MAX_VALUE_LENGTH = 120;

    private final SeverityPolicy policy;
    private final ExchangeSource source;
    private final List<Finding> findings = new ArrayList<>();
    private String operationId;

    FindingSink(SeverityPolicy policy, ExchangeSource source) {
        this.policy = policy;
        this.source = source;
    }

    void operationId(String id) {
        this.operationId = id;
    }

    /** Starts a finding with the severity, operation and source filled in. */
    Finding.Builder start(String key) {
        return Finding.builder(key).severity(policy.severityOf(key)).operationId(operationId).source(source);
    }

    /** The policy's severity of {@code key}. */
    Severity severityOf(String key) {
        return policy.severityOf(key);
    }

    void add(Finding.Builder finding) {
        Finding built = finding.build();
        if (built.severity() != Severity.OFF) {
            findings.add(built);
        }
    }

    /** A finding not about a field. */
    void add(String key, String expected, String actual, String message) {
        add(start(key).expected(expected).actual(actual).message(message));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /**
     * A value for people: compact JSON, cut at 120 characters ({@link ValueText}: never serialized whole, so any
     * depth renders); {@code absent} for a missing node.
     */
    static String render(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "absent";
        }
        return ValueText.render(value, MAX_VALUE_LENGTH);
    }
}
