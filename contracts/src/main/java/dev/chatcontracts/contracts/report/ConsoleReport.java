package dev.chatcontracts.contracts.report;

import dev.chatcontracts.contracts.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * The plain-text summary for a terminal: totals per severity, a table per operation, the findings
 * (ERROR and WARNING; INFO only counted), the field coverage, and the verdict. Quiet mode prints the
 * totals and the verdict only.
 */
public final class ConsoleReport {

    private static final int MAX_FINDINGS = 200;
    private static final int MAX_PATHS = 8;

    private final boolean quiet;

    public ConsoleReport(boolean quiet) {
        this.quiet = quiet;
    }

    public String render(ValidationReport report) {
        StringBuilder out = new StringBuilder();
        totals(report, out);
        if (!quiet) {
            operations(report, out);
            findings(report, out);
            coverage(report, out);
        }
        out.append(report.hasErrors() ? "RESULT: FAILED (" + report.count(Severity.ERROR) + " ERROR findings)"
                : "RESULT: PASSED").append('\n');
        return out.toString();
    }

    private static void totals(ValidationReport report, StringBuilder out) {
        Map<Severity, Long> counts = report.countsBySeverity();
        out.append("chat-contracts: ").append(report.results().size()).append(" exchanges checked; ")
                .append(counts.get(Severity.ERROR)).append(" ERROR, ")
                .append(counts.get(Severity.WARNING)).append(" WARNING, ")
                .append(counts.get(Severity.INFO)).append(" INFO");
        long notRun = report.notRunCount();
        out.append(notRun == 0 ? "" : "; " + notRun + " not run").append('\n');
    }

    private static void operations(ValidationReport report, StringBuilder out) {
        out.append(String.format("%n%-32s %9s %7s %8s %6s%n", "OPERATION", "EXCHANGES", "ERROR", "WARNING", "INFO"));
        for (OperationSummary summary : report.byOperation()) {
            out.append(String.format("%-32s %9d %7d %8d %6d%n", summary.operation(), summary.exchanges(),
                    summary.errors(), summary.warnings(), summary.infos()));
        }
    }

    private static void findings(ValidationReport report, StringBuilder out) {
        List<ExchangeResult> failing = report.results().stream()
                .filter(r -> !r.findingsAtLeast(Severity.WARNING).isEmpty()).toList();
        if (failing.isEmpty()) {
            return;
        }
        out.append("\nFINDINGS (ERROR and WARNING)\n");
        int printed = 0;
        for (ExchangeResult result : failing) {
            out.append("- ").append(result.operationLabel()).append(": ").append(result.ran() ? result.describe() : result.label());
            out.append(result.source() == null ? "" : "  [" + result.source().describe() + "]").append('\n');
            for (Finding finding : result.findingsAtLeast(Severity.WARNING)) {
                if (printed++ == MAX_FINDINGS) {
                    out.append("  ... more findings left out; see the JUnit XML or HTML report\n");
                    return;
                }
                out.append("    ").append(finding.summary()).append(expectation(finding)).append('\n');
            }
        }
    }

    private static String expectation(Finding finding) {
        if (finding.expected() == null && finding.actual() == null) {
            return "";
        }
        return " (expected " + finding.expected() + ", actual " + finding.actual() + ")";
    }

    private static void coverage(ValidationReport report, StringBuilder out) {
        if (report.coverage().isEmpty()) {
            return;
        }
        out.append("\nFIELD COVERAGE (responses)\n");
        for (OperationCoverage operation : report.coverage()) {
            out.append(String.format("%-32s %d documented fields never seen, %d undocumented fields seen%s%n",
                    operation.operationId(), operation.documentedNeverSeen().size(), operation.seenUndocumented().size(),
                    operation.seenUndocumented().isEmpty() ? "" : ": " + firstFew(operation.seenUndocumented())));
        }
    }

    private static String firstFew(java.util.Collection<String> paths) {
        List<String> list = paths.stream().limit(MAX_PATHS).toList();
        return String.join(", ", list) + (paths.size() > MAX_PATHS ? ", ..." : "");
    }
}
