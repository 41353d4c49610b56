package dev.chatcontracts.contracts.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.ReportLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The report limits: one cut with a visible marker, safe for surrogates and escaping, in every report, written as a stream. */
class ReportLimitsTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void aShortTextStaysAndALongOneIsCutWithItsFullLength() {
        String url = "a".repeat(20_971_520);

        assertThat(ReportLimits.text("short")).isEqualTo("short");
        assertThat(ReportLimits.text(null)).isNull();
        assertThat(ReportLimits.text(url)).isEqualTo("a".repeat(ReportLimits.TEXT_CHARS) + "…[truncated, 20971520 chars]");
        assertThat(ReportLimits.value(url)).startsWith("a".repeat(ReportLimits.VALUE_CHARS) + "…[truncated");
        assertThat(ReportLimits.text(ReportLimits.text(url))).as("cut once, not twice").isEqualTo(ReportLimits.text(url));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String text = "a" + EMOJI.repeat(ReportLimits.TEXT_CHARS);

        String cut = ReportLimits.text(text);

        assertThat(cut).startsWith("a" + EMOJI.repeat((ReportLimits.TEXT_CHARS - 2) / 2) + "…[truncated, " + text.length());
        assertThat(loneSurrogates(cut)).isZero();
    }

    @Test
    void theConsoleEscapesEveryControlCharacterAndKeepsPairs() {
        assertThat(ConsoleText.escape("a\u001b[2Jb\u0007\u0000\u007f\u009b\u2028\u2029\u202e\n\t" + EMOJI + "\uD800z"))
                .isEqualTo("a\\u001b[2Jb\\u0007\\u0000\\u007f\\u009b\\u2028\\u2029\\u202e\\u000a\\u0009" + EMOJI + "\\ud800z");
        assertThat(ConsoleText.escape("plain text")).isEqualTo("plain text");
        assertThat(ConsoleText.escape("\u001b".repeat(3_000), ReportLimits.TEXT_CHARS))
                .as("cut first, then escaped: the marker stays whole").endsWith("\\u001b…[truncated, 3000 chars]");
    }

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("console", (Render) (report, out) -> new ConsoleReport(false).write(report, out)),
                Arguments.of("JUnit XML", (Render) (report, out) -> new JUnitXmlReport().write(report, out)),
                Arguments.of("HTML", (Render) (report, out) -> new HtmlReport().write(report, out)));
    }

    interface Render {
        void write(ValidationReport report, Writer out) throws IOException;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyReportCutsUrlsLabelsValuesAndMessagesKeepingItsEscapingWhole(String name, Render render) throws Exception {
        String url = "https://acme.zendesk.com/api/v2/chat/" + "<&>".repeat(7_000_000) + "?q=" + EMOJI;
        Finding finding = Finding.builder("response.field.type").pointer("/a".repeat(6_000)).expected("<&>".repeat(400))
                .actual("\"" + EMOJI.repeat(300) + "\"").literalMessage("&".repeat(3_000)).schemaLocation("s#/x").build();
        ValidationReport report = ValidationReport.builder()
                .add(ExchangeResult.builder().method("GET").url(url).status(200).operationId("showChat").specName("zendesk-chat")
                        .source(ExchangeSource.harEntry("x".repeat(5_000) + ".har", 0)).addFinding(finding).build())
                .add(ExchangeResult.builder().label("step " + "l".repeat(4_000)).notRun("r".repeat(9_000)).build())
                .build();
        Chunks out = new Chunks();

        render.write(report, out);

        String text = out.text.toString();
        assertThat(text.length()).isLessThan(120_000);
        assertThat(text).contains("…[truncated, " + url.length() + " chars]", "…[truncated, 1200 chars]", "…[truncated, 3000 chars]",
                "…[truncated, 12000 chars]");
        assertThat(loneSurrogates(text)).isZero();
        if (!name.equals("console")) {
            assertThat(text).doesNotContain("<&>").contains("&lt;&amp;&gt;");
        }
        if (name.equals("JUnit XML")) {
            assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("testcase").getLength())
                    .isEqualTo(2);
            assertThat(text).contains("…[truncated, 4005 chars]", "…[truncated, 9000 chars]");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyReportIsWrittenInPiecesNeverAsOneString(String name, Render render) throws IOException {
        ValidationReport.Builder report = ValidationReport.builder();
        for (int i = 0; i < 3_000; i++) {
            report.add(ExchangeResult.builder().method("GET").url("https://acme.zendesk.com/api/v2/chat/chats/" + i + "?q=" + "q".repeat(3_000))
                    .status(200).operationId("showChat").addFinding(Finding.builder("response.field.type").pointer("/unread")
                            .literalMessage("m".repeat(1_000)).build()).build());
        }
        Chunks out = new Chunks();

        render.write(report.build(), out);

        assertThat(out.text.length()).as("the whole report").isGreaterThan(500_000);
        assertThat(out.largest).as("the largest single write").isLessThan(64 * 1024);
    }

    @Test
    void theConsoleShowsTwoHundredFindingsAndAFailureMessageNamesTwenty() throws Exception {
        ExchangeResult.Builder result = ExchangeResult.builder().method("GET").url("https://acme.zendesk.com/api/v2/chat/chats")
                .status(200).operationId("listChats");
        for (int i = 0; i < 250; i++) {
            result.addFinding(Finding.builder("response.field.type").pointer("/" + i).literalMessage("m").build());
        }
        ValidationReport report = ValidationReport.builder().add(result.build()).build();

        String console = new ConsoleReport(false).render(report);
        String xml = new JUnitXmlReport().render(report);

        assertThat(console.lines().filter(line -> line.startsWith("    ERROR"))).hasSize(ReportLimits.CONSOLE_FINDINGS);
        assertThat(console).contains("... more findings left out; see the JUnit XML or HTML report");
        String message = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("failure").item(0)
                .getAttributes().getNamedItem("message").getNodeValue();
        assertThat(message).startsWith("250 ERROR finding(s): response.field.type at /0; ").endsWith("at /19; and 230 more");
        assertThat(xml).contains("ERROR response.field.type at /249: m");
    }

    private static long loneSurrogates(String text) {
        long lone = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                lone++;
            }
        }
        return lone;
    }

    /** A writer that keeps what it is given and the size of the largest piece. */
    private static final class Chunks extends Writer {
        final StringBuilder text = new StringBuilder();
        int largest;

        @Override
        public void write(char[] buffer, int offset, int length) {
            largest = Math.max(largest, length);
            text.append(buffer, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            largest = Math.max(largest, length);
            text.append(string, offset, offset + length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

}
