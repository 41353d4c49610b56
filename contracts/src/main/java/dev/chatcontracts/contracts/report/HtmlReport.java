package dev.chatcontracts.contracts.report;

import dev.chatcontracts.contracts.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML page of the report: inline CSS, no scripts, no external assets; every value
 * escaped. Sections: the verdict with the target and the run's summary, totals (passed / failed / not run,
 * findings per severity), groups (the JUnit testsuites), operations, field coverage, and the findings of each
 * exchange (exchanges without findings are only counted).
 */
public final class HtmlReport {

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

    /** Writes the page to {@code file} (UTF-8), creating parent folders. */
    public void write(ValidationReport report, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    public String render(ValidationReport report) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>chat-contracts report</title><style>").append(CSS).append("</style></head><body>\n");
        totals(report, html);
        groups(report, html);
        operations(report, html);
        coverage(report, html);
        exchanges(report, html);
        return html.append("</body></html>\n").toString();
    }

    private static void totals(ValidationReport report, StringBuilder html) {
        Map<Severity, Long> counts = report.countsBySeverity();
        html.append("<h1>chat-contracts report</h1>\n");
        if (report.target() != null) {
            html.append("<p>Target: <code class=\"value\">").append(e(report.target())).append("</code></p>\n");
        }
        if (!report.summary().isEmpty()) {
            html.append("<ul class=\"summary\">");
            report.summary().forEach(line -> html.append("<li>").append(e(line)).append("</li>"));
            html.append("</ul>\n");
        }
        long failed = report.results().stream().filter(r -> !r.passed()).count();
        long notRun = report.results().stream().filter(r -> r.passed() && !r.ran()).count();
        html.append("<p class=\"").append(report.hasErrors() ? "failed" : "passed")
                .append("\"><strong>").append(report.hasErrors() ? "FAILED" : "PASSED").append("</strong>: ")
                .append(report.results().size()).append(" exchanges checked: ")
                .append(report.results().size() - failed - notRun).append(" passed, ").append(failed).append(" failed, ")
                .append(notRun).append(" not run; ");
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            html.append("<span class=\"badge ").append(severity).append("\">").append(counts.get(severity)).append(' ')
                    .append(severity).append("</span> ");
        }
        html.append("</p>\n");
    }

    private static void groups(ValidationReport report, StringBuilder html) {
        Map<String, List<ExchangeResult>> groups = report.byGroup();
        if (groups.size() < 2) {
            return;
        }
        html.append("<h2>Groups</h2>\n<table><tr><th>group</th><th>exchanges</th><th>passed</th><th>failed</th>")
                .append("<th>not run</th><th>seconds</th></tr>\n");
        groups.forEach((name, results) -> {
            long failed = results.stream().filter(r -> !r.passed()).count();
            long notRun = results.stream().filter(r -> r.passed() && !r.ran()).count();
            java.time.Duration time = results.stream().map(ExchangeResult::durationOrZero).reduce(java.time.Duration.ZERO,
                    java.time.Duration::plus);
            html.append("<tr><td><code class=\"value\">").append(e(name)).append("</code></td><td>").append(results.size())
                    .append("</td><td>").append(results.size() - failed - notRun).append("</td><td>").append(failed)
                    .append("</td><td>").append(notRun).append("</td><td>").append(JUnitXmlReport.seconds(time)).append("</td></tr>\n");
        });
        html.append("</table>\n");
    }

    private static void operations(ValidationReport report, StringBuilder html) {
        html.append("<h2>Operations</h2>\n<table><tr><th>operation</th><th>exchanges</th><th>ERROR</th><th>WARNING</th>")
                .append("<th>INFO</th></tr>\n");
        for (OperationSummary summary : report.byOperation()) {
            html.append("<tr><td><code class=\"key\">").append(e(summary.operation())).append("</code></td><td>").append(summary.exchanges())
                    .append("</td><td>").append(summary.errors()).append("</td><td>").append(summary.warnings())
                    .append("</td><td>").append(summary.infos()).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void coverage(ValidationReport report, StringBuilder html) {
        if (report.coverage().isEmpty()) {
            return;
        }
        html.append("<h2>Field coverage (responses)</h2>\n<table><tr><th>operation</th><th>exchanges</th>")
                .append("<th>documented, never seen</th><th>seen, undocumented</th></tr>\n");
        for (OperationCoverage operation : report.coverage()) {
            html.append("<tr><td><code class=\"key\">").append(e(operation.operationId())).append("</code></td><td>")
                    .append(operation.exchanges()).append("</td><td>").append(paths(operation.documentedNeverSeen()))
                    .append("</td><td>").append(paths(operation.seenUndocumented())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String paths(java.util.Set<String> paths) {
        if (paths.isEmpty()) {
            return "0";
        }
        StringBuilder cell = new StringBuilder().append(paths.size()).append("<details><summary>fields</summary>");
        paths.forEach(p -> cell.append("<code class=\"value\">").append(e(p)).append("</code><br>"));
        return cell.append("</details>").toString();
    }

    private static void exchanges(ValidationReport report, StringBuilder html) {
        html.append("<h2>Findings</h2>\n");
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
            html.append("<p class=\"passed\">No findings.</p>\n");
        }
    }

    private static void exchange(int position, ExchangeResult result, StringBuilder html) {
        html.append("<div class=\"exchange\">#").append(position).append(' ').append(e(result.operationLabel()))
                .append(": ").append(e(result.label())).append(" <code class=\"value\">").append(e(result.describe())).append("</code>");
        if (result.source() != null) {
            html.append(" <small class=\"value\">").append(e(result.source().describe())).append("</small>");
        }
        if (!result.ran()) {
            html.append(" <span class=\"notrun\">not run: ").append(e(result.notRun())).append("</span>");
        }
        html.append("</div>\n<table><tr><th>severity</th><th>key</th><th>field</th><th>expected</th><th>actual</th>")
                .append("<th>message</th><th>schema</th></tr>\n");
        for (Finding finding : result.findings()) {
            html.append("<tr class=\"").append(finding.severity()).append("\"><td>").append(finding.severity())
                    .append("</td><td class=\"key\"><code>").append(e(finding.key())).append("</code></td><td><code class=\"value\">")
                    .append(e(finding.pointer())).append("</code></td><td class=\"value\">").append(e(finding.expected()))
                    .append("</td><td><code class=\"value\">").append(e(finding.actual())).append("</code></td><td class=\"value\">")
                    .append(e(finding.message())).append("</td><td><code class=\"value\">").append(e(finding.schemaLocation()))
                    .append("</code></td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String e(String text) {
        return text == null ? "" : Xml.escapeHtml(text);
    }
}
