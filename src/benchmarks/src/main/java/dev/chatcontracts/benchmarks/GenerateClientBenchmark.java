package dev.chatcontracts.benchmarks;

import dev.chatcontracts.plugin.incremental.IncrementalGeneration;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Times the {@code generate-client} goal's work (see {@link GoalExecution}) for both bundled specs, one
 * execution per JMH invocation ({@code SingleShotTime}):
 *
 * <ul>
 *   <li>{@code fullGeneration}: a fresh output and state directory, so the goal loads the specs, fingerprints
 *       them and generates both clients;</li>
 *   <li>{@code noOpRebuild}: the same call over an output that is up to date: the goal still loads and
 *       fingerprints the specs, reads its state file and checks every output file is there;</li>
 *   <li>{@code bareOpenApiGenerator}: OpenAPI Generator alone over the two YAML files, with the same
 *       generator options, into a fresh directory: the work of a bare openapi-generator-maven-plugin.</li>
 * </ul>
 *
 * <p>Directory creation and deletion happen in per-iteration set-up and tear-down, outside the timing.
 * OpenAPI Generator's INFO logging (one line per file) is turned down to WARN in the forks, for all three.
 * Run it with {@link GenerateClientTiming}, which prepares the up-to-date directory for {@code noOpRebuild} in
 * another JVM (so that a fork's first no-op run is really cold) and prints the ratios.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 6)
@Measurement(iterations = 10)
public class GenerateClientBenchmark {

    /** A new, empty output and state directory for every invocation. */
    @State(Scope.Thread)
    public static class Fresh {
        Path root;
        Path output;
        Path stateFile;

        @Setup(Level.Iteration)
        public void create() throws IOException {
            root = Files.createTempDirectory("bench-full");
            output = root.resolve("generated-sources/chat-contracts-client");
            stateFile = root.resolve("chat-contracts-state/generate-client.properties");
        }

        @TearDown(Level.Iteration)
        public void delete() {
            GoalExecution.deleteRecursively(root);
        }
    }

    /** An output directory that a previous build left up to date. */
    @State(Scope.Thread)
    public static class UpToDate {
        /** A directory prepared by a previous JVM ({@code output/} and {@code state.properties}); empty: make one here. */
        @Param({""})
        public String preparedDirectory;

        Path root;
        Path output;
        Path stateFile;
        boolean own;

        @Setup(Level.Trial)
        public void prepare() throws IOException {
            own = preparedDirectory == null || preparedDirectory.isEmpty();
            root = own ? Files.createTempDirectory("bench-noop") : Path.of(preparedDirectory);
            output = root.resolve("output");
            stateFile = root.resolve("state.properties");
            if (own) {
                GoalExecution.generateClient(stateFile, output);
            } else if (!Files.isRegularFile(stateFile)) {
                throw new IllegalStateException("No prepared build state in " + root);
            }
        }

        @TearDown(Level.Trial)
        public void delete() {
            if (own) {
                GoalExecution.deleteRecursively(root);
            }
        }
    }

    /** The YAML specs as files, and a new output directory for every invocation. */
    @State(Scope.Thread)
    public static class Bare {
        Path specs;
        List<Path> yamls;
        Path output;

        @Setup(Level.Trial)
        public void extract() throws IOException {
            specs = Files.createTempDirectory("bench-specs");
            yamls = GoalExecution.extractBundledSpecs(specs);
        }

        @Setup(Level.Iteration)
        public void create() throws IOException {
            output = Files.createTempDirectory("bench-bare");
        }

        @TearDown(Level.Iteration)
        public void delete() {
            GoalExecution.deleteRecursively(output);
        }

        @TearDown(Level.Trial)
        public void deleteSpecs() {
            GoalExecution.deleteRecursively(specs);
        }
    }

    @Benchmark
    public IncrementalGeneration.Outcome fullGeneration(Fresh fresh) {
        IncrementalGeneration.Outcome outcome = GoalExecution.generateClient(fresh.stateFile, fresh.output);
        if (outcome.upToDate() || outcome.files().isEmpty()) {
            throw new IllegalStateException("expected a full generation, got " + outcome);
        }
        return outcome;
    }

    @Benchmark
    @Warmup(iterations = 20)
    @Measurement(iterations = 40)
    public IncrementalGeneration.Outcome noOpRebuild(UpToDate upToDate) {
        IncrementalGeneration.Outcome outcome = GoalExecution.generateClient(upToDate.stateFile, upToDate.output);
        if (!outcome.upToDate()) {
            throw new IllegalStateException("expected an up-to-date no-op, got " + outcome.reason());
        }
        return outcome;
    }

    @Benchmark
    public List<File> bareOpenApiGenerator(Bare bare) {
        List<File> written = new ArrayList<>();
        for (Path yaml : bare.yamls) {
            written.addAll(GoalExecution.bareOpenApiGenerator(yaml, bare.output.resolve(yaml.getFileName().toString())));
        }
        if (written.isEmpty()) {
            throw new UncheckedIOException(new IOException("OpenAPI Generator wrote nothing"));
        }
        return written;
    }
}
