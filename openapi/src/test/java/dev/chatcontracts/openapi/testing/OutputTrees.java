package dev.chatcontracts.openapi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Golden-file helpers: a directory tree as relative path to content, and a whole-tree comparison with
 * an expected tree under src/test/resources/expected. Run with {@code -Dchatcontracts.updateExpected=true}
 * to rewrite the expected tree from the actual one (then review the diff).
 */
public final class OutputTrees {

    private OutputTrees() {
    }

    /** Every regular file under {@code root}, by its path relative to it ({@code /}-separated), sorted. */
    public static Map<String, String> read(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Asserts that {@code actualRoot} holds exactly the files of {@code expected/<name>}, byte for byte. */
    public static void assertSameAsExpected(Path actualRoot, String name) {
        Path expectedRoot = Path.of("src/test/resources/expected", name);
        Map<String, String> actual = read(actualRoot);
        if (Boolean.getBoolean("chatcontracts.updateExpected")) {
            rewrite(expectedRoot, actual);
        }
        Map<String, String> expected = read(expectedRoot);
        assertThat(actual.keySet()).as("the files generated into %s", actualRoot).containsExactlyElementsOf(expected.keySet());
        expected.forEach((file, content) -> assertThat(actual.get(file)).as(file).isEqualTo(content));
    }

    private static void rewrite(Path root, Map<String, String> files) {
        try {
            if (Files.exists(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
