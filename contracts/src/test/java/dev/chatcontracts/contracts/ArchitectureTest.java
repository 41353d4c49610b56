package dev.chatcontracts.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package layering of {@code contracts}, read from the main source files (imports and qualified names
 * outside comments and literals): the pipeline exchange → checks → findings → reports, with each package
 * importing only the packages below it. The same table is in contracts/README.md ("Packages").
 */
class ArchitectureTest {

    private static final String BASE = "dev.chatcontracts.contracts";
    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "chatcontracts", "contracts");
    private static final Path README = Path.of("README.md");
    private static final int MAX_LINES = 400;

    /** Each package and the packages of contracts it may import, bottom to top. */
    static final Map<String, Set<String>> ALLOWED = allowed();

    private static Map<String, Set<String>> allowed() {
        Map<String, Set<String>> layers = new LinkedHashMap<>();
        layers.put("names", Set.of());
        layers.put("exchange", Set.of());
        layers.put("streaming", Set.of("names"));
        layers.put("walkers", Set.of("names", "streaming"));
        layers.put("findings", Set.of("exchange"));
        layers.put("contract", Set.of("exchange", "walkers", "streaming"));
        layers.put("checks", Set.of("exchange", "walkers", "streaming", "findings", "contract"));
        layers.put("reports", Set.of("exchange", "findings"));
        layers.put("engine", Set.of("exchange", "walkers", "streaming", "findings", "contract", "checks", "reports"));
        layers.put("captures", Set.of("exchange", "findings", "contract", "checks", "reports", "engine"));
        layers.put("pact", Set.of("exchange", "findings", "contract", "checks", "reports", "engine"));
        layers.put("pactgen", Set.of("pact"));
        layers.put("assertions", Set.of("exchange", "findings", "contract", "reports", "engine"));
        layers.put("run", Set.of("exchange", "findings", "contract", "reports", "engine", "captures", "pact"));
        layers.put("cli", Set.of("exchange", "findings", "contract", "reports", "engine", "captures", "pact", "run"));
        return layers;
    }

    static Stream<String> packages() {
        return ALLOWED.keySet().stream();
    }

    @Test
    void everyPackageOfContractsHasItsLayer() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            dirs.filter(Files::isDirectory).forEach(dir -> onDisk.add(dir.getFileName().toString()));
        }
        try (Stream<Path> top = Files.list(SOURCES)) {
            assertThat(top.filter(Files::isRegularFile)).as("main classes outside the role packages").isEmpty();
        }
        assertThat(onDisk).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void theAllowedImportsHaveNoCycle() {
        assertThat(cycles(ALLOWED)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void importsOnlyThePackagesBelowIt(String name) {
        Map<String, Set<String>> used = importsByFile(name);
        Map<String, Set<String>> forbidden = new TreeMap<>();
        used.forEach((file, packages) -> packages.stream().filter(p -> !p.equals(name) && !ALLOWED.get(name).contains(p))
                .forEach(p -> forbidden.computeIfAbsent(file, f -> new TreeSet<>()).add(p)));
        assertThat(forbidden).as("%s may import only %s", name, new TreeSet<>(ALLOWED.get(name))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void isOnNoImportCycle(String name) {
        Map<String, Set<String>> graph = new TreeMap<>();
        ALLOWED.keySet().forEach(p -> graph.put(p, imports(p)));
        assertThat(cycles(graph)).as("import cycles through %s", name).noneMatch(cycle -> cycle.contains(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void hasNoFileOverFourHundredLines(String name) throws IOException {
        Map<String, Integer> tooLong = new TreeMap<>();
        for (Path file : files(name)) {
            int lines = Files.readAllLines(file).size();
            if (lines > MAX_LINES) {
                tooLong.put(file.getFileName().toString(), lines);
            }
        }
        assertThat(tooLong).as("files of %s over %d lines", name, MAX_LINES).isEmpty();
    }

    /** contracts/README.md "Packages": its "may import" column is this layering, its API column the package's public classes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void theReadmeTableDescribesThePackage(String name) throws IOException {
        String row = Files.readAllLines(README).stream().filter(line -> line.startsWith("| `" + name + "` |"))
                .findFirst().orElseThrow(() -> new AssertionError("no README row for " + name));
        String[] cells = row.split("\\|");
        Set<String> mayImport = new TreeSet<>();
        Matcher quoted = Pattern.compile("`([a-z]+)`").matcher(cells[4]);
        while (quoted.find()) {
            mayImport.add(quoted.group(1));
        }
        assertThat(mayImport).as("README: what %s may import", name).isEqualTo(new TreeSet<>(ALLOWED.get(name)));

        String api = cells[3];
        String withRemarks;
        do {
            withRemarks = api;
            api = api.replaceAll("\\([^()]*\\)", "");
        } while (!api.equals(withRemarks));
        Matcher classes = Pattern.compile("`([A-Z]\\w*)").matcher(api);
        Set<String> named = new TreeSet<>();
        while (classes.find()) {
            named.add(classes.group(1));
        }
        assertThat(named).as("README: the public API of %s", name).isNotEmpty();
        for (String type : named) {
            Path file = SOURCES.resolve(name).resolve(type + ".java");
            assertThat(file).as("README names %s in %s", type, name).exists();
            assertThat(Files.readString(file)).as("%s.%s is public", name, type).containsPattern("(?m)^public ");
        }
    }

    @Test
    void theReaderSeesImportsAndQualifiedNamesButNotCommentsOrLiterals() {
        String source = """
                package dev.chatcontracts.contracts.checks;
                import dev.chatcontracts.contracts.findings.Finding;
                import static dev.chatcontracts.contracts.exchange.Body.wrap;
                // dev.chatcontracts.contracts.cli.Commented
                /* dev.chatcontracts.contracts.cli.Blocked */
                class X {
                    String url = "http://dev.chatcontracts.contracts.cli.Quoted";
                    char slash = '/';
                    Object y = new dev.chatcontracts.contracts.reports.ExchangeResult();
                }
                """;

        assertThat(packagesUsed(source)).containsExactly("checks", "exchange", "findings", "reports");
    }

    @Test
    void aCycleIsFoundAndNamesItsPackages() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));

        assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c"));
    }

    private static Set<String> imports(String name) {
        Set<String> all = new TreeSet<>();
        importsByFile(name).values().forEach(all::addAll);
        all.remove(name);
        return all;
    }

    private static Map<String, Set<String>> importsByFile(String name) {
        Map<String, Set<String>> byFile = new TreeMap<>();
        for (Path file : files(name)) {
            try {
                byFile.put(file.getFileName().toString(), packagesUsed(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return byFile;
    }

    private static List<Path> files(String name) {
        try (Stream<Path> files = Files.list(SOURCES.resolve(name))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packages of contracts the source names (package clause included), comments and literals left out. */
    static Set<String> packagesUsed(String source) {
        Matcher names = Pattern.compile(Pattern.quote(BASE) + "\\.([a-z]\\w*)\\b").matcher(code(source));
        Set<String> packages = new TreeSet<>();
        while (names.find()) {
            packages.add(names.group(1));
        }
        return packages;
    }

    /** The source with comments, string, text-block and char literals blanked. */
    private static String code(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end = literalOrCommentEnd(source, i);
            if (end > i) {
                code.append(' ');
                i = end;
            } else {
                code.append(source.charAt(i++));
            }
        }
        return code.toString();
    }

    /** Where the comment or literal starting at {@code i} ends, or {@code i} when none starts there. */
    private static int literalOrCommentEnd(String s, int i) {
        if (s.startsWith("//", i)) {
            int end = s.indexOf('\n', i);
            return end < 0 ? s.length() : end;
        }
        if (s.startsWith("/*", i)) {
            return s.indexOf("*/", i + 2) + 2;
        }
        if (s.startsWith("\"\"\"", i)) {
            return s.indexOf("\"\"\"", i + 3) + 3;
        }
        char c = s.charAt(i);
        if (c == '"' || c == '\'') {
            int j = i + 1;
            while (s.charAt(j) != c) {
                j += s.charAt(j) == '\\' ? 2 : 1;
            }
            return j + 1;
        }
        return i;
    }

    /** The cycles of a package graph, each as its packages in order from the smallest name, once. */
    static Set<List<String>> cycles(Map<String, Set<String>> graph) {
        Set<List<String>> cycles = new LinkedHashSet<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            Deque<String> path = new ArrayDeque<>();
            path.push(start);
            walk(graph, start, path, cycles);
        }
        return cycles;
    }

    private static void walk(Map<String, Set<String>> graph, String start, Deque<String> path, Set<List<String>> cycles) {
        for (String next : new TreeSet<>(graph.getOrDefault(path.peek(), Set.of()))) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                Collections.reverse(cycle);
                if (cycle.stream().allMatch(p -> p.compareTo(start) >= 0)) {
                    cycles.add(List.copyOf(cycle));
                }
            } else if (!path.contains(next) && next.compareTo(start) > 0) {
                path.push(next);
                walk(graph, start, path, cycles);
                path.pop();
            }
        }
    }
}
