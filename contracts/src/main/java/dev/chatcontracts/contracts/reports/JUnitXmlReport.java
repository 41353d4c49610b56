package dev.chatcontracts.contracts.reports;

import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.ReportLimits;
import dev.chatcontracts.contracts.findings.Severity;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report in the JUnit XML shape Surefire writes and CI servers read: {@code <testsuites>} &gt; one
 * {@code <testsuite>} per {@link ExchangeResult#group() group} (a capture file, a pact file, a spec) &gt;
 * one {@code <testcase>} per result, with a {@code <failure>} listing its ERROR findings, or a {@code
 * <skipped>} when it was not sent or not run, and its other findings in {@code <system-out>}.
 *
 * <p>Names stay the same from run to run: the classname is {@code chat-contracts.<spec>.<operationId>}, the
 * name the result's {@link ExchangeResult#label() label} (an interaction's description, a step and the
 * request's method and path), never a port, a random id or a time; a label repeated within a testsuite gets
 * {@code " (2)"}, {@code " (3)"}, ... in order. Times are the results' durations in seconds, summed for the
 * testsuites. No timestamps or host names: the same results give the same file.
 */
public final class JUnitXmlReport implements StreamedReport {

    private static final String SUITE = "chat-contracts";

    /**
     * The testcase names of {@code results} (one testsuite): their labels (cut at {@link ReportLimits#TEXT_CHARS}),
     * repeats numbered in order.
     */
    public static List<String> testCaseNames(List<ExchangeResult> results) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> labels = new ArrayList<>(results.size());
        for (ExchangeResult result : results) {
            labels.add(ReportLimits.text(result.label()));
        }
        Set<String> taken = new HashSet<>(labels);
        if (taken.size() == labels.size()) {
            return Collections.unmodifiableList(labels); // no label repeats: each is its own name
        }
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>(results.size());
        for (String label : labels) {
            String name = label;
            int count = seen.merge(name, 1, Integer::sum);
            if (count > 1 || !used.add(name)) {
                String numbered;
                do {
                    numbered = name + " (" + count++ + ")";
                } while (taken.contains(numbered) || !used.add(numbered));
                seen.put(name, count - 1);
                name = numbered;
            }
            names.add(name);
        }
        return Collections.unmodifiableList(names);
    }

    /**
     * Seconds with three decimals, as Surefire writes them, rounded half up from the exact nanoseconds (one
     * testcase each: a format call apiece cost a tenth of the report's time on 10,000 exchanges).
     */
    static String seconds(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos < 0) {
            return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
        }
        long thousandths = nanos / 1_000_000 + (nanos % 1_000_000 >= 500_000 ? 1 : 0);
        long fraction = thousandths % 1000;
        return (thousandths / 1000) + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
    }

    /** Writes the report to {@code writer}, testcase by testcase (flushed, not closed). */
    @Override
    public void write(ValidationReport report, Writer writer) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(writer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            attributes(xml, SUITE, report.results());
            for (Map.Entry<String, List<ExchangeResult>> group : report.byGroup().entrySet()) {
                testSuite(xml, group.getKey(), group.getValue());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    private static void testSuite(XMLStreamWriter xml, String name, List<ExchangeResult> results) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        attributes(xml, name, results);
        List<String> names = testCaseNames(results);
        ClassNames classNames = new ClassNames();
        for (int i = 0; i < results.size(); i++) {
            testCase(xml, names.get(i), classNames.of(results.get(i)), results.get(i));
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void attributes(XMLStreamWriter xml, String name, List<ExchangeResult> results) throws XMLStreamException {
        long failures = 0;
        long skipped = 0;
        long nanos = 0;
        for (ExchangeResult result : results) {
            boolean passed = result.passed();
            failures += passed ? 0 : 1;
            skipped += passed && !result.ran() ? 1 : 0;
            nanos = Math.addExact(nanos, result.durationOrZero().toNanos());
        }
        xml.writeAttribute("name", Xml.legal(ReportLimits.text(name)));
        xml.writeAttribute("tests", String.valueOf(results.size()));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(skipped));
        xml.writeAttribute("time", seconds(Duration.ofNanos(nanos)));
    }

    private static void testCase(XMLStreamWriter xml, String name, String className, ExchangeResult result)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", className);
        xml.writeAttribute("name", Xml.legal(name));
        xml.writeAttribute("time", seconds(result.durationOrZero()));
        List<Finding> errors = result.findingsAtLeast(Severity.ERROR);
        if (!errors.isEmpty()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", errors.get(0).key());
            xml.writeAttribute("message", Xml.legal(failureMessage(errors)));
            details(xml, result, errors);
            xml.writeEndElement();
        } else if (!result.ran()) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", Xml.legal(ReportLimits.text(result.notRun())));
        }
        List<Finding> others = belowError(result.findings());
        if (!others.isEmpty()) {
            xml.writeStartElement("system-out");
            details(xml, result, others);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /**
     * The classname of each testcase, {@code chat-contracts.<spec>.<operation>}, made once for a run of results of
     * the same spec and operation (a capture file mostly repeats a few operations).
     */
    private static final class ClassNames {
        private String specName;
        private String operation;
        private String className;

        String of(ExchangeResult result) {
            String spec = result.specName() == null ? "unmatched" : result.specName();
            String label = result.operationLabel();
            if (className == null || !spec.equals(specName) || !label.equals(operation)) {
                specName = spec;
                operation = label;
                className = Xml.legal(ReportLimits.text(SUITE + "." + spec + "." + label));
            }
            return className;
        }
    }

    /** The findings that are not ERRORs, in order. */
    private static List<Finding> belowError(List<Finding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        List<Finding> below = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.severity() != Severity.ERROR) {
                below.add(finding);
            }
        }
        return below;
    }

    /** {@code N ERROR finding(s): key at pointer; ...}, naming the first {@link ReportLimits#FAILURE_HEADLINES}. */
    private static String failureMessage(List<Finding> errors) {
        String named = errors.stream().limit(ReportLimits.FAILURE_HEADLINES).map(JUnitXmlReport::headline)
                .collect(Collectors.joining("; "));
        int more = errors.size() - ReportLimits.FAILURE_HEADLINES;
        return errors.size() + " ERROR finding(s): " + named + (more > 0 ? "; and " + more + " more" : "");
    }

    private static String headline(Finding finding) {
        return finding.key() + (finding.pointer() == null ? ""
                : " at " + (finding.pointer().isEmpty() ? "(body)" : ReportLimits.cut(finding.pointer(), ReportLimits.VALUE_CHARS)));
    }

    /** The exchange (its URL, which may hold a port, is here and not in the name) and each finding, line by line. */
    private static void details(XMLStreamWriter xml, ExchangeResult result, List<Finding> findings) throws XMLStreamException {
        text(xml, "\n" + result.describe() + "\n");
        if (!result.ran()) {
            text(xml, "not run: " + ReportLimits.text(result.notRun()) + "\n");
        }
        for (Finding finding : findings) {
            text(xml, finding.summary() + "\n");
            if (finding.expected() != null || finding.actual() != null) {
                text(xml, "  expected: " + ReportLimits.value(finding.expected()) + "\n  actual:   "
                        + ReportLimits.value(finding.actual()) + "\n");
            }
            if (finding.schemaLocation() != null) {
                text(xml, "  schema:   " + ReportLimits.pointer(finding.schemaLocation()) + "\n");
            }
            if (finding.source() != null) {
                text(xml, "  source:   " + ReportLimits.text(finding.source().describe()) + "\n");
            }
        }
    }

    private static void text(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeCharacters(Xml.legal(text));
    }
}
