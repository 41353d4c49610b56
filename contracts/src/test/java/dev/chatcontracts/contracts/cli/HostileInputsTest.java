package dev.chatcontracts.contracts.cli;

import static dev.chatcontracts.contracts.cli.HostileFiles.AGENT;
import static dev.chatcontracts.contracts.cli.HostileFiles.AGENT_ID_STRING;
import static dev.chatcontracts.contracts.cli.HostileFiles.AGENT_URL;
import static dev.chatcontracts.contracts.cli.HostileFiles.META;
import static dev.chatcontracts.contracts.cli.HostileFiles.entry;
import static dev.chatcontracts.contracts.cli.HostileFiles.goodInputs;
import static dev.chatcontracts.contracts.cli.HostileFiles.har;
import static dev.chatcontracts.contracts.cli.HostileFiles.json;
import static dev.chatcontracts.contracts.cli.HostileFiles.nested;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.cli.HostileFiles.Run;
import dev.chatcontracts.contracts.cli.HostileFiles.TestCase;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.ReportLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile inputs for {@code validate} and {@code check-pact}, made here: each case asserts the exit code, the finding
 * key, that every other entry of the run still gets its result, and that the reports are written with each value
 * cut at its {@link ReportLimits limit}.
 */
@Timeout(120)
class HostileInputsTest {

    private static final int TWENTY_MB = 20 * 1024 * 1024;
    private static final int REPORT_BOUND = 256 * 1024;
    private static final java.nio.charset.Charset LATIN_1 = ISO_8859_1;

    @TempDir
    Path dir;

    @Test
    void aTwentyMegabyteUrlEndsWithExitOneAndEveryReportCut() throws Exception {
        String url = AGENT_URL + "?q=" + "a".repeat(TWENTY_MB);
        Path huge = har(dir.resolve("huge.har"), entry(url, AGENT_ID_STRING), entry(AGENT_URL, AGENT));
        List<Path> inputs = new ArrayList<>(goodInputs(dir));
        inputs.add(huge);

        Run run = Run.of(dir, "validate", List.of(), inputs);

        assertThat(run.exit()).as(run.err()).isEqualTo(CliExit.FINDINGS);
        String marker = ReportLimits.marker(url.length());
        assertThat(run.out()).contains(FindingKeys.RESPONSE_FIELD_TYPE + " at /id", marker, "RESULT: FAILED");
        assertThat(run.junitXml()).contains(marker);
        assertThat(run.html()).contains(marker);
        for (String report : List.of(run.out(), run.junitXml(), run.html())) {
            assertThat(report.length()).isLessThan(REPORT_BOUND);
        }
        assertThat(run.suite("huge.har")).extracting(TestCase::failureType).containsExactly(FindingKeys.RESPONSE_FIELD_TYPE, null);
        assertEveryGoodEntryPassed(run);
    }

    @ParameterizedTest(name = "--stream-above {0}")
    @ValueSource(strings = {"1m", "0"})
    void aBodyNestedDeeperThanJacksonsWriterLimitIsRenderedCut(String streamAbove) throws Exception {
        Path deep = dir.resolve("deep");
        json(deep, "agent", ("{\"id\":" + nested(5_000) + ",\"extra\":" + nested(1_500) + "}").getBytes(UTF_8), META);
        List<Path> inputs = new ArrayList<>(goodInputs(dir));
        inputs.add(deep);

        Run run = Run.of(dir, "validate", List.of("--max-depth", "6000", "--stream-above", streamAbove), inputs);

        assertThat(run.exit()).as(run.err()).isEqualTo(CliExit.FINDINGS);
        assertThat(run.out()).contains(FindingKeys.RESPONSE_FIELD_TYPE + " at /id", "actual " + "[".repeat(120) + "…)",
                FindingKeys.RESPONSE_FIELD_UNKNOWN + " at /extra");
        assertThat(run.suite("deep")).extracting(TestCase::failureType).containsExactly(FindingKeys.RESPONSE_FIELD_TYPE);
        assertEveryGoodEntryPassed(run);
    }

    @Test
    void controlCharactersOfAHarUrlAreEscapedOnTheConsole() throws Exception {
        String hostile = "\u001b[2J\u001b]0;owned\u0007\u0000\u009b31m\u2028\u2029\u202e";
        Path har = har(dir.resolve("control.har"), entry(AGENT_URL + "/" + hostile, AGENT),
                entry(AGENT_URL + "?q=" + hostile, AGENT_ID_STRING), entry(AGENT_URL, AGENT));
        List<Path> inputs = new ArrayList<>(goodInputs(dir));
        inputs.add(har);

        Run run = Run.of(dir, "validate", List.of(), inputs);

        assertThat(run.exit()).as(run.err()).isEqualTo(CliExit.FINDINGS);
        assertThat(run.out()).contains("\\u001b[2J\\u001b]0;owned\\u0007\\u0000\\u009b31m\\u2028\\u2029\\u202e",
                FindingKeys.REQUEST_OPERATION_UNKNOWN, FindingKeys.RESPONSE_FIELD_TYPE + " at /id");
        assertThat(run.out().chars().filter(c -> c != '\n' && ConsoleTextAccess.unsafe(c))).isEmpty();
        assertThat(run.html()).doesNotContain("\u001b", "\u0007", "\u0000");
        assertThat(run.suite("control.har")).extracting(TestCase::failureType)
                .containsExactly(FindingKeys.REQUEST_OPERATION_UNKNOWN, FindingKeys.RESPONSE_FIELD_TYPE, null);
        assertEveryGoodEntryPassed(run);
    }

    @Test
    void aCrashMessageOnStderrIsCutAndEscapedToo() {
        String message = "bad \u001b[2J\u0007" + "x".repeat(1_000);

        assertThat(CliExit.describe(new IllegalStateException(message)))
                .isEqualTo("IllegalStateException: bad \\u001b[2J\\u0007" + "x".repeat(ReportLimits.VALUE_CHARS - 9)
                        + ReportLimits.marker(message.length()));
    }

    /** A broken input beside good ones: its own result(s), and every good entry still checked. */
    static Stream<Arguments> brokenCaptures() {
        String unreadable = FindingKeys.CAPTURE_UNREADABLE;
        return Stream.of(
                Arguments.of("a broken JSON response", (Input) d -> folderWith(d, "broken", "{\"id\": 8080, \"email\":".getBytes(UTF_8), META),
                        FindingKeys.RESPONSE_BODY_MALFORMED, 1),
                Arguments.of("a broken sidecar", (Input) d -> folderWith(d, "agent", AGENT.getBytes(UTF_8), "{\"status\":"), unreadable, 1),
                Arguments.of("a truncated HAR", (Input) d -> {
                    String whole = Files.readString(har(d.resolve("whole.har"), entry(AGENT_URL, AGENT), entry(AGENT_URL, AGENT)));
                    return Files.writeString(d.resolve("bad.har"), whole.substring(0, whole.length() * 3 / 4));
                }, unreadable, 2),
                Arguments.of("an empty HAR file", (Input) d -> Files.write(d.resolve("bad.har"), new byte[0]), unreadable, 1),
                Arguments.of("an empty JSON response", (Input) d -> folderWith(d, "empty", new byte[0], META),
                        FindingKeys.RESPONSE_BODY_MISSING, 1),
                Arguments.of("a Latin-1 JSON response", (Input) d -> folderWith(d, "latin1", AGENT.replace("Kev", "Jos\u00e9").getBytes(LATIN_1),
                        META), FindingKeys.RESPONSE_BODY_ENCODING, 1),
                Arguments.of("a Latin-1 HAR", (Input) d -> Files.write(d.resolve("bad.har"),
                        Files.readString(har(d.resolve("utf8.har"), entry(AGENT_URL, AGENT.replace("Kev", "Jos\u00e9")))).getBytes(LATIN_1)),
                        unreadable, 1),
                Arguments.of("a 20 MB sidecar", (Input) d -> folderWith(d, "agent", AGENT.getBytes(UTF_8),
                        "{\"status\":200,\"method\":\"GET\",\"url\":\"" + AGENT_URL + "?q=" + "a".repeat(TWENTY_MB) + "\"}"), unreadable, 1),
                Arguments.of("a missing file", (Input) d -> d.resolve("missing.har"), unreadable, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCaptures")
    void aBrokenCaptureBesideGoodOnesIsItsFindingAndTheOthersAreStillChecked(String name, Input bad, String key, int results)
            throws Exception {
        List<Path> inputs = new ArrayList<>(goodInputs(dir));
        Path input = bad.make(dir);
        inputs.add(input);

        Run run = Run.of(dir, "validate", List.of(), inputs);

        assertThat(run.exit()).as(run.err()).isEqualTo(CliExit.FINDINGS);
        assertThat(run.err()).doesNotContain("\tat ", "could not run");
        assertThat(run.out()).contains("ERROR " + key, "RESULT: FAILED (1 ERROR findings)");
        List<TestCase> own = run.testCases().stream().filter(c -> c.suite().equals(input.toString())).toList();
        assertThat(own).hasSize(results);
        assertThat(own.get(results - 1).failureType()).isEqualTo(key);
        assertThat(run.testCases()).hasSize(4 + results);
        assertEveryGoodEntryPassed(run);
    }

    @Test
    void aPactWithAHugeDescriptionIsCutInEveryReportAndTheOtherPactStillChecked() throws Exception {
        String description = "x".repeat(5 * 1024 * 1024);
        Path huge = Files.writeString(dir.resolve("huge-pact.json"), HostileFiles.pact(description, "{\"id\":\"x\"}"));

        Run run = Run.of(dir, "check-pact", List.of(), List.of(goodPact(), huge));

        assertThat(run.exit()).as(run.err()).isEqualTo(CliExit.FINDINGS);
        assertThat(run.out()).contains(FindingKeys.RESPONSE_FIELD_TYPE + " at /id").containsPattern("…\\[truncated, 52\\d{5} chars]");
        assertThat(run.junitXml()).contains(ReportLimits.marker(description.length()));
        assertThat(run.html()).contains(ReportLimits.marker(description.length()));
        for (String report : List.of(run.out(), run.junitXml(), run.html())) {
            assertThat(report.length()).isLessThan(REPORT_BOUND);
        }
        assertThat(run.testCases()).hasSize(5).filteredOn(c -> !c.passed()).singleElement()
                .satisfies(c -> assertThat(c.name()).hasSize(ReportLimits.TEXT_CHARS + ReportLimits.marker(description.length()).length()))
                .extracting(TestCase::failureType).isEqualTo(FindingKeys.RESPONSE_FIELD_TYPE);
    }

    static Stream<Arguments> brokenPacts() {
        return Stream.of(
                Arguments.of("a broken pact JSON", (Input) d -> Files.writeString(d.resolve("bad.json"), "{\"interactions\": [")),
                Arguments.of("an empty pact file", (Input) d -> Files.write(d.resolve("bad.json"), new byte[0])),
                Arguments.of("a Latin-1 pact", (Input) d -> Files.write(d.resolve("bad.json"),
                        HostileFiles.pact("caf\u00e9", AGENT).getBytes(LATIN_1))),
                Arguments.of("a pact of 5000 levels", (Input) d -> Files.writeString(d.resolve("bad.json"),
                        HostileFiles.pact("deep", "{\"id\":" + nested(5_000) + "}"))),
                Arguments.of("a missing pact", (Input) d -> d.resolve("missing.json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPacts")
    void aBrokenPactBesideAGoodOneIsPactUnreadableAndTheGoodOneStillChecked(String name, Input bad) throws Exception {
        Path input = bad.make(dir);

        Run run = Run.of(dir, "check-pact", List.of(), List.of(goodPact(), input));

        assertThat(run.exit()).as(run.err()).isEqualTo(CliExit.FINDINGS);
        assertThat(run.err()).doesNotContain("\tat ", "could not run");
        assertThat(run.out()).contains("ERROR " + FindingKeys.PACT_UNREADABLE, "RESULT: FAILED (1 ERROR findings)");
        assertThat(run.testCases()).hasSize(5).filteredOn(TestCase::passed).hasSize(4);
    }

    interface Input {
        Path make(Path dir) throws IOException;
    }

    private static Path folderWith(Path dir, String name, byte[] body, String meta) throws IOException {
        json(dir.resolve("bad"), name, body, meta);
        return dir.resolve("bad");
    }

    private Path goodPact() throws IOException {
        try (var in = getClass().getResourceAsStream("/pacts/pact-v3-valid.json")) {
            return Files.write(dir.resolve("good-pact.json"), in.readAllBytes());
        }
    }

    private static void assertEveryGoodEntryPassed(Run run) {
        assertThat(run.suite("good")).hasSize(2).allMatch(TestCase::passed);
        assertThat(run.suite("good.har")).hasSize(2).allMatch(TestCase::passed);
    }
}
