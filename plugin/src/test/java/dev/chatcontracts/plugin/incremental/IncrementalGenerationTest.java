package dev.chatcontracts.plugin.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalGenerationTest {

    @TempDir
    Path dir;

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void theFirstBuildGeneratesAndSaysWhy() {
        IncrementalGeneration.Outcome outcome = generation().run(fingerprint("a", "pkg"), this::writeOne);

        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.reason()).isEqualTo("no previous build state");
        assertThat(runs).hasValue(1);
    }

    @Test
    void anUnchangedBuildWritesNothingAndIsUpToDate() throws IOException {
        generation().run(fingerprint("a", "pkg"), this::writeOne);
        long modified = Files.getLastModifiedTime(dir.resolve("out/A.java")).toMillis();

        IncrementalGeneration.Outcome outcome = generation().run(fingerprint("a", "pkg"), this::writeOne);

        assertThat(outcome.upToDate()).isTrue();
        assertThat(outcome.files()).containsExactly(Path.of("A.java"));
        assertThat(runs).hasValue(1);
        assertThat(Files.getLastModifiedTime(dir.resolve("out/A.java")).toMillis()).isEqualTo(modified);
    }

    @Test
    void aChangedSpecRegeneratesAndNamesTheSpec() {
        generation().run(fingerprint("a", "pkg"), this::writeOne);

        IncrementalGeneration.Outcome outcome = generation().run(fingerprint("b", "pkg"), this::writeOne);

        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.reason()).isEqualTo("spec:zendesk-chat changed");
    }

    @Test
    void aChangedConfigurationRegeneratesAndSaysFromWhatToWhat() {
        generation().run(fingerprint("a", "pkg"), this::writeOne);

        IncrementalGeneration.Outcome outcome = generation().run(fingerprint("a", "other"), this::writeOne);

        assertThat(outcome.reason()).isEqualTo("config:basePackage changed from pkg to other");
        assertThat(runs).hasValue(2);
    }

    @Test
    void aDeletedOutputRegenerates() throws IOException {
        generation().run(fingerprint("a", "pkg"), this::writeOne);
        Files.delete(dir.resolve("out/A.java"));

        IncrementalGeneration.Outcome outcome = generation().run(fingerprint("a", "pkg"), this::writeOne);

        assertThat(outcome.reason()).isEqualTo("output A.java is missing");
        assertThat(dir.resolve("out/A.java")).exists();
    }

    @Test
    void filesOfThePreviousRunThatTheNewRunDoesNotWriteAreDeleted() throws IOException {
        generation().run(fingerprint("a", "pkg"), () -> write("old/pkg/Old.java"));

        generation().run(fingerprint("a", "other"), this::writeOne);

        assertThat(dir.resolve("out/old")).as("emptied folders go too").doesNotExist();
        assertThat(dir.resolve("out/A.java")).exists();
    }

    @Test
    void collectionsAreRecordedInAStableOrder() {
        Fingerprint one = Fingerprint.builder().config("operations", List.of("b", "a")).build();
        Fingerprint two = Fingerprint.builder().config("operations", List.of("a", "b")).build();

        assertThat(one.entries()).isEqualTo(two.entries());
    }

    private IncrementalGeneration generation() {
        return new IncrementalGeneration(dir.resolve("state/generate-client.properties"), dir.resolve("out"));
    }

    private static Fingerprint fingerprint(String spec, String basePackage) {
        return Fingerprint.builder().spec("zendesk-chat", spec).config("basePackage", basePackage).version("openapi-generator", "7.25.0").build();
    }

    private List<Path> writeOne() {
        return write("A.java");
    }

    private List<Path> write(String name) {
        runs.incrementAndGet();
        try {
            Path file = dir.resolve("out").resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "class X {}");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.of(Path.of(name));
    }
}
