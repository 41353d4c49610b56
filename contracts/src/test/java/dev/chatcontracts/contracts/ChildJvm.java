package dev.chatcontracts.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class's {@code main} run in a fresh JVM on the tests' class path, for what the tests' own JVM cannot show: a run in a
 * small heap, the classes a run loads. The test fails if the child is not done within its time; the child is killed
 * whatever happens.
 */
public final class ChildJvm {

    /** What the child wrote (standard output and error together) and its exit code. */
    public record Result(int exitCode, String output) {
    }

    private ChildJvm() {
    }

    /** Runs {@code main} with {@code jvmOptions} and {@code args}, waiting at most {@code limit}. */
    public static Result run(Duration limit, List<String> jvmOptions, Class<?> main, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)).as("finished in time").isTrue();
            return new Result(process.exitValue(), output);
        } finally {
            process.destroyForcibly();
        }
    }
}
