package dev.chatcontracts.contracts.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry against the rest of the project: the README tables of keys list its keys with its defaults,
 * main code builds no message outside it, names its keys through {@link FindingKeys} and uses only (and every one
 * of) its message variants. Runs in {@code contracts/}.
 */
class FindingVocabularyTest {

    private static final FindingRegistry REGISTRY = FindingRegistry.standard();
    private static final List<Path> MAIN_SOURCES = List.of(Path.of("src/main/java"), Path.of("../plugin/src/main/java"),
            Path.of("../src/harness/src/main/java"), Path.of("../src/check/src/main/java"));
    private static final Path KEYS_FILE = Path.of("src/main/java/dev/chatcontracts/contracts/findings/FindingKeys.java");
    private static final Pattern TABLE_KEY = Pattern.compile("`([a-zA-Z.{},*]+)`");

    @Test
    void theReadmeTablesListEveryKeyWithItsDefault() throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        readTables(Path.of("README.md"), listed);
        readTables(Path.of("../src/check/README.md"), listed);
        assertThat(listed.keySet()).as("keys of the README tables").containsExactlyInAnyOrderElementsOf(REGISTRY.keys());
        listed.forEach((key, severity) -> assertThat(severity).as("README default of %s", key)
                .isEqualTo(REGISTRY.defaultSeverity(key).orElseThrow().name()));
    }

    @Test
    void mainCodeBuildsNoMessageOutsideTheRegistry() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path file : mainSources()) {
            String code = Files.readString(file);
            boolean defines = file.endsWith("Finding.java") || file.endsWith("FindingMessage.java");
            if (!defines && (code.contains("literalMessage(") || code.contains("FindingMessage.literal("))) {
                literal.add(file.toString());
            }
        }
        assertThat(literal).as("main sources with a literal finding message").isEmpty();
    }

    @Test
    void mainCodeNamesKeysThroughFindingKeys() throws IOException {
        Set<String> keys = Set.copyOf(REGISTRY.keys());
        List<String> literals = new ArrayList<>();
        for (Path file : mainSources()) {
            if (file.toAbsolutePath().normalize().equals(KEYS_FILE.toAbsolutePath().normalize())) {
                continue;
            }
            for (String line : code(file)) {
                Matcher string = Pattern.compile("\"([a-zA-Z.]+)\"").matcher(line);
                while (string.find()) {
                    if (keys.contains(string.group(1))) {
                        literals.add(file.getFileName() + ": " + string.group(1));
                    }
                }
            }
        }
        assertThat(literals).as("finding keys written as string literals").isEmpty();
    }

    @Test
    void mainCodeUsesEveryMessageVariantAndNoOther() throws IOException {
        Set<String> registered = new TreeSet<>();
        REGISTRY.templates().stream().filter(t -> t.variant() != null).forEach(t -> registered.add(t.variant()));
        Set<String> used = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(\\w+)\"");
        Pattern call = Pattern.compile("(?<!FindingMessage)\\.variant\\(\\s*\"(\\w+)\"|FindingMessage\\.variant\\([^,]+,\\s*\"(\\w+)\"");
        for (Path file : mainSources()) {
            for (String line : code(file)) {
                if (line.contains("variant") || line.contains("unreadable(") || line.contains("why(")) {
                    Matcher string = literal.matcher(line);
                    while (string.find()) {
                        if (registered.contains(string.group(1))) {
                            used.add(string.group(1));
                        }
                    }
                }
                Matcher variant = call.matcher(line);
                while (variant.find()) {
                    named.add(variant.group(1) != null ? variant.group(1) : variant.group(2));
                }
            }
        }
        assertThat(used).as("the variants main code uses").isEqualTo(registered);
        assertThat(registered).as("the variants main code names").containsAll(named);
        assertThat(named).as("the scan sees the calls").contains("link", "exception", "sidecar");
    }

    /** The rows of every table headed {@code | key | default | when |}: key (expanded) to its default. */
    private static void readTables(Path readme, Map<String, String> listed) throws IOException {
        boolean inTable = false;
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("| key | default |")) {
                inTable = true;
                continue;
            }
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            if (!inTable || line.startsWith("| ---")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String severity = cells[2].trim().split(" ")[0];
            Matcher key = TABLE_KEY.matcher(cells[1]);
            while (key.find()) {
                for (String expanded : expand(key.group(1))) {
                    assertThat(listed.put(expanded, severity)).as("%s listed twice", expanded).isNull();
                }
            }
        }
    }

    /** {@code {request,response}.field.type} is two keys, {@code suite.pagination.*} every key below the prefix. */
    private static List<String> expand(String pattern) {
        Matcher braces = Pattern.compile("\\{([^}]*)}").matcher(pattern);
        if (braces.find()) {
            List<String> keys = new ArrayList<>();
            for (String choice : braces.group(1).split(",")) {
                keys.addAll(expand(pattern.substring(0, braces.start()) + choice + pattern.substring(braces.end())));
            }
            return keys;
        }
        if (pattern.endsWith(".*")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            List<String> keys = REGISTRY.keys().stream().filter(k -> k.startsWith(prefix)).toList();
            assertThat(keys).as(pattern).isNotEmpty();
            return keys;
        }
        return List.of(pattern);
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : MAIN_SOURCES) {
            assertThat(root).as("main sources").isDirectory();
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".kt")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The file's lines without comment lines (Javadoc and {@code //}). */
    private static List<String> code(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> {
            String trimmed = line.strip();
            return !(trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//"));
        }).toList();
    }
}
