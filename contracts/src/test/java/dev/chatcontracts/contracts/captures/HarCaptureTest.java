package dev.chatcontracts.contracts.captures;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.ZOPIM;
import static dev.chatcontracts.contracts.TestExchanges.keys;
import static dev.chatcontracts.contracts.TestExchanges.resource;
import static dev.chatcontracts.contracts.captures.HarFiles.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.contracts.reports.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarCaptureTest {

    @TempDir
    Path dir;

    private static final String AGENT = text("agent-valid.json");
    private static final String CHAT = text("chat-valid.json");

    @Test
    void aHarWithThreeEntriesOneBrokenGivesThreeResults() throws IOException {
        Path har = HarFiles.write(dir.resolve("session.har"),
                entry("GET", ZENDESK + "/agents/me", null, 200, AGENT),
                entry("GET", ZENDESK + "/chats/1410.123.QWERTY", null, 0, null),
                entry("GET", ZENDESK + "/chats/1410.123.QWERTY", null, 200, CHAT));

        ValidationReport report = run(har);

        assertThat(report.results()).hasSize(3);
        assertThat(report.results()).extracting(ExchangeResult::operationId).containsExactly("showRequestingAgent", "showChat", "showChat");
        assertThat(keys(report.results().get(0))).isEmpty();
        assertThat(keys(report.results().get(1))).containsExactly("capture.unreadable");
        assertThat(report.results().get(1).findings().get(0).source()).isEqualTo(ExchangeSource.harEntry(har.toString(), 1));
        assertThat(report.results().get(1).findings().get(0).message()).contains("session.har#/log/entries/1");
        assertThat(keys(report.results().get(2))).isEmpty();
    }

    @Test
    void readsBase64BodiesAndMimeTypes() throws IOException {
        Path har = HarFiles.write(dir.resolve("b64.har"),
                HarFiles.base64Body(entry("GET", ZOPIM + "/agents/me", null, 200, ""), resource("agent-invalid-enabled-integer.json")));

        ValidationReport report = run(har);

        assertThat(keys(report.results().get(0))).containsExactly("response.field.documented");
    }

    @Test
    void eachEntryOfTheFileIsASessionStep() throws IOException {
        Path har = HarFiles.write(dir.resolve("echo.har"),
                entry("GET", ZENDESK + "/agents/8080234567123", null, 200, AGENT),
                entry("PUT", ZENDESK + "/agents/8080234567123", "{\"id\": 8080234567123, \"first_name\": \"K\"}", 200, AGENT));

        ValidationReport report = run(har);

        assertThat(keys(report.results().get(1))).containsExactly("request.field.readOnly.echo");
    }

    @Test
    void manyHarFilesGiveTheResultsOfAllTheirEntries() throws IOException {
        Path first = HarFiles.write(dir.resolve("a.har"), entry("GET", ZENDESK + "/agents/me", null, 200, AGENT));
        Path second = HarFiles.write(dir.resolve("b.har"),
                entry("GET", ZENDESK + "/agents/me", null, 200, AGENT), entry("GET", ZENDESK + "/nowhere", null, 200, "{}"));

        ValidationReport report = run(first, second);

        assertThat(report.results()).hasSize(3);
        assertThat(keys(report.results().get(2))).containsExactly("request.operation.unknown");
    }

    @Test
    void aTruncatedHarKeepsTheEntriesBeforeTheBreak() throws IOException {
        Path whole = HarFiles.write(dir.resolve("whole.har"),
                entry("GET", ZENDESK + "/agents/me", null, 200, AGENT), entry("GET", ZENDESK + "/chats/1", null, 200, CHAT));
        String text = Files.readString(whole);
        Path truncated = Files.writeString(dir.resolve("truncated.har"), text.substring(0, text.length() - 2000));

        ValidationReport report = run(truncated);

        assertThat(report.results()).hasSize(2);
        assertThat(keys(report.results().get(0))).isEmpty();
        assertThat(keys(report.results().get(1))).containsExactly("capture.unreadable");
        assertThat(report.results().get(1).findings().get(0).message()).contains("truncated.har", "entries from 1 on");
    }

    @Test
    void aFileThatIsNotAHarIsOneUnreadableEntry() throws IOException {
        Path notHar = Files.writeString(dir.resolve("list.har"), "[1, 2, 3]");
        Path noEntries = Files.writeString(dir.resolve("empty.har"), "{\"log\": {\"version\": \"1.2\"}}");

        ValidationReport report = run(notHar, noEntries);

        assertThat(report.results()).extracting(r -> keys(r)).containsExactly(List.of("capture.unreadable"), List.of("capture.unreadable"));
    }

    @Test
    void secretsOfHarEntriesAreRedacted() throws IOException {
        Path har = HarFiles.write(dir.resolve("secret.har"), HarFiles.header(
                entry("GET", ZENDESK + "/nowhere?access_token=tok-SECRET-1", null, 200, "{}"), "request", "Authorization", "Bearer tok-SECRET-2"));

        ValidationReport report = run(har);

        assertThat(report.results().get(0).url()).doesNotContain("tok-SECRET-1");
        assertThat(report.toString()).doesNotContain("tok-SECRET");
    }

    private ValidationReport run(Path... hars) {
        ContractValidator validator = ContractValidator.bundled();
        return new CaptureRun(validator).run(Captures.open(List.of(hars), Contracts.bundled(), ValidationOptions.defaults()));
    }

    private static String text(String resource) {
        return new String(resource(resource), StandardCharsets.UTF_8);
    }
}
