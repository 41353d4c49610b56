package dev.chatcontracts.contracts.cli;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code validate} run of a HAR makes no Jackson {@code ObjectMapper}: the first one in a JVM costs about 100 ms of
 * start-up (benchmarks README, sixteenth pass), and the run needs only trees ({@code JsonTrees}). Checked in a fresh
 * JVM that logs the classes it loads, on a HAR with a valid exchange and two with findings (types, an enum), writing every report.
 */
class ValidateStartupTest {

    private static final String MAPPER = "com.fasterxml.jackson.databind.ObjectMapper";

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aValidateRunWithFindingsAndEveryReportLoadsNoObjectMapper(@TempDir Path dir) throws IOException, InterruptedException {
        Path har = dir.resolve("agents.har");
        Files.writeString(har, "{\"log\": {\"version\": \"1.2\", \"entries\": ["
                + entry("/agents/me", "{\\\"id\\\": 7, \\\"email\\\": \\\"ann@example.com\\\", \\\"enabled\\\": true}") + ", "
                + entry("/agents/me", "{\\\"id\\\": \\\"seven\\\", \\\"email\\\": 3, \\\"skills\\\": [1], \\\"role_id\\\": {}}") + ", "
                + entry("/chats/1", "{\\\"id\\\": \\\"1\\\", \\\"type\\\": \\\"chat\\\", \\\"rating\\\": \\\"meh\\\"}") + "]}}");
        Path classes = dir.resolve("classes.log");
        ChildJvm.Result run = ChildJvm.run(Duration.ofSeconds(100), List.of("-Xlog:class+load=info:file=" + classes),
                ChatContractsCli.class, "validate", "--quiet", "--junit-xml", dir.resolve("report.xml").toString(),
                "--html", dir.resolve("report.html").toString(), har.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("report.xml"))).contains("response.field.type", "response.field.enum");
        assertThat(dir.resolve("report.html")).isNotEmptyFile();
        List<String> loaded = Files.readAllLines(classes);
        assertThat(loaded).as("the run's class-load log").anyMatch(line -> line.contains(" " + ChatContractsCli.class.getName() + " "));
        assertThat(loaded).as("classes loaded by the run").noneMatch(line -> line.contains(" " + MAPPER + " "));
    }

    private static String entry(String path, String escapedBody) {
        return "{\"request\": {\"method\": \"GET\", \"url\": \"" + ZENDESK + path + "\", \"headers\": []},"
                + " \"response\": {\"status\": 200, \"headers\": [{\"name\": \"Content-Type\", \"value\": \"application/json\"}],"
                + " \"content\": {\"mimeType\": \"application/json\", \"text\": \"" + escapedBody + "\"}}}";
    }
}
