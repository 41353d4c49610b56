package dev.chatcontracts.contracts.report;

import dev.chatcontracts.contracts.engine.ExchangeSource;
import dev.chatcontracts.contracts.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the engine found in one exchange (or one capture entry it could not read).
 *
 * @param specName the spec whose operation matched, or {@code null}
 * @param operationId the matched operation, or {@code null}
 * @param method the request method, or {@code null} when the entry was unreadable
 * @param url the request URL, redacted, or {@code null}
 * @param status the response status, or {@code null}
 * @param source the capture file and entry, or {@code null}
 * @param findings what is wrong, in the order found; empty when the exchange conforms
 */
public record ExchangeResult(
        String specName,
        String operationId,
        String method,
        String url,
        Integer status,
        ExchangeSource source,
        List<Finding> findings) {

    public ExchangeResult {
        findings = List.copyOf(findings);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The highest severity among the findings, empty when there are none. */
    public Optional<Severity> highestSeverity() {
        return findings.stream().map(Finding::severity).max(Comparator.naturalOrder());
    }

    /** True when no finding is an ERROR. */
    public boolean passed() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The findings with at least {@code severity}. */
    public List<Finding> findingsAtLeast(Severity severity) {
        return findings.stream().filter(f -> f.severity().atLeast(severity)).toList();
    }

    /** {@code listChats} or, when nothing matched, {@code (no operation)}. */
    public String operationLabel() {
        return operationId == null ? "(no operation)" : operationId;
    }

    /** {@code GET https://…/chats -> 200}, or the source when the entry could not be read. */
    public String describe() {
        if (method == null || url == null) {
            return source == null ? "(unreadable exchange)" : source.describe();
        }
        return method + " " + url + (status == null ? "" : " -> " + status);
    }

    /** Builds an {@link ExchangeResult}. */
    public static final class Builder {
        private String specName;
        private String operationId;
        private String method;
        private String url;
        private Integer status;
        private ExchangeSource source;
        private final List<Finding> findings = new ArrayList<>();

        private Builder() {
        }

        public Builder specName(String specName) {
            this.specName = specName;
            return this;
        }

        public Builder operationId(String operationId) {
            this.operationId = operationId;
            return this;
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder status(Integer status) {
            this.status = status;
            return this;
        }

        public Builder source(ExchangeSource source) {
            this.source = source;
            return this;
        }

        public Builder addFinding(Finding finding) {
            findings.add(finding);
            return this;
        }

        public Builder addFindings(List<Finding> more) {
            findings.addAll(more);
            return this;
        }

        public ExchangeResult build() {
            return new ExchangeResult(specName, operationId, method, url, status, source, findings);
        }
    }
}
