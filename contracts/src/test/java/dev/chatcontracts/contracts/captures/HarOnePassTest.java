package dev.chatcontracts.contracts.captures;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.captures.HarFiles.entry;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.AGENT;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.assertSameEntries;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.deepEntry;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.har;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.chatcontracts.contracts.engine.ValidationOptions;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link HarOnePass}: a HAR read in one pass, handing over to the index where it cannot go on, gives the entries the
 * two passes give (the index, then each entry's range), and reads an ordinary file whole.
 */
class HarOnePassTest {

    private static final ValidationOptions DEFAULTS = ValidationOptions.builder().build();
    private static final ValidationOptions SMALL = ValidationOptions.builder().maxBodyBytes(300).maxNestingDepth(20).build();
    private static final String OK = entry("GET", ZENDESK + "/agents/me", null, 200, AGENT).toString();
    private static final String REQUEST = "\"request\": {\"method\": \"GET\", \"url\": \"https://x.example/\"}";

    @TempDir
    Path dir;

    /** The HAR files of the streamed-entry tests, and files that stop the pass at each place it stops. */
    static Stream<Arguments> files() {
        Stream<Arguments> entries = HarStreamedEntryTest.entries().map(arguments -> arguments(arguments.get()[0],
                har(castEntries(arguments.get()[1]))));
        String ok = OK;
        return Stream.concat(entries, Stream.of(
                arguments("an entry over the streaming threshold between two ordinary ones", har(List.of(ok,
                        entry("GET", ZENDESK + "/chats/1", null, 200, "{\"comment\": \"" + "x".repeat(3_000) + "\"}").toString(),
                        ok))),
                arguments("an entry nested past the limit", har(List.of(ok, deepEntry(), ok))),
                arguments("a body string past the body limit", har(List.of(ok,
                        "{" + REQUEST + ", \"response\": {\"status\": 200, \"content\": {\"text\": \"" + "b".repeat(500) + "\"}}}", ok))),
                arguments("a value past the limits outside the entries", "{\"log\": {\"pages\": " + "[".repeat(40) + "]".repeat(40)
                        + ", \"entries\": [" + ok + "]}}"),
                arguments("broken JSON after two entries", har(List.of(ok, ok)).replace("]}}", "]} oops")),
                arguments("another value after the root object", har(List.of(ok, ok)) + " {\"log\": {\"entries\": [" + ok + "]}}"),
                arguments("broken JSON after the root object", har(List.of(ok, ok)) + " oops"),
                arguments("broken JSON inside the second entry", har(List.of(ok, ok.substring(0, 40) + "\u0001" + ok.substring(40)))),
                arguments("truncated inside an entry", har(List.of(ok, ok)).substring(0, 80 + ok.length())),
                arguments("a string entry", har(List.of(ok, "\"entry\"", ok))),
                arguments("two logs, two entries arrays", "{\"log\": {\"entries\": [" + ok + "], \"entries\": [" + ok + "]},"
                        + " \"other\": [1, {\"a\": \"b\"}], \"log\": {\"entries\": [" + ok + "]}}"),
                arguments("entries that are not an array", "{\"log\": {\"entries\": {\"0\": " + ok + "}}}"),
                arguments("no log", "{\"entries\": [" + ok + "]}"),
                arguments("not an object", "[" + ok + "]"),
                arguments("empty", "")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> castEntries(Object entries) {
        return (List<String>) entries;
    }

    static Stream<Arguments> filesAndOptions() {
        return files().flatMap(file -> Stream.of(
                arguments(file.get()[0] + ", default limits", file.get()[1], DEFAULTS),
                arguments(file.get()[0] + ", small limits, 2 KB streaming threshold", file.get()[1],
                        SMALL.toBuilder().streamingThresholdBytes(2_000).build()),
                arguments(file.get()[0] + ", every body streamed", file.get()[1], DEFAULTS.toBuilder().streamingThresholdBytes(0).build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesAndOptions")
    void givesTheEntriesOfTheTwoPasses(String name, String text, ValidationOptions options) throws IOException {
        Path har = Files.writeString(dir.resolve("case.har"), text);

        List<CaptureEntry> onePass = new ArrayList<>();
        new HarCapture(har, options).read(onePass::add, true);
        List<CaptureEntry> twoPasses = new ArrayList<>();
        new HarCapture(har, options).read(twoPasses::add, false);

        assertThat(twoPasses).as("entries").isNotEmpty();
        assertSameEntries(onePass, twoPasses);
    }

    @Test
    void readsAFileOfOrdinaryEntriesWhole() throws IOException {
        Path har = Files.writeString(dir.resolve("ordinary.har"), har(List.of(OK, OK, OK,
                "{" + REQUEST + ", \"response\": {\"status\": 200}}", "42")));

        HarOnePass.Outcome outcome = onePass(har, DEFAULTS, new ArrayList<>());

        assertThat(outcome).isEqualTo(new HarOnePass.Outcome(5, true));
    }

    @Test
    void stopsBeforeTheFirstEntryItDoesNotRead() throws IOException {
        String large = entry("GET", ZENDESK + "/chats/1", null, 200, "{\"comment\": \"" + "x".repeat(3_000) + "\"}").toString();
        ValidationOptions threshold = DEFAULTS.toBuilder().streamingThresholdBytes(2_000).build();
        List<CaptureEntry> given = new ArrayList<>();

        assertThat(onePass(file("large.har", har(List.of(OK, OK, large, OK))), threshold, given))
                .isEqualTo(new HarOnePass.Outcome(2, false));
        assertThat(given).as("the entries before the large one, given once each").hasSize(2);
        assertThat(onePass(file("deep.har", har(List.of(OK, deepEntry()))), DEFAULTS, given))
                .isEqualTo(new HarOnePass.Outcome(1, false));
        assertThat(onePass(file("broken.har", har(List.of(OK, OK, OK)).replace("]}}", "]")), DEFAULTS, given))
                .isEqualTo(new HarOnePass.Outcome(3, false));
        assertThat(onePass(file("string.har", har(List.of(OK, "\"x\""))), DEFAULTS, given))
                .isEqualTo(new HarOnePass.Outcome(1, false));
        assertThat(onePass(file("no-entries.har", "{\"log\": {\"version\": \"1.2\"}}"), DEFAULTS, given))
                .isEqualTo(new HarOnePass.Outcome(0, false));
    }

    @Test
    void aNestingLimitAtTheLargestIntegerIsStillALimitAboveTheEntries() throws IOException {
        ValidationOptions unlimited = DEFAULTS.toBuilder().maxNestingDepth(Integer.MAX_VALUE).build();
        Path har = file("ordinary.har", har(List.of(OK, OK)));

        assertThat(onePass(har, unlimited, new ArrayList<>())).isEqualTo(new HarOnePass.Outcome(2, true));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static HarOnePass.Outcome onePass(Path har, ValidationOptions options, List<CaptureEntry> sink) throws IOException {
        long base64Chars = options.maxBodyBytes() / 3 * 4 + 1024;
        HarOnePass pass = new HarOnePass(options.maxNestingDepth(), (int) Math.min(Integer.MAX_VALUE - 64, base64Chars),
                options.streamingThresholdBytes());
        try (FileChannel channel = FileChannel.open(har)) {
            return pass.read(har, har.toString(), new HarStreamedEntryReader(har, channel), sink::add);
        }
    }
}
