package dev.chatcontracts.contracts.reports;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.json;
import static dev.chatcontracts.contracts.TestExchanges.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ExchangeSession;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.OperationCoverage;
import dev.chatcontracts.contracts.findings.ReportLimits;
import dev.chatcontracts.contracts.findings.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                .addFinding(Finding.builder("capture.unreadable").literalMessage("x.har#/log/entries/4: \u0001 <b>broken</b>").build()).build());
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
        Element all = xml.getDocumentElement();
        assertThat(all.getTagName()).isEqualTo("testsuites");
        assertThat(all.getAttribute("tests")).isEqualTo("5");
        assertThat(all.getAttribute("failures")).isEqualTo("3");
        assertThat(all.getAttribute("skipped")).isEqualTo("0");
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        assertThat(((Element) suites.item(0)).getAttribute("name")).isEqualTo("zendesk-chat");
        assertThat(((Element) suites.item(0)).getAttribute("tests")).isEqualTo("3");
        assertThat(((Element) suites.item(2)).getAttribute("name")).isEqualTo("x.har");
        Element chat = (Element) cases.item(1);
        assertThat(chat.getAttribute("classname")).isEqualTo("chat-contracts.zendesk-chat.showChat");
        assertThat(chat.getAttribute("name")).isEqualTo("GET /api/v2/chat/chats/1");
        assertThat(((Element) cases.item(2)).getAttribute("name")).isEqualTo("GET /api/v2/chat/agents/me (2)");
        assertThat(chat.getAttribute("time")).matches("\\d+\\.\\d{3}");
        assertThat(((Element) chat.getElementsByTagName("failure").item(0)).getAttribute("type")).isEqualTo("response.field.type");
        Element unknown = (Element) cases.item(2);
        assertThat(unknown.getElementsByTagName("failure").getLength()).isZero();
        assertThat(unknown.getElementsByTagName("system-out").item(0).getTextContent()).contains("response.field.unknown");
    }

    @Test
    void junitXmlHasOneTestsuitePerGroupStableNamesTimesAndSkippedCases() throws Exception {
        ValidationReport report = ValidationReport.builder()
                .add(ExchangeResult.builder().specName("zendesk-chat").operationId("listAgents").method("GET")
                        .url("http://127.0.0.1:41234/api/v2/chat/agents?limit=2").status(200).duration(Duration.ofMillis(1500)).build())
                .add(ExchangeResult.builder().specName("zendesk-chat").operationId("listAgents").method("GET")
                        .url("http://127.0.0.1:41234/api/v2/chat/agents?since_id=5").status(200).duration(Duration.ofMillis(250)).build())
                .add(ExchangeResult.builder().specName("zendesk-chat").operationId("createAgent").label("createAgent createAgent")
                        .notRun("a write on a read-only target")
                        .addFinding(Finding.builder("pact.verification.notSent").severity(Severity.WARNING).literalMessage("not sent").build()).build())
                .add(ExchangeResult.builder().specName("zoho-salesiq").operationId("updateConversationVisitor").label("a SalesIQ step")
                        .group("zoho-salesiq").notRun("no SalesIQ target")
                        .addFinding(Finding.builder("suite.step.notRun").severity(Severity.ERROR).literalMessage("not run").build()).build())
                .build();

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(new JUnitXmlReport().render(report).getBytes(StandardCharsets.UTF_8)));

        Element all = xml.getDocumentElement();
        assertThat(all.getAttribute("tests")).isEqualTo("4");
        assertThat(all.getAttribute("failures")).isEqualTo("1");
        assertThat(all.getAttribute("skipped")).isEqualTo("1");
        assertThat(all.getAttribute("time")).isEqualTo("1.750");
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element zendesk = (Element) suites.item(0);
        assertThat(zendesk.getAttribute("name")).isEqualTo("zendesk-chat");
        assertThat(zendesk.getAttribute("skipped")).isEqualTo("1");
        assertThat(zendesk.getAttribute("time")).isEqualTo("1.750");
        NodeList cases = zendesk.getElementsByTagName("testcase");
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("GET /api/v2/chat/agents");
        assertThat(((Element) cases.item(0)).getAttribute("time")).isEqualTo("1.500");
        assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("GET /api/v2/chat/agents (2)");
        Element skipped = (Element) ((Element) cases.item(2)).getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("a write on a read-only target");
        assertThat(((Element) cases.item(2)).getAttribute("classname")).isEqualTo("chat-contracts.zendesk-chat.createAgent");
        Element salesIq = (Element) suites.item(1);
        assertThat(salesIq.getElementsByTagName("failure").getLength()).as("an ERROR finding fails even what was not run").isOne();
        assertThat(salesIq.getElementsByTagName("skipped").getLength()).isZero();
        assertThat(new JUnitXmlReport().render(report)).doesNotContain("41234");
    }

    @Test
    void eachTestcaseIsNamedAfterItsOwnSpecAndOperationWhenOperationsAlternate() throws Exception {
        ValidationReport.Builder builder = ValidationReport.builder();
        String[][] operations = {{"zendesk-chat", "listAgents"}, {"zendesk-chat", "showChat"}, {"zendesk-chat", "listAgents"},
                {null, null}, {"zoho-salesiq", "listAgents"}, {"zendesk-chat", "listAgents"}};
        for (String[] operation : operations) {
            builder.add(ExchangeResult.builder().specName(operation[0]).operationId(operation[1]).method("GET")
                    .url("https://www.zopim.com/api/v2/chat/agents").status(200).group("one.har").build());
        }

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(new JUnitXmlReport().render(builder.build()).getBytes(StandardCharsets.UTF_8)));

        NodeList cases = xml.getElementsByTagName("testcase");
        List<String> classNames = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            classNames.add(((Element) cases.item(i)).getAttribute("classname"));
        }
        assertThat(classNames).containsExactly("chat-contracts.zendesk-chat.listAgents", "chat-contracts.zendesk-chat.showChat",
                "chat-contracts.zendesk-chat.listAgents", "chat-contracts.unmatched.(no operation)",
                "chat-contracts.zoho-salesiq.listAgents", "chat-contracts.zendesk-chat.listAgents");
    }

    @Test
    void repeatedLabelsAreNumberedWithoutClashingWithOtherLabels() {
        ExchangeResult a = ExchangeResult.builder().label("x").build();
        ExchangeResult a2 = ExchangeResult.builder().label("x (2)").build();

        assertThat(JUnitXmlReport.testCaseNames(java.util.List.of(a, a, a2, a))).containsExactly("x", "x (3)", "x (2)", "x (4)");
    }

    @Test
    void distinctLabelsAreTheirOwnNamesAndLabelsCutAlikeAreNumbered() {
        String longPrefix = "GET /api/v2/chat/chats/" + "x".repeat(ReportLimits.TEXT_CHARS);
        ExchangeResult first = ExchangeResult.builder().label("GET /chats/1").build();
        ExchangeResult second = ExchangeResult.builder().label("GET /chats/2").build();
        ExchangeResult longA = ExchangeResult.builder().label(longPrefix + "a").build();
        ExchangeResult longB = ExchangeResult.builder().label(longPrefix + "b").build();
        String cut = ReportLimits.text(longPrefix + "a");

        assertThat(JUnitXmlReport.testCaseNames(List.of(first, second))).containsExactly("GET /chats/1", "GET /chats/2");
        assertThat(cut).isEqualTo(ReportLimits.text(longPrefix + "b"));
        assertThat(JUnitXmlReport.testCaseNames(List.of(longA, first, longB))).containsExactly(cut, "GET /chats/1", cut + " (2)");
    }

    @Test
    void groupsKeepTheOrderTheyFirstAppearInWhenTheyAlternate() {
        ExchangeResult a1 = ExchangeResult.builder().label("a1").group("a.har").build();
        ExchangeResult a2 = ExchangeResult.builder().label("a2").group("a.har").build();
        ExchangeResult b1 = ExchangeResult.builder().label("b1").group("b.har").build();
        ExchangeResult a3 = ExchangeResult.builder().label("a3").group("a.har").build();
        ExchangeResult c1 = ExchangeResult.builder().label("c1").group("c.har").build();
        ExchangeResult b2 = ExchangeResult.builder().label("b2").group("b.har").build();

        Map<String, List<ExchangeResult>> groups = ValidationReport.builder().add(a1).add(a2).add(b1).add(a3).add(c1).add(b2)
                .build().byGroup();

        assertThat(groups.keySet()).containsExactly("a.har", "b.har", "c.har");
        assertThat(groups.get("a.har")).containsExactly(a1, a2, a3);
        assertThat(groups.get("b.har")).containsExactly(b1, b2);
        assertThat(groups.get("c.har")).containsExactly(c1);
    }

    @Test
    void htmlShowsTheTargetTheSummaryTheTotalsAndKeepsKeysWhole() {
        ValidationReport report = ValidationReport.builder().target("real target at https://acme.zendesk.com/api/v2/chat (read only)")
                .summary("pacts: 2 interactions, 1 verified, 0 failed, 1 not sent")
                .add(ExchangeResult.builder().specName("zendesk-chat").operationId("showAccount").label("showAccount showAccount").build())
                .add(ExchangeResult.builder().specName("zendesk-chat").operationId("createAgent").label("createAgent createAgent")
                        .notRun("a write on a read-only target")
                        .addFinding(Finding.builder("pact.verification.notSent").severity(Severity.WARNING).literalMessage("not sent").build()).build())
                .build();

        String html = new HtmlReport().render(report);

        assertThat(html).contains("Target: <code class=\"value\">real target at https://acme.zendesk.com/api/v2/chat (read only)</code>",
                "<li>pacts: 2 interactions, 1 verified, 0 failed, 1 not sent</li>", "<strong>PASSED</strong>",
                "2 exchanges checked: 1 passed, 0 failed, 1 not run", "not run: a write on a read-only target",
                "<td class=\"key\"><code>pact.verification.notSent</code>", ".key{white-space:nowrap}", "overflow-wrap:anywhere");
        assertThat(html).doesNotContain("break-all");
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
