package dev.chatcontracts.check.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the root README says about the repository's layout holds: its folder table names exactly the top-level
 * entries, its main command names this module's jar, and every relative link of every Markdown file (README,
 * src/docs, the module READMEs) leads to a file that exists and, with an anchor, to a heading in it.
 */
class DocumentationLayoutTest {

    /** This module is {@code src/check}: the repository root is two levels up. */
    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    private static final Set<String> PLUMBING = Set.of("mvnw", "mvnw.cmd", "target");
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([^`]+)` \\|");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");

    @Test
    void theReadmesFolderTableNamesEveryTopLevelEntry() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String table = section(readme, "## Why each top-level folder exists");
        Set<String> rows = TABLE_ROW.matcher(table).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));

        Set<String> entries;
        try (Stream<Path> top = Files.list(ROOT)) {
            entries = top.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !PLUMBING.contains(name))
                    .filter(name -> !onlyBuildOutput(ROOT.resolve(name)))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(rows).isEqualTo(entries);
    }

    /** A folder left holding only {@code target/} (a module moved away, its ignored build output kept) is not part of the layout. */
    private static boolean onlyBuildOutput(Path entry) {
        if (!Files.isDirectory(entry)) {
            return false;
        }
        try (Stream<Path> children = Files.list(entry)) {
            return children.allMatch(child -> child.getFileName().toString().equals("target"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theReadmesMainCommandRunsThisModulesJar() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);

        assertThat(ROOT.relativize(Path.of("").toAbsolutePath()).toString().replace('\\', '/')).isEqualTo("src/check");
        assertThat(pom).contains("<outputFile>${project.build.directory}/chat-contracts-check.jar</outputFile>");
        assertThat(readme).contains("java -jar src/check/target/chat-contracts-check.jar check");
    }

    @Test
    void everyRelativeLinkInTheDocumentationLeadsSomewhere() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> files = markdownFiles();
        assertThat(files).extracting(f -> ROOT.relativize(f).toString().replace('\\', '/'))
                .contains("README.md", "src/docs/user-guide.md", "src/docs/architecture.md", "src/docs/discrepancies.md");
        for (Path file : files) {
            Matcher link = LINK.matcher(outsideCode(Files.readString(file, StandardCharsets.UTF_8)));
            while (link.find()) {
                String problem = problem(file, link.group(1));
                if (problem != null) {
                    broken.add(ROOT.relativize(file) + ": " + link.group(1) + " (" + problem + ")");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static String problem(Path file, String target) throws IOException {
        if (target.matches("^[a-z]+:.*")) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path linked = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!linked.startsWith(ROOT) || !Files.exists(linked)) {
            return "no such file";
        }
        if (hash < 0) {
            return null;
        }
        String anchor = target.substring(hash + 1);
        return anchors(linked).contains(anchor) ? null : "no heading #" + anchor;
    }

    private static Set<String> anchors(Path markdown) throws IOException {
        Set<String> anchors = new TreeSet<>();
        for (String line : outsideCode(Files.readString(markdown, StandardCharsets.UTF_8)).split("\n")) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                anchors.add(heading.group(1).trim().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    /** The text with fenced code blocks blanked: their lines are neither headings nor links. */
    private static String outsideCode(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                out.append('\n');
                continue;
            }
            out.append(fenced ? "" : line).append('\n');
        }
        return out.toString();
    }

    private static List<Path> markdownFiles() throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.equals(ROOT) ? "" : dir.getFileName().toString();
                return name.equals("target") || name.startsWith(".") || name.equals("node_modules")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().endsWith(".md")) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertThat(start).as("heading %s", heading).isNotNegative();
        int end = markdown.indexOf("\n## ", start + heading.length() + 1);
        return end < 0 ? markdown.substring(start) : markdown.substring(start, end);
    }
}
