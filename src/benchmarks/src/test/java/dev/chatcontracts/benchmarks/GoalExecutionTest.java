package dev.chatcontracts.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.plugin.incremental.IncrementalGeneration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the generation benchmark times is what it claims: a full generation, then an up-to-date no-op. */
@Tag("slow")
class GoalExecutionTest {

    @Test
    void aSecondExecutionIsAnUpToDateNoOp(@TempDir Path dir) {
        Path state = dir.resolve("state.properties");
        Path output = dir.resolve("output");

        IncrementalGeneration.Outcome full = GoalExecution.generateClient(state, output);
        IncrementalGeneration.Outcome noOp = GoalExecution.generateClient(state, output);

        assertThat(full.upToDate()).isFalse();
        assertThat(full.files()).isNotEmpty()
                .anyMatch(f -> f.toString().startsWith("dev/chatcontracts/client/zendeskchat/"))
                .anyMatch(f -> f.toString().startsWith("dev/chatcontracts/client/zohosalesiq/"));
        assertThat(noOp.upToDate()).as(noOp.reason()).isTrue();
        assertThat(noOp.files()).isEqualTo(full.files());
    }

    @Test
    void theBareRunWritesTheSameApiSources(@TempDir Path dir) {
        List<Path> yamls = GoalExecution.extractBundledSpecs(dir.resolve("specs"));
        Path out = dir.resolve("bare");
        GoalExecution.bareOpenApiGenerator(yamls.get(1), out);
        assertThat(out.resolve("src/main/java/dev/chatcontracts/client/zohosalesiq/api")).isDirectory();
        assertThat(Files.exists(out.resolve("src/main/java/dev/chatcontracts/client/zohosalesiq/ApiClient.java"))).isTrue();
    }
}
