package dev.chatcontracts.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparing two builds: which jars make a build, what stops a comparison, how the figures name the builds. */
class BuildComparisonTest {

    @TempDir
    Path dir;

    @Test
    void aBuildIsOneJarOrSeveralSeparatedAsOnAClassPath() {
        String option = "a.jar" + File.pathSeparator + "b.jar" + File.pathSeparator;

        assertThat(BuildComparison.jars(option)).containsExactly(Path.of("a.jar"), Path.of("b.jar"));
        assertThat(BuildComparison.jars("")).isEmpty();
    }

    @Test
    void bothBuildsAreNeededAndEachJarMustBeThere() throws IOException {
        Path before = Files.createFile(dir.resolve("before.jar"));
        Path after = Files.createFile(dir.resolve("after.jar"));

        assertThat(BuildComparison.problem(List.of(before), List.of(after))).isNull();
        assertThat(BuildComparison.problem(List.of(before), List.of())).startsWith("Both builds are needed");
        assertThat(BuildComparison.problem(List.of(before), List.of(dir.resolve("gone.jar"))))
                .isEqualTo("No such jar: " + dir.resolve("gone.jar"));
    }

    @Test
    void theFiguresNameEachBuildByItsJarsAndTheRatioIsBOverA() {
        PairedRatios.Sides sides = BuildComparison.sides(List.of(Path.of("/tmp/x/base.jar")),
                List.of(Path.of("/tmp/y/contracts.jar"), Path.of("/tmp/y/openapi.jar")));
        PairedRatios.Summary faster = new PairedRatios.Summary(20, 4.0, 3.2, 0.8, 0.79, 0.81);

        assertThat(PairedRatios.format(faster, sides))
                .startsWith("B/A 0.80x (quartiles 0.79-0.81, 20 pairs)")
                .contains("A base.jar 4.0 ms", "B contracts.jar+openapi.jar 3.2 ms");
        assertThat(PairedRatios.acrossForks(List.of(faster), sides)).startsWith("B/A 0.80x (JVMs 0.80-0.80, 1 JVMs)");
    }

    @Test
    void aBuildsJarsComeFirstOnItsLoadersClassPathSoThatTheirClassesShadowTheCallers() throws Exception {
        Path build = Files.createFile(dir.resolve("chat-contracts-after.jar"));

        URL[] classPath = IsolatedWorkload.classPath(List.of(build));

        assertThat(classPath[0]).isEqualTo(build.toUri().toURL());
        assertThat(classPath).hasSizeGreaterThan(1);
        assertThat(IsolatedWorkload.classPath(List.of())[0]).isNotEqualTo(build.toUri().toURL());
    }
}
