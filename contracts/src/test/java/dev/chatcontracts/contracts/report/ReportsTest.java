package dev.chatcontracts.contracts.report;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.json;
import static dev.chatcontracts.contracts.TestExchanges.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ExchangeSession;
import dev.chatcontracts.contracts.engine.ExchangeSource;
import dev.chatcontracts.contracts.rules.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportsTest {

    @TempDir
    Path dir;

    private static ValidationReport report() {
        ExchangeSession session = ContractValidator.bundled().newSession();
        ValidationReport.Builder report = ValidationReport.builder();
        report.add(session.validate(response("GET", ZENDESK + "/agents/me", 200, "agent-valid.json")));
        report.add(session.validate(response("GET", ZENDESK + "/chats/1", 200, "chat-invalid-unread-integer.json")));
        report.add(session.validate(response("GET", ZENDESK + "/agents/me", 200, "agent-invalid-undocumented-field.json")));
        report.add(session.validate(json("GET", ZENDESK + "/<script>alert(1)</script>", null, 200, "{}")));
        report.add(ExchangeResult.builder().source(ExchangeSource.harEntry("x.har", 4))
                .addFinding(Finding.builder("capture.unreadable").message("x.har#/log/entries/4: \u0001 <b>broken</b>").build()).build());
        return report.coverage(session.coverage().summary()).build();
    }

    @Test
    void countsPerSeverityAndPerOperation() {
        ValidationReport report = report();

        assertThat(report.countsBySeverity()).containsEntry(Severity.ERROR, 3L).containsEntry(Severity.WARNING, 1L)
                .containsEntry(Severity.INFO, 0L);
        assertThat(report.byOperation()).extracting(OperationSummary::operation)
                .containsExactly("(no operation)", "showChat", "showRequestingAgent");
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void theConsoleSummaryHasTotalsOperationsAndTheVerdict() {
        String text = new ConsoleReport(false).render(report());

        assertThat(text).contains("5 exchanges checked; 3 ERROR, 1 WARNING, 0 INFO", "showRequestingAgent",
                "response.field.type at /unread", "response.field.unknown at /favourite_colour", "RESULT: FAILED");
        assertThat(new ConsoleReport(true).render(report()).lines()).hasSize(2);
    }

    @Test
    void theCoverageSummaryCountsFieldsNeverSeenAndFieldsNotDocumented() {
        OperationCoverage agent = report().coverage().stream().filter(c -> c.operationId().equals("showRequestingAgent"))
                .findFirst().orElseThrow();

        assertThat(agent.exchanges()).isEqualTo(2);
        assertThat(agent.seenUndocumented()).containsExactly("/favourite_colour");
        assertThat(agent.documentedNeverSeen()).isEmpty();
        OperationCoverage chat = report().coverage().stream().filter(c -> c.operationId().equals("showChat")).findFirst().orElseThrow();
        assertThat(chat.documentedNeverSeen()).contains("/end_timestamp", "/engagements", "/history/*/msg_id");
    }

    @Test
    void junitXmlParsesWithOneTestcasePerExchange() throws Exception {
        Path file = dir.resolve("reports/junit.xml");
        new JUnitXmlReport().write(report(), file);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());

        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(5);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(3);
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
        Element chat = (Element) cases.item(1);
        assertThat(chat.getAttribute("classname")).isEqualTo("chat-contracts.zendesk-chat.showChat");
        assertThat(((Element) chat.getElementsByTagName("failure").item(0)).getAttribute("type")).isEqualTo("response.field.type");
        Element unknown = (Element) cases.item(2);
        assertThat(unknown.getElementsByTagName("failure").getLength()).isZero();
        assertThat(unknown.getElementsByTagName("system-out").item(0).getTextContent()).contains("response.field.unknown");
    }

    @Test
    void junitXmlOfAnEmptyRunIsValid() throws Exception {
        String xml = new JUnitXmlReport().render(ValidationReport.builder().build());

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("testcase").getLength()).isZero();
    }

    @Test
    void htmlIsSelfContainedAndEscapesEverything() throws IOException {
        Path file = dir.resolve("report.html");
        new HtmlReport().write(report(), file);
        String html = Files.readString(file);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "&lt;script&gt;alert(1)&lt;/script&gt;",
                "&lt;b&gt;broken&lt;/b&gt;", "response.field.type");
        assertThat(html).doesNotContain("<script", "<b>broken", "src=", "<link", "http-equiv", "\u0001");
    }
}
