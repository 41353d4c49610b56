package dev.chatcontracts.contracts.report;

import dev.chatcontracts.contracts.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report in the JUnit XML format CI servers read: one {@code <testcase>} per exchange (named after
 * its position, request line and status; classed by spec and operation), a {@code <failure>} listing
 * its ERROR findings, and its WARNING and INFO findings in {@code <system-out>}.
 */
public final class JUnitXmlReport {

    private static final String SUITE = "chat-contracts";

    /** Writes the report to {@code file} (UTF-8), creating parent folders. */
    public void write(ValidationReport report, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (OutputStream out = Files.newOutputStream(file);
                Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            write(report, writer);
        }
    }

    public String render(ValidationReport report) {
        StringWriter text = new StringWriter();
        try {
            write(report, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    private void write(ValidationReport report, Writer writer) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            long failures = report.results().stream().filter(r -> !r.passed()).count();
            xml.writeStartElement("testsuites");
            suiteAttributes(xml, report.results().size(), failures);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            suiteAttributes(xml, report.results().size(), failures);
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", "0");
            List<ExchangeResult> results = report.results();
            for (int i = 0; i < results.size(); i++) {
                testCase(xml, i + 1, results.get(i));
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    private static void suiteAttributes(XMLStreamWriter xml, int tests, long failures) throws XMLStreamException {
        xml.writeAttribute("name", SUITE);
        xml.writeAttribute("tests", String.valueOf(tests));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
    }

    private static void testCase(XMLStreamWriter xml, int position, ExchangeResult result) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", Xml.legal(SUITE + "." + (result.specName() == null ? "unmatched" : result.specName())
                + "." + result.operationLabel()));
        xml.writeAttribute("name", Xml.legal("#" + position + " " + result.describe()
                + (result.source() == null ? "" : " [" + result.source().describe() + "]")));
        xml.writeAttribute("time", "0");
        List<Finding> errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", errors.get(0).key());
            xml.writeAttribute("message", Xml.legal(errors.size() + " ERROR finding(s): "
                    + errors.stream().map(JUnitXmlReport::headline).collect(Collectors.joining("; "))));
            xml.writeCharacters(Xml.legal(details(errors)));
            xml.writeEndElement();
        }
        List<Finding> others = result.findings().stream().filter(f -> f.severity() != Severity.ERROR).toList();
        if (!others.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(Xml.legal(details(others)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String headline(Finding finding) {
        return finding.key() + (finding.pointer() == null ? "" : " at " + (finding.pointer().isEmpty() ? "(body)" : finding.pointer()));
    }

    private static String details(List<Finding> findings) {
        StringBuilder text = new StringBuilder("\n");
        for (Finding finding : findings) {
            text.append(finding.summary()).append('\n');
            if (finding.expected() != null || finding.actual() != null) {
                text.append("  expected: ").append(finding.expected()).append("\n  actual:   ").append(finding.actual()).append('\n');
            }
            if (finding.schemaLocation() != null) {
                text.append("  schema:   ").append(finding.schemaLocation()).append('\n');
            }
            if (finding.source() != null) {
                text.append("  source:   ").append(finding.source().describe()).append('\n');
            }
        }
        return text.toString();
    }
}
