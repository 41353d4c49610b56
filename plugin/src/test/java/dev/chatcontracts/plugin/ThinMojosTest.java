package dev.chatcontracts.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every goal's logic sits in a Maven-free class of a sub-package (client, lint, pacts, schemas, captures,
 * reporting, incremental); the Mojos of {@code dev.chatcontracts.plugin} only map parameters and choose
 * the Maven exception. Read from the main source files.
 */
class ThinMojosTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "chatcontracts", "plugin");

    @Test
    void noGoalClassImportsMaven() throws IOException {
        List<Path> goalSources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            goalSources = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getParent().equals(SOURCES)).sorted().toList();
        }

        assertThat(goalSources).extracting(file -> file.getFileName().toString())
                .contains("ReportingGoal.java", "CapturesGoal.java", "CheckPactGoal.java", "PactsGoal.java", "LintGoal.java");
        assertThat(goalSources).allSatisfy(file -> assertThat(Files.readString(file))
                .as(file.toString()).doesNotContain("org.apache.maven").doesNotContain("org.codehaus.plexus"));
    }
}
