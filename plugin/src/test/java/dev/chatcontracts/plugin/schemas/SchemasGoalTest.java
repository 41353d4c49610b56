package dev.chatcontracts.plugin.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.plugin.SpecSet;
import dev.chatcontracts.plugin.SpecSources;
import dev.chatcontracts.plugin.incremental.IncrementalGeneration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code generate-schemas} goal without Maven: generate, then up to date, then regenerate and say why. */
class SchemasGoalTest {

    @TempDir
    Path build;

    @Test
    void generatesThenIsUpToDateThenSaysWhatChanged() {
        SpecSet specs = new SpecSources().read(List.of(), List.of("zoho-salesiq"));

        IncrementalGeneration.Outcome first = goal("org.example.schemas").run(specs);
        assertThat(first.files()).isNotEmpty().allSatisfy(file -> assertThat(build.resolve(file)).exists());
        assertThat(Files.exists(build.resolve("src/org/example/schemas"))).isTrue();
        IncrementalGeneration.Outcome second = goal("org.example.schemas").run(specs);
        IncrementalGeneration.Outcome third = goal("org.example.other").run(specs);

        assertThat(SchemasGoal.describe(first)).matches("Generated \\d+ schema files because no previous build state");
        assertThat(SchemasGoal.describe(second)).isEqualTo("Schemas are up to date (" + first.files().size() + " files)");
        assertThat(SchemasGoal.describe(third))
                .contains("because config:javaPackage changed from org.example.schemas to org.example.other");
    }

    private SchemasGoal goal(String javaPackage) {
        return new SchemasGoal(build.resolve("resources"), build.resolve("src"), build, build.resolve("state.properties"),
                javaPackage, "ChatSchemas", Set.of(), Set.of(), "test");
    }
}
