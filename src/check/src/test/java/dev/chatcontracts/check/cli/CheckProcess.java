package dev.chatcontracts.check.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code check} in its own JVM, as {@code java -jar chat-contracts-check.jar check} runs; its output in files of {@code dir}. */
record CheckProcess(Process process, Path dir) {

    /** Starts {@code check args} with {@code -Xmx<heap>}, the {@code CHAT_CONTRACTS_*} variables of {@code environment} only. */
    static CheckProcess start(Path dir, String heap, Map<String, String> environment, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                "dev.chatcontracts.check.cli.ChatContractsCheckCli", "check",
                "--junit-xml", dir.resolve("junit.xml").toString(), "--html", dir.resolve("check.html").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CHAT_CONTRACTS_"));
        builder.environment().putAll(environment);
        return new CheckProcess(builder.start(), dir);
    }

    /** Waits up to {@code seconds}; kills the process (and fails) when it is still running then. */
    int exitWithin(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("check still ran after " + seconds + " s; stderr: " + err());
        }
        return process.exitValue();
    }

    String err() {
        return read("err.txt");
    }

    String out() {
        return read("out.txt");
    }

    private String read(String name) {
        try {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
