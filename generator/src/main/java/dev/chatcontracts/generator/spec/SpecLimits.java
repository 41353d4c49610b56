package dev.chatcontracts.generator.spec;

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
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The bounds every spec is read within, checked before Swagger Parser (which expands YAML aliases
 * without a limit) sees the text: a spec that breaks one is a {@link SpecException} naming the spec and
 * the line, never minutes of CPU and gigabytes of heap.
 *
 * <ul>
 *   <li>{@value #MAX_CODE_POINTS} code points (3 MB of text, SnakeYAML's default);</li>
 *   <li>{@value #MAX_NESTING_DEPTH} levels of YAML/JSON nesting;</li>
 *   <li>{@value #MAX_ALIASES_FOR_COLLECTIONS} aliases of collections (SnakeYAML's default), no alias
 *       inside the collection it names, and at most {@value #MAX_EXPANDED_NODES} nodes once every alias
 *       is expanded (a "billion laughs" bomb of 0.7 KB stays under the alias count);</li>
 *   <li>no schema that applies itself to the same value ({@code A: allOf [B]}, {@code B: allOf [A]}):
 *       recursion through {@code properties}, {@code items} or {@code additionalProperties} is fine.</li>
 * </ul>
 */
public final class SpecLimits {

    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    public static final int MAX_NESTING_DEPTH = 200;
    public static final int MAX_ALIASES_FOR_COLLECTIONS = 50;
    public static final long MAX_EXPANDED_NODES = 1_000_000;

    private SpecLimits() {
    }

    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
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
    static Node checkText(String location, String content) {
        if (content.length() > MAX_CODE_POINTS * 2L) {
            throw new SpecException("spec.tooLarge", location, "is larger than " + MAX_CODE_POINTS + " code points");
        }
        Node root;
        try {
            root = new Yaml(loaderOptions()).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new SpecException(key(e.getMessage()), location, "cannot be read" + at(mark) + ": " + firstLine(e.getProblem()));
        } catch (YAMLException e) {
            throw new SpecException(key(e.getMessage()), location, "cannot be read: " + firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            throw new SpecException("spec.tooDeep", location, "is nested too deeply to be read");
        }
        if (root == null) {
            return null;
        }
        Expansion expansion = new Expansion(location);
        expansion.count(root);
        return expansion.aliases > 0 ? root : null;
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
        private final Map<Node, Long> sizes = new IdentityHashMap<>();
        private final Set<Node> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private int aliases;

        Expansion(String location) {
            this.location = location;
        }

        long count(Node node) {
            Long known = sizes.get(node);
            if (known != null) {
                if (!(node instanceof org.yaml.snakeyaml.nodes.ScalarNode) && ++aliases > MAX_ALIASES_FOR_COLLECTIONS) {
                    throw new SpecException("spec.yaml.aliases", location, "has more than " + MAX_ALIASES_FOR_COLLECTIONS
                            + " aliases of collections (a YAML alias bomb?): the last names the collection"
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
            if (sum > MAX_EXPANDED_NODES) {
                throw new SpecException("spec.yaml.aliases", location, "its aliases expand to more than "
                        + MAX_EXPANDED_NODES + " nodes (a YAML alias bomb?)" + at(node.getStartMark()));
            }
            return sum;
        }
    }

    /** The JSON tree of a composed document, every alias expanded (bounded by the expansion check). */
    static JsonNode toTree(Node node) {
        com.fasterxml.jackson.databind.node.JsonNodeFactory json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (node instanceof SequenceNode sequence) {
            com.fasterxml.jackson.databind.node.ArrayNode array = json.arrayNode();
            sequence.getValue().forEach(item -> array.add(toTree(item)));
            return array;
        }
        if (node instanceof MappingNode mapping) {
            com.fasterxml.jackson.databind.node.ObjectNode object = json.objectNode();
            List<com.fasterxml.jackson.databind.node.ObjectNode> merged = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (Tag.MERGE.equals(tuple.getKeyNode().getTag())) {
                    JsonNode value = toTree(tuple.getValueNode());
                    if (value.isObject()) {
                        merged.add((com.fasterxml.jackson.databind.node.ObjectNode) value);
                    } else {
                        value.forEach(item -> {
                            if (item.isObject()) {
                                merged.add((com.fasterxml.jackson.databind.node.ObjectNode) item);
                            }
                        });
                    }
                    continue;
                }
                JsonNode key = toTree(tuple.getKeyNode());
                object.set(key.isValueNode() ? key.asText() : key.toString(), toTree(tuple.getValueNode()));
            }
            for (com.fasterxml.jackson.databind.node.ObjectNode base : merged) {
                base.fields().forEachRemaining(field -> {
                    if (!object.has(field.getKey())) {
                        object.set(field.getKey(), field.getValue());
                    }
                });
            }
            return object;
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.NULL.equals(tag)) {
                return json.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return json.booleanNode(text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("on"));
            }
            if (Tag.INT.equals(tag)) {
                String digits = text.replace("_", "");
                java.math.BigInteger value = digits.startsWith("0x") ? new java.math.BigInteger(digits.substring(2), 16)
                        : new java.math.BigInteger(digits);
                return value.bitLength() < 32 ? json.numberNode(value.intValue())
                        : value.bitLength() < 64 ? json.numberNode(value.longValue()) : json.numberNode(value);
            }
            if (Tag.FLOAT.equals(tag)) {
                return json.numberNode(Double.parseDouble(text.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            return json.textNode(text);
        }
        return json.textNode(text);
    }

    /**
     * Rejects schemas that apply themselves to the same value: a cycle of {@code $ref}, {@code allOf},
     * {@code anyOf}, {@code oneOf} and {@code not} that consumes no level of the value.
     */
    static void checkInPlaceCycles(String location, JsonNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        if (!schemas.isObject()) {
            return;
        }
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Set<String> targets = new LinkedHashSet<>();
            inPlaceRefs(entry.getValue(), targets, 0);
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

    private static void inPlaceRefs(JsonNode schema, Set<String> targets, int depth) {
        if (!schema.isObject() || depth > MAX_NESTING_DEPTH) {
            return;
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isTextual()) {
            targets.add(ref.asText());
        }
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode members = schema.get(composition);
            if (members != null && members.isArray()) {
                members.forEach(member -> inPlaceRefs(member, targets, depth + 1));
            }
        }
        JsonNode not = schema.get("not");
        if (not != null) {
            inPlaceRefs(not, targets, depth + 1);
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
