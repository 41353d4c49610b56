package dev.chatcontracts.contracts.reports;

import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.ReportLimits;
import dev.chatcontracts.contracts.findings.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What the engine found in one exchange (or one capture entry it could not read, one pact interaction,
 * one step that was not run).
 *
 * @param specName the spec whose operation matched, or {@code null}
 * @param operationId the matched operation, or {@code null}
 * @param method the request method, or {@code null} when the entry was unreadable
 * @param url the request URL, redacted, or {@code null}
 * @param status the response status, or {@code null}
 * @param source the capture file and entry, or {@code null}
 * @param findings what is wrong, in the order found; empty when the exchange conforms
 * @param label a name for reports that stays the same from run to run (the JUnit testcase name): never a
 *     host, port, random id or time. Default: the request's method and path ({@code GET /api/v2/chat/agents/me},
 *     no host, no query), prefixed with the file's name for a file that holds one exchange; the source for an
 *     entry without a request line
 * @param group the group of results it is reported in (the JUnit testsuite). Default: the source's file,
 *     else the spec, else {@code chat-contracts}
 * @param duration how long it took (the exchange on the wire when it was made in this run, plus its
 *     validation), or {@code null} when unknown
 * @param notRun why the exchange was not sent or the step not run (a read-only target, a provider state
 *     that cannot be made true, no target for the spec), or {@code null} when it ran
 */
public record ExchangeResult(
        String specName,
        String operationId,
        String method,
        String url,
        Integer status,
        ExchangeSource source,
        List<Finding> findings,
        String label,
        String group,
        Duration duration,
        String notRun) {

    private static final String DEFAULT_GROUP = "chat-contracts";

    public ExchangeResult {
        findings = List.copyOf(findings);
        label = label == null || label.isBlank() ? defaultLabel(method, url, source) : label;
        group = group == null || group.isBlank() ? defaultGroup(source, specName) : group;
        duration = duration == null || !duration.isNegative() ? duration : Duration.ZERO;
    }

    /** A result that ran, with the default label and group and no duration (the fields before labels existed). */
    public ExchangeResult(String specName, String operationId, String method, String url, Integer status, ExchangeSource source,
            List<Finding> findings) {
        this(specName, operationId, method, url, status, source, findings, null, null, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this result's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder().specName(specName).operationId(operationId).method(method).url(url).status(status).source(source)
                .addFindings(findings).label(label).group(group).duration(duration).notRun(notRun);
    }

    /** The highest severity among the findings, empty when there are none. */
    public Optional<Severity> highestSeverity() {
        Severity highest = null;
        for (Finding finding : findings) {
            highest = highest == null || finding.severity().compareTo(highest) > 0 ? finding.severity() : highest;
        }
        return Optional.ofNullable(highest);
    }

    /** True when no finding is an ERROR. */
    public boolean passed() {
        for (Finding finding : findings) {
            if (finding.severity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
    }

    /** True unless the exchange was not sent or the step not run ({@link #notRun()}). */
    public boolean ran() {
        return notRun == null;
    }

    /** The duration, zero when unknown. */
    public Duration durationOrZero() {
        return duration == null ? Duration.ZERO : duration;
    }

    /** The findings with at least {@code severity}. */
    public List<Finding> findingsAtLeast(Severity severity) {
        if (findings.isEmpty()) {
            return List.of();
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.severity().atLeast(severity)) {
                kept.add(finding);
            }
        }
        return Collections.unmodifiableList(kept);
    }

    /** {@code listChats} or, when nothing matched, {@code (no operation)}. */
    public String operationLabel() {
        return operationId == null ? "(no operation)" : operationId;
    }

    /**
     * {@code GET https://…/chats -> 200}, or the source when the entry could not be read, or the label of what did
     * not run; each part cut at {@link ReportLimits#TEXT_CHARS}.
     */
    public String describe() {
        if (method == null || url == null) {
            if (source != null) {
                return ReportLimits.text(source.describe());
            }
            return notRun != null ? ReportLimits.text(label) : "(unreadable exchange)";
        }
        return ReportLimits.text(method) + " " + ReportLimits.text(url) + (status == null ? "" : " -> " + status);
    }

    private static String defaultLabel(String method, String url, ExchangeSource source) {
        if (method == null || url == null) {
            return source == null ? "(unreadable exchange)" : source.describe();
        }
        String line = method + " " + pathOf(url);
        if (source != null && source.entry() == null) {
            return fileName(source.file()) + ": " + line;
        }
        return line;
    }

    private static String defaultGroup(ExchangeSource source, String specName) {
        if (source != null) {
            return source.file();
        }
        return specName == null ? DEFAULT_GROUP : specName;
    }

    /** The path of a URL: without scheme, user info, host, port, query and fragment (no pattern: once per exchange). */
    static String pathOf(String url) {
        String trimmed = url.trim();
        int start = pathStart(trimmed);
        int end = start;
        while (end < trimmed.length() && trimmed.charAt(end) != '?' && trimmed.charAt(end) != '#') {
            end++;
        }
        return end == start ? "/" : trimmed.substring(start, end);
    }

    /** Where {@code url}'s part after {@code scheme://authority} starts: 0 when it does not start with them. */
    private static int pathStart(String url) {
        int separator = url.indexOf("://");
        if (separator <= 0 || !isScheme(url, separator)) {
            return 0;
        }
        int end = separator + 3;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != '?' && url.charAt(end) != '#') {
            end++;
        }
        return end;
    }

    /** Whether {@code url}'s first {@code length} characters are a URI scheme (a letter, then letters, digits, {@code +.-}). */
    private static boolean isScheme(String url, int length) {
        if (!isAsciiLetter(url.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = url.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static String fileName(String file) {
        String name = file.replace('\\', '/');
        return name.endsWith("/") || name.lastIndexOf('/') < 0 ? name : name.substring(name.lastIndexOf('/') + 1);
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
        private String label;
        private String group;
        private Duration duration;
        private String notRun;

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

        /** A name that stays the same from run to run; see {@link ExchangeResult#label()}. Default: derived. */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /** The report group (JUnit testsuite); see {@link ExchangeResult#group()}. Default: derived. */
        public Builder group(String group) {
            this.group = group;
            return this;
        }

        public Builder duration(Duration duration) {
            this.duration = duration;
            return this;
        }

        /** Marks the result as not sent / not run, with the reason. */
        public Builder notRun(String reason) {
            this.notRun = reason;
            return this;
        }

        public ExchangeResult build() {
            return new ExchangeResult(specName, operationId, method, url, status, source, findings, label, group, duration, notRun);
        }
    }
}
