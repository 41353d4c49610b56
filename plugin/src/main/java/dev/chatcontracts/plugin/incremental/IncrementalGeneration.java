package dev.chatcontracts.plugin.incremental;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs a generation only when its {@link Fingerprint} changed or an output it wrote is missing.
 *
 * <p>The state file keeps the fingerprint and the list of files written. An unchanged build touches
 * nothing; a changed one deletes the files the previous run wrote (so nothing stale survives a
 * narrower selection), generates, and records the new state.
 */
public final class IncrementalGeneration {

    private static final String FILE_PREFIX = "file.";

    /** The outcome: whether anything was generated, why, and the files that the output holds. */
    public record Outcome(boolean upToDate, String reason, List<Path> files) {
    }

    private final Path stateFile;
    private final Path outputDirectory;

    public IncrementalGeneration(Path stateFile, Path outputDirectory) {
        this.stateFile = stateFile;
        this.outputDirectory = outputDirectory;
    }

    /**
     * Generates with {@code generator} (which returns the files it wrote, relative to the output
     * directory) unless the previous run had the same fingerprint and its files are all there.
     */
    public Outcome run(Fingerprint fingerprint, Supplier<List<Path>> generator) {
        Properties previous = readState();
        List<Path> previousFiles = files(previous);
        String reason = previous.isEmpty() ? "no previous build state" : fingerprint.differenceFrom(entries(previous));
        if (reason.isEmpty()) {
            Path missing = previousFiles.stream().filter(f -> !Files.isRegularFile(outputDirectory.resolve(f))).findFirst().orElse(null);
            if (missing == null) {
                return new Outcome(true, "up to date", previousFiles);
            }
            reason = "output " + missing + " is missing";
        }
        previousFiles.forEach(this::deleteWithEmptyParents);
        List<Path> written = new ArrayList<>(generator.get());
        writeState(fingerprint, written);
        return new Outcome(false, reason, written);
    }

    /** Deletes a file written before, and the folders it leaves empty, up to the output directory. */
    private void deleteWithEmptyParents(Path relative) {
        Path file = outputDirectory.resolve(relative).normalize();
        if (!file.startsWith(outputDirectory.normalize())) {
            return;
        }
        file.toFile().delete();
        for (Path dir = file.getParent(); dir != null && !dir.equals(outputDirectory.normalize()) && dir.startsWith(outputDirectory.normalize());
                dir = dir.getParent()) {
            String[] left = dir.toFile().list();
            if (left == null || left.length > 0 || !dir.toFile().delete()) {
                break;
            }
        }
    }

    private Properties readState() {
        Properties properties = new Properties();
        if (Files.isRegularFile(stateFile)) {
            try (Reader reader = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                return new Properties();
            }
        }
        return properties;
    }

    private static Map<String, String> entries(Properties state) {
        Map<String, String> entries = new TreeMap<>();
        state.stringPropertyNames().stream().filter(k -> !k.startsWith(FILE_PREFIX)).forEach(k -> entries.put(k, state.getProperty(k)));
        return entries;
    }

    private static List<Path> files(Properties state) {
        return state.stringPropertyNames().stream().filter(k -> k.startsWith(FILE_PREFIX)).sorted()
                .map(k -> Path.of(state.getProperty(k))).toList();
    }

    private void writeState(Fingerprint fingerprint, List<Path> written) {
        StringBuilder text = new StringBuilder("# chat-contracts build state; delete to force a regeneration\n");
        new TreeMap<>(fingerprint.entries()).forEach((k, v) -> text.append(escape(k)).append('=').append(escape(v)).append('\n'));
        for (int i = 0; i < written.size(); i++) {
            text.append(FILE_PREFIX).append(String.format("%06d", i)).append('=')
                    .append(escape(written.get(i).toString().replace('\\', '/'))).append('\n');
        }
        try {
            Files.createDirectories(stateFile.getParent());
            try (Writer writer = Files.newBufferedWriter(stateFile, StandardCharsets.UTF_8)) {
                writer.write(text.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\', '=', ':', '#', '!' -> out.append('\\').append(c);
                case ' ' -> out.append(out.length() == 0 ? "\\ " : " ");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
