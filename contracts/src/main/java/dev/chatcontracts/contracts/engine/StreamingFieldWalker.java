package dev.chatcontracts.contracts.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.chatcontracts.generator.spec.LocalRefs;
import dev.chatcontracts.generator.spec.SpecException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link InstanceWalker} over a token stream: walks one JSON value read from a Jackson {@link JsonParser}
 * together with its OpenAPI schema, and finds the same fields the schema does not declare (in body
 * order), and the same declared fields present. {@code readOnly} fields are not reported.
 *
 * <p>The semantics are InstanceWalker's: {@code $ref} and {@code allOf} are followed; of the members of a
 * {@code oneOf}/{@code anyOf} the one the discriminator names applies, else those the object fits (type and
 * {@code required} names), else all; an object schema without {@code additionalProperties} is closed.
 * Since the discriminator and the required names may come after the other fields of an object, the
 * branch of an object under {@code oneOf}/{@code anyOf} is only known at its end. Such an object is walked
 * for each candidate set of branches at once: each field's outcome (declared with a schema, a map value,
 * unknown, ignored) is worked out per candidate when the schema is first met; a field whose outcome is the
 * same in every candidate is recorded at once, the others are kept per field until the object ends, and
 * the candidate the object's facts (discriminator value, names present) choose then keeps its results.
 * A field value is streamed once when every candidate walks it with schemas of the same shape (the
 * structure InstanceWalker reads, annotations aside); only a value that candidates walk with schemas of
 * different shapes (a field two members declare differently) is buffered as tokens (Jackson's {@link
 * TokenBuffer}) and walked once per shape.
 *
 * <p>Memory does not grow with the body beyond the results themselves: the walk keeps the pointer and path
 * of the current value, the pending fields of the open objects under {@code oneOf}/{@code anyOf} with
 * their results (the pointers of their unknown fields, the set of their seen paths), and at most one field
 * value per open object where candidates walk it differently. Plans per schema are cached and bounded by
 * the spec. A composition with too many ways to choose (over 256 candidate sets of branches, over 8
 * members told apart by {@code required} names, over 64 such names; none in the bundled specs) falls back
 * to buffering each such object as tokens. Values the schema does not walk (scalars, unknown or undeclared
 * fields, values without a schema) are skipped with {@link JsonParser#skipChildren()}, at the cost of a
 * token scan.
 *
 * <p>Known differences from InstanceWalker: a key repeated in one object is walked at each occurrence (the
 * tree keeps the last value, at the first place); a broken {@code $ref} in a composition fails when the
 * schema is first planned, even where InstanceWalker would not have followed it; scalars are not resolved
 * against their schema, so a broken {@code $ref} under a scalar does not fail. Thread-safe.
 */
public final class StreamingFieldWalker {

    private static final int MAX_DEPTH = 256;
    private static final int MAX_FACT_NAMES = Long.SIZE;
    private static final int MAX_CACHED_DECISIONS = 1024;
    private static final int MAX_CACHED_ROOTS = 1024;
    private static final String[] SHAPE_KEYWORDS = {"$ref", "type", "required", "discriminator"};
    private static final String[] SHAPE_SCHEMAS = {"allOf", "oneOf", "anyOf", "properties", "items", "additionalProperties"};
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final byte NOTHING = 0;
    private static final byte UNKNOWN = 1;
    private static final byte PROPERTY = 2;
    private static final byte MAP_VALUE = 3;

    private final JsonNode document;
    private final SchemaBranches branches;
    private final Map<WalkKey, Walk> walks = new HashMap<>();
    private final Map<JsonNode, Plan> plans = new IdentityHashMap<>();
    private final Map<JsonNode, Walk> roots = new IdentityHashMap<>();

    /** @param openApiDocument the whole OpenAPI document */
    public StreamingFieldWalker(JsonNode openApiDocument) {
        this.document = openApiDocument;
        this.branches = new SchemaBranches(openApiDocument);
    }

    /**
     * Walks the one JSON value at the parser (advancing to the first token when the parser has no current
     * token) against the OpenAPI {@code schema}, and leaves the parser on the value's last token.
     *
     * @return the unknown pointers (body order), unknown paths and seen paths InstanceWalker gives for the
     *     same JSON; no readOnly pointers
     */
    public WalkResult walk(JsonNode schema, JsonParser parser) throws IOException {
        Collector out = new Collector();
        if (parser.currentToken() != null || parser.nextToken() != null) {
            new Pass().value(schema == null ? null : rootWalk(schema), parser, new Path(""), 0, out);
        }
        return out.result();
    }

    // ------------------------------------------------------------------ one walk

    /** The state of one walk: the pointer of the current value, and the paths built so far. */
    private final class Pass {
        private String[] names = new String[64];
        private int[] indexes = new int[64];
        private int size;

        void value(Walk walk, JsonParser p, Path path, int depth, Collector out) throws IOException {
            if (walk == null || walk.schema == null || depth > MAX_DEPTH) {
                p.skipChildren();
            } else if (p.currentToken() == JsonToken.START_OBJECT) {
                object(walk.objectPlan(), p, path, depth, out);
            } else if (p.currentToken() == JsonToken.START_ARRAY) {
                array(walk.items(), p, path, depth, out);
            }
        }

        private void array(Walk items, JsonParser p, Path path, int depth, Collector out) throws IOException {
            if (items.schema == null || depth >= MAX_DEPTH) {
                p.skipChildren();
                return;
            }
            Path elementPath = path.star();
            pushIndex();
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                if (p.currentToken().isStructStart()) {
                    indexes[size - 1] = i;
                    value(items, p, elementPath, depth + 1, out);
                }
            }
            pop();
        }

        private void object(Plan plan, JsonParser p, Path path, int depth, Collector out) throws IOException {
            if (plan.inert) {
                p.skipChildren();
            } else if (plan.undecidable) {
                decideAsTree(plan, p, path, depth, out);
            } else if (plan.candidates.size() == 1) {
                certainObject(plan, p, path, depth, out);
            } else {
                uncertainObject(plan, p, path, depth, out);
            }
        }

        /** An object whose schemas are known: each field is recorded and walked as it comes. */
        private void certainObject(Plan plan, JsonParser p, Path path, int depth, Collector out) throws IOException {
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                field(plan.rule(name), 0, name, p, path, depth, out);
            }
        }

        /**
         * An object under oneOf/anyOf: fields whose outcome differs between the candidates are walked into
         * per-field results that the candidate chosen at the end keeps.
         */
        private void uncertainObject(Plan plan, JsonParser p, Path path, int depth, Collector out) throws IOException {
            long present = 0;
            String[] discriminators = plan.discriminatorSlots.isEmpty() ? null : new String[plan.discriminatorSlots.size()];
            List<Pending> pending = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                Rule rule = plan.rule(name);
                if (rule.bit >= 0) {
                    present |= 1L << rule.bit;
                }
                if (rule.slot >= 0) {
                    discriminators[rule.slot] = text(p);
                }
                if (rule.inert) {
                    p.skipChildren();
                } else if (rule.uniform && pending == null) {
                    field(rule, 0, name, p, path, depth, out);
                } else {
                    Collector[] results = walkPerSchema(rule, name, p, path, depth);
                    if (rule.uniform && rule.kinds[0] != UNKNOWN && !hasPointers(results)) {
                        settle(rule, 0, name, results, path, out);
                    } else {
                        pending = pending == null ? new ArrayList<>() : pending;
                        pending.add(new Pending(name, rule, results));
                    }
                }
            }
            if (pending != null) {
                int chosen = plan.decide(present, discriminators);
                for (Pending field : pending) {
                    settle(field.rule(), chosen, field.name(), field.results(), path, out);
                }
            }
        }

        /** Too many candidates to follow: the object is buffered, decided as a tree, then walked. */
        private void decideAsTree(Plan plan, JsonParser p, Path path, int depth, Collector out) throws IOException {
            TokenBuffer buffer = new TokenBuffer(p);
            buffer.copyCurrentStructure(p);
            JsonNode tree;
            try (JsonParser tokens = buffer.asParser()) {
                tree = MAPPER.readTree(tokens);
            }
            Plan decided = planOf(plan.schema, List.of(branches.effective(plan.schema, new SchemaBranches.TreeInstance(tree))));
            try (JsonParser tokens = buffer.asParserOnFirstToken()) {
                object(decided, tokens, path, depth, out);
            }
        }

        /** Records a field with the outcome of candidate {@code c} and walks its value as it comes. */
        private void field(Rule rule, int c, String name, JsonParser p, Path path, int depth, Collector out)
                throws IOException {
            switch (rule.kinds[c]) {
                case UNKNOWN -> {
                    out.unknown(pointer(name), path.unknown(name));
                    p.skipChildren();
                }
                case PROPERTY -> {
                    out.seen(path.child(name));
                    descend(rule.walks[c], name, p, path, depth, out);
                }
                case MAP_VALUE -> descend(rule.walks[c], name, p, path, depth, out);
                default -> p.skipChildren();
            }
        }

        /**
         * Walks a field value once per schema the candidates walk it with: streamed for one schema,
         * buffered as tokens for several. Null when nothing is walked.
         */
        private Collector[] walkPerSchema(Rule rule, String name, JsonParser p, Path path, int depth) throws IOException {
            if (rule.distinct.length == 0 || depth >= MAX_DEPTH || !p.currentToken().isStructStart()) {
                p.skipChildren();
                return null;
            }
            Collector[] results = new Collector[rule.distinct.length];
            if (results.length == 1) {
                results[0] = new Collector();
                descend(rule.distinct[0], name, p, path, depth, results[0]);
                return results;
            }
            TokenBuffer buffer = new TokenBuffer(p);
            buffer.copyCurrentStructure(p);
            for (int i = 0; i < results.length; i++) {
                results[i] = new Collector();
                try (JsonParser tokens = buffer.asParserOnFirstToken()) {
                    descend(rule.distinct[i], name, tokens, path, depth, results[i]);
                }
            }
            return results;
        }

        /** Records a field walked beforehand with the outcome of candidate {@code c}. */
        private void settle(Rule rule, int c, String name, Collector[] results, Path path, Collector out) {
            switch (rule.kinds[c]) {
                case UNKNOWN -> out.unknown(pointer(name), path.unknown(name));
                case PROPERTY -> {
                    out.seen(path.child(name));
                    addWalked(results, rule.walkIndexes[c], out);
                }
                case MAP_VALUE -> addWalked(results, rule.walkIndexes[c], out);
                default -> {
                }
            }
        }

        private void addWalked(Collector[] results, int index, Collector out) {
            if (results != null && index >= 0) {
                out.addAll(results[index]);
            }
        }

        /** Walks a field's value one level down, with the field's path or its map path. */
        private void descend(Walk walk, String name, JsonParser p, Path path, int depth, Collector out) throws IOException {
            if (walk.schema == null || depth >= MAX_DEPTH || !p.currentToken().isStructStart()) {
                p.skipChildren();
                return;
            }
            push(name);
            value(walk, p, walk.star ? path.star() : path.child(name), depth + 1, out);
            pop();
        }

        /** The pointer of field {@code name} of the current object. */
        private String pointer(String name) {
            StringBuilder pointer = new StringBuilder();
            for (int i = 0; i < size; i++) {
                pointer.append('/');
                if (names[i] != null) {
                    pointer.append(ApiContract.escape(names[i]));
                } else {
                    pointer.append(indexes[i]);
                }
            }
            return pointer.append('/').append(ApiContract.escape(name)).toString();
        }

        private void push(String name) {
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                indexes = Arrays.copyOf(indexes, size * 2);
            }
            names[size++] = name;
        }

        private void pushIndex() {
            push(null);
            indexes[size - 1] = 0;
        }

        private void pop() {
            size--;
        }
    }

    private static boolean hasPointers(Collector[] results) {
        if (results != null) {
            for (Collector result : results) {
                if (result.hasPointers()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code instance.path(name).asText(null)} for the value at the parser, without reading it. */
    private static String text(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> null;
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(p).asText();
            case START_OBJECT, START_ARRAY -> "";
            default -> p.getText();
        };
    }

    /** The node Jackson's tree deserializer makes of a number. */
    private static JsonNode number(JsonParser p) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return switch (p.getNumberType()) {
                case INT -> nodes.numberNode(p.getIntValue());
                case LONG -> nodes.numberNode(p.getLongValue());
                default -> nodes.numberNode(p.getBigIntegerValue());
            };
        }
        return switch (p.getNumberTypeFP()) {
            case BIG_DECIMAL -> nodes.numberNode(p.getDecimalValue());
            case FLOAT32 -> nodes.numberNode(p.getFloatValue());
            default -> nodes.numberNode(p.getDoubleValue());
        };
    }

    // ------------------------------------------------------------------ results

    /**
     * A field path ({@code /chats/*}{@code /visitor}) of one walk, made once: its children are kept, so that
     * walking a field costs one lookup, and remembers the last collector it was added to.
     */
    private static final class Path {
        final String path;
        private Map<String, Path> children;
        private Path star;
        private Collector seenBy;

        Path(String path) {
            this.path = path;
        }

        /** The path of a declared field. */
        Path child(String name) {
            if (children == null) {
                children = new HashMap<>();
            }
            Path child = children.get(name);
            if (child == null) {
                child = new Path(path + "/" + ApiContract.escape(name));
                children.put(name, child);
            }
            return child;
        }

        /** The path of array items and map values. */
        Path star() {
            if (star == null) {
                star = new Path(path + "/*");
            }
            return star;
        }

        /** The path of an unknown field: not kept, as unknown names are the body's. */
        String unknown(String name) {
            return path + "/" + ApiContract.escape(name);
        }
    }

    /** Unknown pointers in body order, unknown paths and seen paths; collections made on first use. */
    private static final class Collector {
        private List<String> unknownPointers;
        private Set<String> unknownPaths;
        private Set<String> seenPaths;

        void unknown(String pointer, String path) {
            if (unknownPointers == null) {
                unknownPointers = new ArrayList<>();
                unknownPaths = new HashSet<>();
            }
            unknownPointers.add(pointer);
            unknownPaths.add(path);
        }

        void seen(Path path) {
            if (path.seenBy != this) {
                if (seenPaths == null) {
                    seenPaths = new HashSet<>();
                }
                seenPaths.add(path.path);
                path.seenBy = this;
            }
        }

        void addAll(Collector other) {
            if (other.unknownPointers != null) {
                if (unknownPointers == null) {
                    unknownPointers = new ArrayList<>(other.unknownPointers.size());
                    unknownPaths = new HashSet<>();
                }
                unknownPointers.addAll(other.unknownPointers);
                unknownPaths.addAll(other.unknownPaths);
            }
            if (other.seenPaths != null) {
                if (seenPaths == null) {
                    seenPaths = new HashSet<>();
                }
                seenPaths.addAll(other.seenPaths);
            }
        }

        boolean hasPointers() {
            return unknownPointers != null;
        }

        WalkResult result() {
            return new WalkResult(unknownPointers == null ? List.of() : unknownPointers,
                    unknownPaths == null ? Set.of() : unknownPaths, seenPaths == null ? Set.of() : seenPaths, List.of());
        }
    }

    // ------------------------------------------------------------------ plans

    /**
     * A schema to walk a value with: the resolved schema (null when there is nothing to walk), and whether
     * the value's path ends in {@code *} (a map value or array item) rather than the field name. Interned
     * by {@linkplain #shape shape}, so that schemas differing only in annotations are one walk. Its object
     * plan and item walk are made on first use.
     */
    private final class Walk {
        final JsonNode schema;
        final boolean star;
        private volatile Plan objectPlan;
        private volatile Walk items;

        Walk(JsonNode schema, boolean star) {
            this.schema = schema;
            this.star = star;
        }

        Plan objectPlan() {
            Plan plan = objectPlan;
            if (plan == null) {
                plan = plan(schema);
                objectPlan = plan;
            }
            return plan;
        }

        /** What an array's items are walked with (InstanceWalker: the first {@code items} of the effective schemas). */
        Walk items() {
            Walk walk = items;
            if (walk == null) {
                JsonNode node = InstanceWalker.first(branches.effective(schema, SchemaBranches.ArrayInstance.INSTANCE), "items");
                walk = node == null ? walkFor(null, true) : walkFor(node, true);
                items = walk;
            }
            return walk;
        }
    }

    private record WalkKey(JsonNode shape, boolean star) {
    }

    /** The walk of a schema given to {@link #walk}, kept by identity for the spec's schemas. */
    private Walk rootWalk(JsonNode schema) {
        synchronized (roots) {
            Walk walk = roots.get(schema);
            if (walk == null) {
                walk = walkFor(schema, false);
                if (roots.size() < MAX_CACHED_ROOTS) {
                    roots.put(schema, walk);
                }
            }
            return walk;
        }
    }

    /**
     * The interned walk of a property, map or items schema; a schema that is not an object walks nothing.
     * Schemas of the same {@linkplain #shape shape} are one walk.
     */
    private Walk walkFor(JsonNode node, boolean star) {
        JsonNode schema = null;
        if (node != null && node.isObject()) {
            try {
                schema = LocalRefs.deref(document, node);
            } catch (SpecException e) {
                schema = node;
            }
        }
        JsonNode resolved = schema;
        WalkKey key = new WalkKey(schema == null ? null : shape(schema), star);
        synchronized (walks) {
            return walks.computeIfAbsent(key, k -> new Walk(resolved, star));
        }
    }

    /**
     * What a walk reads of a schema: the keywords InstanceWalker looks at ({@code $ref}, {@code type},
     * {@code required}, {@code discriminator}, the compositions, {@code properties}, {@code items},
     * {@code additionalProperties}), inline schemas reduced alike, annotations left out. Two schemas of the
     * same shape walk every value alike.
     */
    private static JsonNode shape(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode shape = JsonNodeFactory.instance.objectNode();
        for (String keyword : SHAPE_KEYWORDS) {
            JsonNode value = schema.get(keyword);
            if (value != null) {
                shape.set(keyword, value);
            }
        }
        for (String keyword : SHAPE_SCHEMAS) {
            JsonNode value = schema.get(keyword);
            if (value != null) {
                shape.set(keyword, keyword.equals("items") || keyword.equals("additionalProperties") ? shape(value)
                        : shapes(value));
            }
        }
        return shape;
    }

    /** The shapes of the schemas of a list ({@code allOf}) or map ({@code properties}), in their places. */
    private static JsonNode shapes(JsonNode container) {
        if (container.isArray()) {
            ArrayNode shapes = JsonNodeFactory.instance.arrayNode();
            container.forEach(member -> shapes.add(shape(member)));
            return shapes;
        }
        if (container.isObject()) {
            ObjectNode shapes = JsonNodeFactory.instance.objectNode();
            container.properties().forEach(e -> shapes.set(e.getKey(), shape(e.getValue())));
            return shapes;
        }
        return container;
    }

    /**
     * What an object's fields come to under one candidate set of branches: the walk of each declared
     * property (the first declaration in schema order), the walk of additional properties, whether the
     * object is closed. Equal candidates give equal results.
     */
    private record Candidate(Map<String, Walk> properties, Walk additional, boolean closed) {
    }

    /**
     * What a field comes to under each candidate (its kind and walk, and the index of that walk among the
     * field's distinct walks, -1 when there is nothing to walk), whether that is the same in all of them,
     * and the fact bit and discriminator slot of its name, or -1.
     */
    private static final class Rule {
        final byte[] kinds;
        final Walk[] walks;
        final int[] walkIndexes;
        final Walk[] distinct;
        final boolean uniform;
        final boolean inert;
        final int bit;
        final int slot;

        Rule(String name, List<Candidate> candidates, int bit, int slot) {
            int n = candidates.size();
            kinds = new byte[n];
            walks = new Walk[n];
            walkIndexes = new int[n];
            List<Walk> different = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                outcome(candidates.get(i), name, i);
                walkIndexes[i] = walks[i] == null || walks[i].schema == null ? -1 : indexOf(different, walks[i]);
            }
            distinct = different.toArray(new Walk[0]);
            uniform = isUniform();
            inert = uniform && (n == 0 || kinds[0] == NOTHING);
            this.bit = bit;
            this.slot = slot;
        }

        private void outcome(Candidate candidate, String name, int i) {
            Walk property = name == null ? null : candidate.properties().get(name);
            if (property != null) {
                kinds[i] = PROPERTY;
                walks[i] = property;
            } else if (candidate.additional() != null) {
                kinds[i] = MAP_VALUE;
                walks[i] = candidate.additional();
            } else {
                kinds[i] = candidate.closed() ? UNKNOWN : NOTHING;
            }
        }

        private static int indexOf(List<Walk> different, Walk walk) {
            for (int i = 0; i < different.size(); i++) {
                if (different.get(i) == walk) {
                    return i;
                }
            }
            different.add(walk);
            return different.size() - 1;
        }

        private boolean isUniform() {
            for (int i = 1; i < kinds.length; i++) {
                if (kinds[i] != kinds[0] || walks[i] != walks[0]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * How to walk an object against one schema: the candidates (the distinct outcomes of the ways its
     * oneOf/anyOf could be chosen), a rule per name that matters, and the facts that choose: the bit of
     * each {@code required} name of a member, the slot of each discriminator property.
     */
    private final class Plan {
        final JsonNode schema;
        final List<Candidate> candidates;
        final Map<String, Integer> factBits;
        final Map<String, Integer> discriminatorSlots;
        final Map<String, Rule> rules = new HashMap<>();
        final Rule otherRule;
        final boolean inert;
        final boolean undecidable;
        private final Map<Candidate, Integer> candidateIndexes = new LinkedHashMap<>();
        private final Map<Identities, Integer> effectiveIndexes = new HashMap<>();
        private final Map<List<Object>, Integer> decisions = new ConcurrentHashMap<>();

        Plan(JsonNode schema, List<List<JsonNode>> effectives, Map<String, Integer> factBits,
                Map<String, Integer> discriminatorSlots, boolean undecidable) {
            this.schema = schema;
            this.factBits = factBits;
            this.discriminatorSlots = discriminatorSlots;
            this.undecidable = undecidable;
            for (List<JsonNode> effective : effectives) {
                Integer index = candidateIndexes.putIfAbsent(candidate(effective), candidateIndexes.size());
                effectiveIndexes.put(new Identities(effective), index == null ? candidateIndexes.size() - 1 : index);
            }
            this.candidates = List.copyOf(candidateIndexes.keySet());
            Set<String> names = new HashSet<>(factBits.keySet());
            names.addAll(discriminatorSlots.keySet());
            candidates.forEach(c -> names.addAll(c.properties().keySet()));
            names.forEach(name -> rules.put(name, new Rule(name, candidates, factBits.getOrDefault(name, -1),
                    discriminatorSlots.getOrDefault(name, -1))));
            this.otherRule = new Rule(null, candidates, -1, -1);
            this.inert = !undecidable && otherRule.inert && rules.values().stream().allMatch(r -> r.inert);
        }

        Rule rule(String name) {
            Rule rule = rules.get(name);
            return rule == null ? otherRule : rule;
        }

        /** The index of the candidate an object with these facts chooses. */
        int decide(long present, String[] discriminators) {
            List<Object> key = Arrays.asList(present, discriminators == null ? null : Arrays.asList(discriminators));
            Integer chosen = decisions.get(key);
            if (chosen == null) {
                chosen = indexOf(branches.effective(schema, new FactsInstance(this, present, discriminators)));
                if (decisions.size() < MAX_CACHED_DECISIONS) {
                    decisions.put(key, chosen);
                }
            }
            return chosen;
        }

        private int indexOf(List<JsonNode> effective) {
            Integer index = effectiveIndexes.get(new Identities(effective));
            if (index == null) {
                index = candidateIndexes.get(candidate(effective));
            }
            if (index == null) {
                throw new IllegalStateException("no candidate planned for the effective schemas " + effective);
            }
            return index;
        }
    }

    /** A list of schema nodes compared by identity. */
    private record Identities(List<JsonNode> nodes) {
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Identities that) || that.nodes.size() != nodes.size()) {
                return false;
            }
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i) != that.nodes.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (JsonNode node : nodes) {
                hash = 31 * hash + System.identityHashCode(node);
            }
            return hash;
        }
    }

    private Plan plan(JsonNode schema) {
        synchronized (plans) {
            Plan plan = plans.get(schema);
            if (plan != null) {
                return plan;
            }
        }
        Plan plan = newPlan(schema);
        synchronized (plans) {
            return plans.computeIfAbsent(schema, k -> plan);
        }
    }

    private Plan newPlan(JsonNode schema) {
        SchemaBranches.Enumeration enumeration = branches.new Enumeration();
        try {
            List<List<JsonNode>> effectives = branches.expand(schema, enumeration, 0);
            if (enumeration.requiredNames.size() <= MAX_FACT_NAMES) {
                return new Plan(schema, effectives, indexes(enumeration.requiredNames),
                        indexes(enumeration.discriminatorNames), false);
            }
        } catch (SchemaBranches.TooManyCandidates e) {
            // decided per object, as a tree
        }
        return new Plan(schema, List.of(), Map.of(), Map.of(), true);
    }

    /** A plan with the given effective schema lists as candidates. */
    private Plan planOf(JsonNode schema, List<List<JsonNode>> effectives) {
        return new Plan(schema, effectives, Map.of(), Map.of(), false);
    }

    private static Map<String, Integer> indexes(Set<String> names) {
        Map<String, Integer> indexes = new HashMap<>();
        names.forEach(name -> indexes.put(name, indexes.size()));
        return indexes;
    }

    /** InstanceWalker's reading of an object's effective schemas. */
    private Candidate candidate(List<JsonNode> effective) {
        Map<String, Walk> properties = new HashMap<>();
        for (JsonNode schema : effective) {
            schema.path("properties").properties().forEach(p -> {
                if (!properties.containsKey(p.getKey())) {
                    properties.put(p.getKey(), walkFor(p.getValue(), false));
                }
            });
        }
        JsonNode additional = InstanceWalker.first(effective, "additionalProperties");
        Walk map = additional != null && additional.isObject() ? walkFor(additional, true) : null;
        return new Candidate(properties, map, InstanceWalker.isClosed(effective, additional));
    }

    /** An object seen through its facts: the plan's names present, its discriminator values. */
    private record FactsInstance(Plan plan, long present, String[] discriminators) implements SchemaBranches.Instance {
        @Override
        public boolean isObject() {
            return true;
        }

        @Override
        public boolean typeFits(String type) {
            return SchemaBranches.typeFits(type, "object");
        }

        @Override
        public boolean has(String name) {
            Integer bit = plan.factBits.get(name);
            if (bit == null) {
                throw new IllegalStateException("not a planned fact: " + name);
            }
            return (present & 1L << bit) != 0;
        }

        @Override
        public String text(String name) {
            Integer slot = plan.discriminatorSlots.get(name);
            if (slot == null) {
                throw new IllegalStateException("not a planned discriminator: " + name);
            }
            return discriminators[slot];
        }
    }

    /** A field of an object under oneOf/anyOf kept until the object's candidate is known. */
    private record Pending(String name, Rule rule, Collector[] results) {
    }
}
