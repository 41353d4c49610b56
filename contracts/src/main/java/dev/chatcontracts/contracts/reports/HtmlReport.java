package dev.chatcontracts.contracts.reports;

import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.OperationCoverage;
import dev.chatcontracts.contracts.findings.ReportLimits;
import dev.chatcontracts.contracts.findings.Severity;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A self-contained HTML page of the report: inline CSS, no scripts, no external assets; every value
 * escaped. Sections: the verdict with the target and the run's summary, totals (passed / failed / not run,
 * findings per severity), groups (the JUnit testsuites), operations, field coverage, and the findings of each
 * exchange (exchanges without findings are only counted). Written as a stream, exchange by exchange; every value
 * is cut at its {@link ReportLimits limit} before it is escaped.
 */
public final class HtmlReport implements StreamedReport {

    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em;color:#1b1f24}
            h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
            table{border-collapse:collapse;width:100%;margin:.5em 0}
            th,td{border:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f6f8fa}code{font:12px ui-monospace,Menlo,Consolas,monospace;word-break:normal}
            .value{overflow-wrap:anywhere}.key{white-space:nowrap}.notrun{color:#4d2d00;font-weight:400}
            .ERROR{background:#ffebe9;color:#82071e}.WARNING{background:#fff8c5;color:#4d2d00}
            .INFO{background:#ddf4ff;color:#0a3069}.badge{padding:.1em .5em;border-radius:1em;font-weight:600}
            .passed{color:#116329}.failed{color:#82071e}.exchange{margin:1em 0 .3em;font-weight:600}
            """;

    /** Writes the page to {@code html} (not flushed, not closed). */
    @Override
    public void write(ValidationReport report, Writer html) throws IOException {
        html.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.write("<title>chat-contracts report</title><style>" + CSS + "</style></head><body>\n");
        totals(report, html);
        groups(report, html);
        operations(report, html);
        coverage(report, html);
        exchanges(report, html);
        html.write("</body></html>\n");
    }

    private static void totals(ValidationReport report, Writer html) throws IOException {
        Map<Severity, Long> counts = report.countsBySeverity();
        html.write("<h1>chat-contracts report</h1>\n");
        if (report.target() != null) {
            html.write("<p>Target: <code class=\"value\">" + t(report.target()) + "</code></p>\n");
        }
        if (!report.summary().isEmpty()) {
            html.write("<ul class=\"summary\">");
            for (String line : report.summary()) {
                html.write("<li>" + t(line) + "</li>");
            }
            html.write("</ul>\n");
        }
        long failed = report.results().stream().filter(r -> !r.passed()).count();
        long notRun = report.results().stream().filter(r -> r.passed() && !r.ran()).count();
        StringBuilder line = new StringBuilder().append("<p class=\"").append(report.hasErrors() ? "failed" : "passed")
                .append("\"><strong>").append(report.hasErrors() ? "FAILED" : "PASSED").append("</strong>: ")
                .append(report.results().size()).append(" exchanges checked: ")
                .append(report.results().size() - failed - notRun).append(" passed, ").append(failed).append(" failed, ")
                .append(notRun).append(" not run; ");
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            line.append("<span class=\"badge ").append(severity).append("\">").append(counts.get(severity)).append(' ')
                    .append(severity).append("</span> ");
        }
        html.write(line.append("</p>\n").toString());
    }

    private static void groups(ValidationReport report, Writer html) throws IOException {
        Map<String, List<ExchangeResult>> groups = report.byGroup();
        if (groups.size() < 2) {
            return;
        }
        html.write("<h2>Groups</h2>\n<table><tr><th>group</th><th>exchanges</th><th>passed</th><th>failed</th>"
                + "<th>not run</th><th>seconds</th></tr>\n");
        for (Map.Entry<String, List<ExchangeResult>> group : groups.entrySet()) {
            List<ExchangeResult> results = group.getValue();
            long failed = results.stream().filter(r -> !r.passed()).count();
            long notRun = results.stream().filter(r -> r.passed() && !r.ran()).count();
            Duration time = results.stream().map(ExchangeResult::durationOrZero).reduce(Duration.ZERO, Duration::plus);
            html.write("<tr><td><code class=\"value\">" + t(group.getKey()) + "</code></td><td>" + results.size()
                    + "</td><td>" + (results.size() - failed - notRun) + "</td><td>" + failed
                    + "</td><td>" + notRun + "</td><td>" + JUnitXmlReport.seconds(time) + "</td></tr>\n");
        }
        html.write("</table>\n");
    }

    private static void operations(ValidationReport report, Writer html) throws IOException {
        html.write("<h2>Operations</h2>\n<table><tr><th>operation</th><th>exchanges</th><th>ERROR</th><th>WARNING</th>"
                + "<th>INFO</th></tr>\n");
        for (OperationSummary summary : report.byOperation()) {
            html.write("<tr><td><code class=\"key\">" + t(summary.operation()) + "</code></td><td>" + summary.exchanges()
                    + "</td><td>" + summary.errors() + "</td><td>" + summary.warnings()
                    + "</td><td>" + summary.infos() + "</td></tr>\n");
        }
        html.write("</table>\n");
    }

    private static void coverage(ValidationReport report, Writer html) throws IOException {
        if (report.coverage().isEmpty()) {
            return;
        }
        html.write("<h2>Field coverage (responses)</h2>\n<table><tr><th>operation</th><th>exchanges</th>"
                + "<th>documented, never seen</th><th>seen, undocumented</th></tr>\n");
        for (OperationCoverage operation : report.coverage()) {
            html.write("<tr><td><code class=\"key\">" + t(operation.operationId()) + "</code></td><td>" + operation.exchanges()
                    + "</td><td>");
            paths(operation.documentedNeverSeen(), html);
            html.write("</td><td>");
            paths(operation.seenUndocumented(), html);
            html.write("</td></tr>\n");
        }
        html.write("</table>\n");
    }

    private static void paths(Set<String> paths, Writer html) throws IOException {
        if (paths.isEmpty()) {
            html.write("0");
            return;
        }
        html.write(paths.size() + "<details><summary>fields</summary>");
        for (String path : paths) {
            html.write("<code class=\"value\">" + p(path) + "</code><br>");
        }
        html.write("</details>");
    }

    private static void exchanges(ValidationReport report, Writer html) throws IOException {
        html.write("<h2>Findings</h2>\n");
        List<ExchangeResult> results = report.results();
        boolean any = false;
        for (int i = 0; i < results.size(); i++) {
            ExchangeResult result = results.get(i);
            if (!result.findings().isEmpty()) {
                any = true;
                exchange(i + 1, result, html);
            }
        }
        if (!any) {
            html.write("<p class=\"passed\">No findings.</p>\n");
        }
    }

    private static void exchange(int position, ExchangeResult result, Writer html) throws IOException {
        html.write("<div class=\"exchange\">#" + position + " " + t(result.operationLabel()) + ": " + t(result.label())
                + " <code class=\"value\">" + e(result.describe()) + "</code>");
        if (result.source() != null) {
            html.write(" <small class=\"value\">" + t(result.source().describe()) + "</small>");
        }
        if (!result.ran()) {
            html.write(" <span class=\"notrun\">not run: " + t(result.notRun()) + "</span>");
        }
        html.write("</div>\n<table><tr><th>severity</th><th>key</th><th>field</th><th>expected</th><th>actual</th>"
                + "<th>message</th><th>schema</th></tr>\n");
        for (Finding finding : result.findings()) {
            html.write("<tr class=\"" + finding.severity() + "\"><td>" + finding.severity()
                    + "</td><td class=\"key\"><code>" + t(finding.key()) + "</code></td><td><code class=\"value\">"
                    + p(finding.pointer()) + "</code></td><td class=\"value\">" + v(finding.expected())
                    + "</td><td><code class=\"value\">" + v(finding.actual()) + "</code></td><td class=\"value\">"
                    + t(finding.message()) + "</td><td><code class=\"value\">" + p(finding.schemaLocation())
                    + "</code></td></tr>\n");
        }
        html.write("</table>\n");
    }

    /** Escaped as it is (a text already cut, such as {@link ExchangeResult#describe()}). */
    private static String e(String text) {
        return text == null ? "" : Xml.escapeHtml(text);
    }

    private static String t(String text) {
        return e(ReportLimits.text(text));
    }

    private static String v(String value) {
        return e(ReportLimits.value(value));
    }

    private static String p(String pointer) {
        return e(ReportLimits.pointer(pointer));
    }
}
