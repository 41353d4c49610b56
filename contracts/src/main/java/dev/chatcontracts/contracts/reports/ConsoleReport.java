package dev.chatcontracts.contracts.reports;

import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.OperationCoverage;
import dev.chatcontracts.contracts.findings.ReportLimits;
import dev.chatcontracts.contracts.findings.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The plain-text summary for a terminal: totals per severity, a table per operation, the findings
 * (ERROR and WARNING, at most {@link ReportLimits#CONSOLE_FINDINGS}; INFO only counted), the field coverage,
 * and the verdict. Quiet mode prints the totals and the verdict only. Written line by line; every value is
 * cut at its {@link ReportLimits limit} and its control characters escaped ({@link ConsoleText}).
 */
public final class ConsoleReport implements StreamedReport {

    private static final int MAX_PATHS = 8;

    private final boolean quiet;

    public ConsoleReport(boolean quiet) {
        this.quiet = quiet;
    }

    /** Writes the report to {@code out}, line by line (not flushed, not closed). */
    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        totals(report, out);
        if (!quiet) {
            operations(report, out);
            findings(report, out);
            coverage(report, out);
        }
        out.write(report.hasErrors() ? "RESULT: FAILED (" + report.count(Severity.ERROR) + " ERROR findings)\n" : "RESULT: PASSED\n");
    }

    private static void totals(ValidationReport report, Writer out) throws IOException {
        Map<Severity, Long> counts = report.countsBySeverity();
        long notRun = report.notRunCount();
        out.write("chat-contracts: " + report.results().size() + " exchanges checked; " + counts.get(Severity.ERROR) + " ERROR, "
                + counts.get(Severity.WARNING) + " WARNING, " + counts.get(Severity.INFO) + " INFO"
                + (notRun == 0 ? "" : "; " + notRun + " not run") + "\n");
    }

    private static void operations(ValidationReport report, Writer out) throws IOException {
        out.write(String.format("%n%-32s %9s %7s %8s %6s%n", "OPERATION", "EXCHANGES", "ERROR", "WARNING", "INFO"));
        for (OperationSummary summary : report.byOperation()) {
            out.write(String.format("%-32s %9d %7d %8d %6d%n", text(summary.operation()), summary.exchanges(),
                    summary.errors(), summary.warnings(), summary.infos()));
        }
    }

    private static void findings(ValidationReport report, Writer out) throws IOException {
        boolean headed = false;
        int printed = 0;
        for (ExchangeResult result : report.results()) {
            List<Finding> shown = result.findingsAtLeast(Severity.WARNING);
            if (shown.isEmpty()) {
                continue;
            }
            if (!headed) {
                out.write("\nFINDINGS (ERROR and WARNING)\n");
                headed = true;
            }
            String what = result.ran() ? ConsoleText.escape(result.describe()) : text(result.label());
            out.write("- " + text(result.operationLabel()) + ": " + what
                    + (result.source() == null ? "" : "  [" + text(result.source().describe()) + "]") + "\n");
            for (Finding finding : shown) {
                if (printed++ == ReportLimits.CONSOLE_FINDINGS) {
                    out.write("  ... more findings left out; see the JUnit XML or HTML report\n");
                    return;
                }
                out.write("    " + ConsoleText.escape(finding.summary()) + expectation(finding) + "\n");
            }
        }
    }

    private static String expectation(Finding finding) {
        if (finding.expected() == null && finding.actual() == null) {
            return "";
        }
        return " (expected " + ConsoleText.escape(finding.expected(), ReportLimits.VALUE_CHARS) + ", actual "
                + ConsoleText.escape(finding.actual(), ReportLimits.VALUE_CHARS) + ")";
    }

    private static void coverage(ValidationReport report, Writer out) throws IOException {
        if (report.coverage().isEmpty()) {
            return;
        }
        out.write("\nFIELD COVERAGE (responses)\n");
        for (OperationCoverage operation : report.coverage()) {
            out.write(String.format("%-32s %d documented fields never seen, %d undocumented fields seen%s%n",
                    text(operation.operationId()), operation.documentedNeverSeen().size(), operation.seenUndocumented().size(),
                    operation.seenUndocumented().isEmpty() ? "" : ": " + firstFew(operation.seenUndocumented())));
        }
    }

    private static String firstFew(Collection<String> paths) {
        List<String> list = paths.stream().limit(MAX_PATHS).map(p -> ConsoleText.escape(p, ReportLimits.VALUE_CHARS)).toList();
        return String.join(", ", list) + (paths.size() > MAX_PATHS ? ", ..." : "");
    }

    private static String text(String text) {
        return ConsoleText.escape(text, ReportLimits.TEXT_CHARS);
    }
}
