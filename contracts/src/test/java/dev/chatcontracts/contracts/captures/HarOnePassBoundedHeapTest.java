package dev.chatcontracts.contracts.captures;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.captures.HarFiles.entry;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.ChildJvm;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one pass stops at an entry whose body is larger than the heap without holding it: a HAR with an 80 MB body
 * between two small entries is read in a JVM with a 32 MB heap (the body as characters would need 160 MB), and the
 * large body is read from the file.
 */
class HarOnePassBoundedHeapTest {

    private static final int BODY_CHARS = 80 * 1024 * 1024;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aBodyLargerThanTheHeapIsNotHeldByThePass(@TempDir Path dir) throws IOException, InterruptedException {
        Path har = dir.resolve("large-body.har");
        String small = entry("GET", ZENDESK + "/agents/me", null, 200, AGENT).toString();
        try (BufferedWriter out = Files.newBufferedWriter(har, StandardCharsets.UTF_8)) {
            out.write("{\"log\": {\"version\": \"1.2\", \"entries\": [" + small + ",\n{\"request\": {\"method\": \"GET\", \"url\": \""
                    + ZENDESK + "/chats/1\"}, \"response\": {\"status\": 200, \"content\": {\"mimeType\": \"application/json\","
                    + " \"text\": \"{\\\"comment\\\": \\\"");
            char[] chunk = "x".repeat(1024 * 1024).toCharArray();
            for (int written = 0; written < BODY_CHARS; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\\\"}\"}}},\n" + small + "]}}");
        }
        ChildJvm.Result run = ChildJvm.run(Duration.ofSeconds(100), List.of("-Xmx32m", "-XX:+ExitOnOutOfMemoryError"),
                Child.class, har.toString());
        String output = run.output();

        assertThat(run.exitCode()).as(output).isZero();
        long bodyBytes = "{\"comment\": \"\"}".length() + (long) BODY_CHARS;
        assertThat(output.lines().toList()).containsExactly(
                "captured " + AGENT.getBytes(StandardCharsets.UTF_8).length + " held",
                "captured " + bodyBytes + " from the file",
                "captured " + AGENT.getBytes(StandardCharsets.UTF_8).length + " held");
    }

    /** Reads the HAR named by its argument with the default options and prints each entry's kind and response body. */
    public static final class Child {
        public static void main(String[] args) {
            new HarCapture(Path.of(args[0]), ValidationOptions.builder().build()).read(entry -> {
                var body = HarStreamedEntries.exchange(entry).responseBody();
                System.out.println(HarStreamedEntries.keyOf(entry) + " " + body.length() + (body.inMemory() ? " held" : " from the file"));
            });
        }
    }
}
