package dev.chatcontracts.contracts.findings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.exchange.ValueText;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one exchange, giving each its severity from the policy and dropping the
 * ones set to {@code OFF}.
 */
public final class FindingSink {

    private final SeverityPolicy policy;
    private final ExchangeSource source;
    private final List<Finding> findings = new ArrayList<>();
    private String operationId;

    public FindingSink(SeverityPolicy policy, ExchangeSource source) {
        this.policy = policy;
        this.source = source;
    }

    public void operationId(String id) {
        this.operationId = id;
    }

    /** Starts a finding with the severity, operation and source filled in. */
    public Finding.Builder start(String key) {
        return Finding.builder(key).severity(policy.severityOf(key)).operationId(operationId).source(source);
    }

    /** The policy's severity of {@code key}. */
    public Severity severityOf(String key) {
        return policy.severityOf(key);
    }

    public void add(Finding.Builder finding) {
        Finding built = finding.build();
        if (built.severity() != Severity.OFF) {
            findings.add(built);
        }
    }

    /** A finding not about a field, its message the key's template with these values ({@code name, value...}). */
    public void add(String key, String expected, String actual, Object... namesAndValues) {
        add(start(key).expected(expected).actual(actual).args(namesAndValues));
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** A value for people: {@link ValueText#readable(JsonNode)}. */
    public static String render(JsonNode value) {
        return ValueText.readable(value);
    }
}
