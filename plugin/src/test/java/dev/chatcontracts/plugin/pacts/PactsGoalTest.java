package dev.chatcontracts.plugin.pacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatcontracts.plugin.SpecSet;
import dev.chatcontracts.plugin.SpecSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code generate-pacts} goal without Maven: generate, then up to date, then regenerate and say why. */
class PactsGoalTest {

    @TempDir
    Path build;

    private final SpecSet specs = new SpecSources().read(List.of(), List.of("zoho-salesiq"));

    @Test
    void generatesThenIsUpToDateThenSaysWhatChanged() {
        PactsGoal.Result first = goal("my-consumer", "V3").run(specs);
        assertThat(build.resolve(first.outcome().files().get(0))).exists().content().contains("\"my-consumer\"");
        PactsGoal.Result second = goal("my-consumer", "V3").run(specs);
        PactsGoal.Result third = goal("other-consumer", "V3").run(specs);

        assertThat(first.outcome().upToDate()).isFalse();
        assertThat(first.info().get(0)).matches("Generated 1 pact files \\(V3\\) because no previous build state");
        assertThat(second.outcome().upToDate()).isTrue();
        assertThat(second.info()).containsExactly("Pacts are up to date (1 files)");
        assertThat(third.info().get(0)).contains("because config:consumer changed from my-consumer to other-consumer");
    }

    @Test
    void aBadVersionIsTheUsersMistakeNamingTheValue() {
        assertThatThrownBy(() -> goal("c", "V9").run(specs))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pactVersion must be V3 or V4, not V9");
    }

    @Test
    void aBadBasePathIsTheUsersMistake() {
        PactsGoal goal = new PactsGoal(build.resolve("pacts"), build, build.resolve("state.properties"), "c", Map.of(),
                Map.of("zoho-salesiq", "no-leading-slash"), "V4", Set.of(), Set.of(), "test");

        assertThatThrownBy(() -> goal.run(specs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-leading-slash");
    }

    private PactsGoal goal(String consumer, String version) {
        return new PactsGoal(build.resolve("pacts"), build, build.resolve("state.properties"), consumer, null, null,
                version, Set.of(), Set.of(), "test");
    }
}
