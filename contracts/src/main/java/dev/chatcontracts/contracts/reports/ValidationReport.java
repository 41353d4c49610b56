package dev.chatcontracts.contracts.reports;

import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.OperationCoverage;
import dev.chatcontracts.contracts.findings.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of a validation run: one {@link ExchangeResult} per exchange or capture entry, in input
 * order, and the field coverage per operation; optionally what it ran against and a summary of the run
 * for the reports' headers.
 *
 * @param results one per exchange
 * @param coverage per operation seen, sorted by operation id
 * @param target what the run checked (a target described without credentials), or {@code null}
 * @param summary lines that describe the run ({@code pacts: 34 interactions, 24 verified, ...}), maybe empty
 */
public record ValidationReport(List<ExchangeResult> results, List<OperationCoverage> coverage, String target, List<String> summary) {

    public ValidationReport {
        results = List.copyOf(results);
        coverage = List.copyOf(coverage);
        summary = summary == null ? List.of() : List.copyOf(summary);
    }

    /** A report without target or summary. */
    public ValidationReport(List<ExchangeResult> results, List<OperationCoverage> coverage) {
        this(results, coverage, null, List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All findings of all exchanges, in order. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        for (ExchangeResult result : results) {
            all.addAll(result.findings());
        }
        return Collections.unmodifiableList(all);
    }

    /** How many findings of each severity (OFF excluded; every other severity present, maybe 0). */
    public Map<Severity, Long> countsBySeverity() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            if (severity != Severity.OFF) {
                counts.put(severity, 0L);
            }
        }
        for (ExchangeResult result : results) {
            for (Finding finding : result.findings()) {
                counts.merge(finding.severity(), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The count of findings with exactly {@code severity}. */
    public long count(Severity severity) {
        return countIn(results, severity);
    }

    /** Counts per operation, sorted by operation. */
    public List<OperationSummary> byOperation() {
        Map<String, List<ExchangeResult>> grouped = new TreeMap<>();
        results.forEach(r -> grouped.computeIfAbsent(r.operationLabel(), o -> new ArrayList<>()).add(r));
        List<OperationSummary> summaries = new ArrayList<>();
        grouped.forEach((operation, list) -> summaries.add(new OperationSummary(operation, list.size(),
                countIn(list, Severity.ERROR), countIn(list, Severity.WARNING), countIn(list, Severity.INFO))));
        return summaries;
    }

    /** The highest severity of any finding; empty when there are none. */
    public Optional<Severity> highestSeverity() {
        Severity highest = null;
        for (ExchangeResult result : results) {
            Severity theirs = result.highestSeverity().orElse(null);
            highest = highest == null || theirs != null && theirs.compareTo(highest) > 0 ? theirs : highest;
        }
        return Optional.ofNullable(highest);
    }

    /** How many results were not sent or not run ({@link ExchangeResult#ran()} false). */
    public long notRunCount() {
        long notRun = 0;
        for (ExchangeResult result : results) {
            notRun += result.ran() ? 0 : 1;
        }
        return notRun;
    }

    /**
     * The results by {@link ExchangeResult#group()}, groups in the order they first appear. A capture's results mostly
     * come in runs of one group, so a result of the last one's group joins its list without a lookup.
     */
    public Map<String, List<ExchangeResult>> byGroup() {
        Map<String, List<ExchangeResult>> groups = new LinkedHashMap<>();
        String lastGroup = null;
        List<ExchangeResult> last = null;
        for (ExchangeResult result : results) {
            String group = result.group();
            if (last == null || !Objects.equals(group, lastGroup)) {
                lastGroup = group;
                last = groups.get(group);
                if (last == null) {
                    last = new ArrayList<>();
                    groups.put(group, last);
                }
            }
            last.add(result);
        }
        return groups;
    }

    /** True when some finding is an ERROR: the run fails. */
    public boolean hasErrors() {
        for (ExchangeResult result : results) {
            if (!result.passed()) {
                return true;
            }
        }
        return false;
    }

    // loops, not streams, over the results (here and in the reports): a capture's 10,000 results went through each
    // pipeline while the JVM still interpreted it (benchmarks README, eighth pass)
    private static long countIn(List<ExchangeResult> list, Severity severity) {
        long count = 0;
        for (ExchangeResult result : list) {
            for (Finding finding : result.findings()) {
                count += finding.severity() == severity ? 1 : 0;
            }
        }
        return count;
    }

    /** Collects results in order. */
    public static final class Builder {
        private final List<ExchangeResult> results = new ArrayList<>();
        private final List<OperationCoverage> coverage = new ArrayList<>();
        private final List<String> summary = new ArrayList<>();
        private String target;

        private Builder() {
        }

        /** What the run checked, without credentials. */
        public Builder target(String target) {
            this.target = target;
            return this;
        }

        /** One more line of the run's summary. */
        public Builder summary(String line) {
            summary.add(line);
            return this;
        }

        public Builder add(ExchangeResult result) {
            results.add(result);
            return this;
        }

        public Builder addAll(List<ExchangeResult> more) {
            results.addAll(more);
            return this;
        }

        public Builder coverage(List<OperationCoverage> operations) {
            coverage.clear();
            coverage.addAll(operations);
            coverage.sort(Comparator.comparing(OperationCoverage::operationId));
            return this;
        }

        /** How many results so far. */
        public int size() {
            return results.size();
        }

        public ValidationReport build() {
            return new ValidationReport(results, coverage, target, summary);
        }
    }
}
