package dev.chatcontracts.harness.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The user guide's (src/docs/user-guide.md) JUnit 5 example is the test that the {@code junit-extension} integration test compiles
 * and runs against the client generated in that build: the two stay the same text.
 */
class ReadmeExampleTest {

    private static final Path README = Path.of("..", "docs", "user-guide.md");
    private static final Path EXAMPLE = Path.of("src", "it", "junit-extension", "src", "test", "java", "com", "acme", "chat", "AgentsContractTest.java");

    @Test
    void theReadmesJUnitExampleIsTheIntegrationTestsTestVerbatim() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("\n## JUnit 5\n"));
        int start = section.indexOf("```java\n") + "```java\n".length();
        String block = section.substring(start, section.indexOf("```\n", start));

        assertThat(block).isEqualTo(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
    }
}
