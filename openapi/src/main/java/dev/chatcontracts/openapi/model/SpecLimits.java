package dev.chatcontracts.openapi.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The bounds every spec is read within, checked before Swagger Parser (which expands YAML aliases
 * without a limit) sees the text: a spec that breaks one is a {@link SpecException} naming the spec, the
 * limit (and its key, to raise it) and the line, never minutes of CPU and gigabytes of heap.
 *
 * <ul>
 *   <li>{@code codePoints}: {@value #MAX_CODE_POINTS} code points (3 MB of text, SnakeYAML's default); a file
 *       over four times as many bytes is not read;</li>
 *   <li>{@code nestingDepth}: {@value #MAX_NESTING_DEPTH} levels of YAML/JSON nesting;</li>
 *   <li>{@code aliases}: {@value #MAX_ALIASES_FOR_COLLECTIONS} aliases of collections (SnakeYAML's default), no
 *       alias inside the collection it names, and {@code expandedNodes}: at most {@value #MAX_EXPANDED_NODES} nodes
 *       once every alias is expanded (a "billion laughs" bomb of 0.7 KB stays under the alias count);</li>
 *   <li>no schema that applies itself to the same value ({@code A: allOf [B]}, {@code B: allOf [A]}):
 *       recursion through {@code properties}, {@code items} or {@code additionalProperties} is fine.</li>
 * </ul>
 *
 * <p>The defaults are {@link #defaults()}; {@link #with(String, long)} changes one by its key (the CLIs'
 * {@code --spec-limit KEY=VALUE}, the plugin's {@code chatContracts.specMax*} properties).
 */
public final class SpecLimits {

    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    public static final int MAX_NESTING_DEPTH = 200;
    public static final int MAX_ALIASES_FOR_COLLECTIONS = 50;
    public static final long MAX_EXPANDED_NODES = 1_000_000;

    /** The keys of {@link #with}, in the order of the messages and the documentation. */
    public static final List<String> KEYS = List.of("codePoints", "nestingDepth", "aliases", "expandedNodes");

    private static final SpecLimits DEFAULTS = new SpecLimits(MAX_CODE_POINTS, MAX_NESTING_DEPTH, MAX_ALIASES_FOR_COLLECTIONS,
            MAX_EXPANDED_NODES);

    private final int maxCodePoints;
    private final int maxNestingDepth;
    private final int maxAliases;
    private final long maxExpandedNodes;

    private SpecLimits(int maxCodePoints, int maxNestingDepth, int maxAliases, long maxExpandedNodes) {
        this.maxCodePoints = maxCodePoints;
        this.maxNestingDepth = maxNestingDepth;
        this.maxAliases = maxAliases;
        this.maxExpandedNodes = maxExpandedNodes;
    }

    /** The bounds above. */
    public static SpecLimits defaults() {
        return DEFAULTS;
    }

    /**
     * These limits with one changed: {@code codePoints}, {@code nestingDepth}, {@code aliases} or {@code expandedNodes}
     * (case-insensitive); {@link IllegalArgumentException} for another key or a value below 1 (or above an int's range for
     * all but {@code expandedNodes}).
     */
    public SpecLimits with(String key, long value) {
        if (value < 1 || (!"expandedNodes".equalsIgnoreCase(key) && value > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("the spec limit " + key + " must be between 1 and "
                    + ("expandedNodes".equalsIgnoreCase(key) ? Long.MAX_VALUE : Integer.MAX_VALUE) + ": " + value);
        }
        return switch (key.toLowerCase(java.util.Locale.ROOT)) {
            case "codepoints" -> new SpecLimits((int) value, maxNestingDepth, maxAliases, maxExpandedNodes);
            case "nestingdepth" -> new SpecLimits(maxCodePoints, (int) value, maxAliases, maxExpandedNodes);
            case "aliases" -> new SpecLimits(maxCodePoints, maxNestingDepth, (int) value, maxExpandedNodes);
            case "expandednodes" -> new SpecLimits(maxCodePoints, maxNestingDepth, maxAliases, value);
            default -> throw new IllegalArgumentException("no spec limit " + key + " (one of " + String.join(", ", KEYS) + ")");
        };
    }

    /** These limits with each of {@code limits} ({@code KEY -> value}) applied. */
    public SpecLimits with(Map<String, Long> limits) {
        SpecLimits result = this;
        for (Map.Entry<String, Long> limit : limits.entrySet()) {
            result = result.with(limit.getKey(), limit.getValue());
        }
        return result;
    }

    public int maxCodePoints() {
        return maxCodePoints;
    }

    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    public int maxAliases() {
        return maxAliases;
    }

    public long maxExpandedNodes() {
        return maxExpandedNodes;
    }

    /** The largest spec file read, in bytes: four per code point. */
    long maxFileBytes() {
        return maxCodePoints * 4L;
    }

    /** {@code spec.tooLarge} for {@code location}: larger than the code point limit. */
    SpecException tooLarge(String location) {
        return new SpecException("spec.tooLarge", location, "is larger than the limit of " + maxCodePoints
                + " code points (spec limit codePoints)");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpecLimits that && maxCodePoints == that.maxCodePoints && maxNestingDepth == that.maxNestingDepth
                && maxAliases == that.maxAliases && maxExpandedNodes == that.maxExpandedNodes;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(maxCodePoints, maxNestingDepth, maxAliases, maxExpandedNodes);
    }

    @Override
    public String toString() {
        return "codePoints=" + maxCodePoints + ", nestingDepth=" + maxNestingDepth + ", aliases=" + maxAliases
                + ", expandedNodes=" + maxExpandedNodes;
    }

    LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(maxCodePoints);
        options.setNestingDepthLimit(maxNestingDepth);
        // composing never expands an alias: the count is enforced, with the place, by Expansion
        options.setMaxAliasesForCollections(Integer.MAX_VALUE);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(true);
        return options;
    }

    /**
     * Composes the text with bounded options (aliases are not expanded) and measures its expansion; the
     * composed document when it uses aliases (whose JSON tree has them expanded), else null.
     */
    Node checkText(String location, String content) {
        if (content.length() > maxCodePoints * 2L || content.codePointCount(0, content.length()) > maxCodePoints) {
            throw tooLarge(location);
        }
        Node root;
        try {
            root = new Yaml(loaderOptions()).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new SpecException(key(e.getMessage()), location, "cannot be read" + at(mark) + ": " + firstLine(e.getProblem())
                    + limitNamed(e.getMessage()));
        } catch (YAMLException e) {
            throw new SpecException(key(e.getMessage()), location, "cannot be read: " + firstLine(e.getMessage()) + limitNamed(e.getMessage()));
        } catch (StackOverflowError e) {
            throw new SpecException("spec.tooDeep", location, "is nested too deeply to be read");
        }
        if (root == null) {
            return null;
        }
        Expansion expansion = new Expansion(location, maxAliases, maxExpandedNodes);
        expansion.count(root);
        return expansion.aliases > 0 ? root : null;
    }

    /** The limit a SnakeYAML message is about, with its key: {@code  (limit 200, spec limit nestingDepth)}. */
    private String limitNamed(String message) {
        String key = key(message);
        return switch (key) {
            case "spec.tooDeep" -> " (limit " + maxNestingDepth + ", spec limit nestingDepth)";
            case "spec.tooLarge" -> " (limit " + maxCodePoints + ", spec limit codePoints)";
            default -> "";
        };
    }

    private static String key(String message) {
        String text = message == null ? "" : message;
        if (text.contains("aliases")) {
            return "spec.yaml.aliases";
        }
        if (text.contains("Nesting Depth")) {
            return "spec.tooDeep";
        }
        if (text.contains("code points")) {
            return "spec.tooLarge";
        }
        return "spec.syntax";
    }

    private static String at(Mark mark) {
        return mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Counts nodes as if every alias were expanded, each distinct node once (memoized), saturating. */
    private static final class Expansion {
        private final String location;
        private final int maxAliases;
        private final long maxExpandedNodes;
        private final Map<Node, Long> sizes = new IdentityHashMap<>();
        private final Set<Node> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private int aliases;

        Expansion(String location, int maxAliases, long maxExpandedNodes) {
            this.location = location;
            this.maxAliases = maxAliases;
            this.maxExpandedNodes = maxExpandedNodes;
        }

        long count(Node node) {
            Long known = sizes.get(node);
            if (known != null) {
                if (!(node instanceof org.yaml.snakeyaml.nodes.ScalarNode) && ++aliases > maxAliases) {
                    throw new SpecException("spec.yaml.aliases", location, "has more than " + maxAliases
                            + " aliases of collections (a YAML alias bomb?; spec limit aliases): the last names the collection"
                            + at(node.getStartMark()));
                }
                return known;
            }
            if (!open.add(node)) {
                throw new SpecException("spec.yaml.aliases", location,
                        "an alias refers to a collection that contains it" + at(node.getStartMark()));
            }
            long size = 1;
            if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    size = add(size, count(item), node);
                }
            } else if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    size = add(size, count(tuple.getKeyNode()), node);
                    size = add(size, count(tuple.getValueNode()), node);
                }
            }
            open.remove(node);
            sizes.put(node, size);
            return size;
        }

        private long add(long size, long more, Node node) {
            long sum = size + more;
            if (sum > maxExpandedNodes) {
                throw new SpecException("spec.yaml.aliases", location, "its aliases expand to more than "
                        + maxExpandedNodes + " nodes (a YAML alias bomb?; spec limit expandedNodes)" + at(node.getStartMark()));
            }
            return sum;
        }
    }

    /**
     * Rejects schemas that apply themselves to the same value: a cycle of {@code $ref}, {@code allOf},
     * {@code anyOf}, {@code oneOf} and {@code not} that consumes no level of the value.
     */
    void checkInPlaceCycles(String location, JsonNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        if (!schemas.isObject()) {
            return;
        }
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Set<String> targets = new LinkedHashSet<>();
            inPlaceRefs(entry.getValue(), targets, 0, maxNestingDepth);
            edges.put(LocalRefs.schemaRef(entry.getKey()), targets);
        }
        Map<String, Integer> state = new LinkedHashMap<>();
        for (String start : edges.keySet()) {
            List<String> path = new ArrayList<>();
            String cycle = findCycle(start, edges, state, path);
            if (cycle != null) {
                throw new SpecException("spec.ref.cycle", location + "#" + cycle.substring(0, cycle.indexOf(' ')).substring(1),
                        "the schema applies itself to the same value (" + cycle
                                + "): a cycle through $ref/allOf/anyOf/oneOf/not that no value can end");
            }
        }
    }

    private static void inPlaceRefs(JsonNode schema, Set<String> targets, int depth, int maxDepth) {
        if (!schema.isObject() || depth > maxDepth) {
            return;
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isTextual()) {
            targets.add(ref.asText());
        }
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode members = schema.get(composition);
            if (members != null && members.isArray()) {
                members.forEach(member -> inPlaceRefs(member, targets, depth + 1, maxDepth));
            }
        }
        JsonNode not = schema.get("not");
        if (not != null) {
            inPlaceRefs(not, targets, depth + 1, maxDepth);
        }
    }

    /** Depth-first: 1 on the path, 2 done; the cycle as "#/a → #/b → #/a", or null. */
    private static String findCycle(String node, Map<String, Set<String>> edges, Map<String, Integer> state, List<String> path) {
        Integer seen = state.get(node);
        if (seen != null && seen == 2) {
            return null;
        }
        if (seen != null) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return String.join(" → ", cycle);
        }
        state.put(node, 1);
        path.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            if (edges.containsKey(next)) {
                String cycle = findCycle(next, edges, state, path);
                if (cycle != null) {
                    return cycle;
                }
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return null;
    }
}
