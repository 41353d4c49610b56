package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.chatcontracts.openapi.model.JsonTrees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One walk of a {@link StreamingFieldWalker}: the pointer of the current value, and the paths built so far. */
final class StreamingPass {

    private static final int MAX_DEPTH = 256;

    private final WalkPlanner planner;

    private String[] names = new String[16];
    private int[] indexes = new int[16];
    private int size;

    StreamingPass(WalkPlanner planner) {
        this.planner = planner;
    }

    /** A pass standing where this one stands (same pointer), to walk a buffered value from there. */
    StreamingPass copy() {
        StreamingPass copy = new StreamingPass(planner);
        copy.names = names.clone();
        copy.indexes = indexes.clone();
        copy.size = size;
        return copy;
    }

    void value(SchemaWalk walk, JsonParser p, FieldPath path, int depth, FieldCollector out) throws IOException {
        if (walk == null || walk.schema == null || depth > MAX_DEPTH) {
            p.skipChildren();
        } else if (p.currentToken() == JsonToken.START_OBJECT) {
            object(walk.objectPlan(), p, path, depth, out);
        } else if (p.currentToken() == JsonToken.START_ARRAY) {
            array(walk.items(), p, path, depth, out);
        }
    }

    private void array(SchemaWalk items, JsonParser p, FieldPath path, int depth, FieldCollector out) throws IOException {
        if (items.schema == null || depth >= MAX_DEPTH) {
            p.skipChildren();
            return;
        }
        FieldPath elementPath = path.star();
        pushIndex();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            if (p.currentToken().isStructStart()) {
                indexes[size - 1] = i;
                value(items, p, elementPath, depth + 1, out);
            }
        }
        pop();
    }

    void object(ObjectPlan plan, JsonParser p, FieldPath path, int depth, FieldCollector out) throws IOException {
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
    private void certainObject(ObjectPlan plan, JsonParser p, FieldPath path, int depth, FieldCollector out) throws IOException {
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            field(plan.rule(name), 0, name, p, path, depth, out);
        }
    }

    /**
     * An object under oneOf/anyOf: fields whose outcome differs between the candidates are walked into
     * per-field results that the candidate chosen at the end keeps.
     */
    private void uncertainObject(ObjectPlan plan, JsonParser p, FieldPath path, int depth, FieldCollector out) throws IOException {
        ObjectFacts facts = new ObjectFacts(plan);
        List<Pending> pending = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            FieldRule rule = plan.rule(name);
            facts.note(rule, p);
            if (rule.inert) {
                p.skipChildren();
            } else if (rule.uniform && pending == null) {
                field(rule, 0, name, p, path, depth, out);
            } else {
                FieldCollector[] results = walkPerSchema(rule, name, p, path, depth);
                if (rule.uniform && rule.kinds[0] != FieldRule.UNKNOWN && !hasPointers(results)) {
                    settle(rule, 0, name, results, path, out);
                } else {
                    pending = pending == null ? new ArrayList<>() : pending;
                    pending.add(new Pending(name, rule, results));
                }
            }
        }
        if (pending != null) {
            int chosen = facts.decide();
            for (Pending field : pending) {
                settle(field.rule(), chosen, field.name(), field.results(), path, out);
            }
        }
    }

    /** Too many candidates to follow: the object is buffered, decided as a tree, then walked. */
    void decideAsTree(ObjectPlan plan, JsonParser p, FieldPath path, int depth, FieldCollector out) throws IOException {
        TokenBuffer buffer = new TokenBuffer(p);
        buffer.copyCurrentStructure(p);
        JsonNode tree;
        try (JsonParser tokens = buffer.asParser()) {
            tree = JsonTrees.read(tokens);
        }
        ObjectPlan decided = planner.planOf(plan.schema, List.of(planner.branches().effective(plan.schema, new SchemaBranches.TreeInstance(tree))));
        try (JsonParser tokens = buffer.asParserOnFirstToken()) {
            object(decided, tokens, path, depth, out);
        }
    }

    /** Records a field with the outcome of candidate {@code c} and walks its value as it comes. */
    private void field(FieldRule rule, int c, String name, JsonParser p, FieldPath path, int depth, FieldCollector out)
            throws IOException {
        switch (rule.kinds[c]) {
            case FieldRule.UNKNOWN -> {
                out.unknown(pointer(name), path.unknown(name));
                p.skipChildren();
            }
            case FieldRule.PROPERTY -> {
                out.seen(path.child(name));
                descend(rule.walks[c], name, p, path, depth, out);
            }
            case FieldRule.MAP_VALUE -> descend(rule.walks[c], name, p, path, depth, out);
            default -> p.skipChildren();
        }
    }

    /**
     * Walks a field value once per schema the candidates walk it with: streamed for one schema,
     * buffered as tokens for several. Null when nothing is walked.
     */
    private FieldCollector[] walkPerSchema(FieldRule rule, String name, JsonParser p, FieldPath path, int depth) throws IOException {
        if (rule.distinct.length == 0 || depth >= MAX_DEPTH || !p.currentToken().isStructStart()) {
            p.skipChildren();
            return null;
        }
        FieldCollector[] results = new FieldCollector[rule.distinct.length];
        if (results.length == 1) {
            results[0] = new FieldCollector();
            descend(rule.distinct[0], name, p, path, depth, results[0]);
            return results;
        }
        TokenBuffer buffer = new TokenBuffer(p);
        buffer.copyCurrentStructure(p);
        for (int i = 0; i < results.length; i++) {
            results[i] = new FieldCollector();
            try (JsonParser tokens = buffer.asParserOnFirstToken()) {
                descend(rule.distinct[i], name, tokens, path, depth, results[i]);
            }
        }
        return results;
    }

    /** Records a field walked beforehand with the outcome of candidate {@code c}. */
    void settle(FieldRule rule, int c, String name, FieldCollector[] results, FieldPath path, FieldCollector out) {
        settle(rule, c, name, results, path, null, out);
    }

    /**
     * Records field {@code name} with the outcome of candidate {@code c}; its path is found through {@code
     * children} ({@link FieldPath#childrenFor}) when given, else by name.
     */
    void settle(FieldRule rule, int c, String name, FieldCollector[] results, FieldPath path, FieldPath[] children,
            FieldCollector out) {
        switch (rule.kinds[c]) {
            case FieldRule.UNKNOWN -> out.unknown(pointer(name), path.unknown(name));
            case FieldRule.PROPERTY -> {
                out.seen(children == null ? path.child(name) : path.child(rule, name, children));
                addWalked(results, rule.walkIndexes[c], out);
            }
            case FieldRule.MAP_VALUE -> addWalked(results, rule.walkIndexes[c], out);
            default -> {
            }
        }
    }

    private void addWalked(FieldCollector[] results, int index, FieldCollector out) {
        if (results != null && index >= 0) {
            out.addAll(results[index]);
        }
    }

    /** Walks a field's value one level down, with the field's path or its map path. */
    void descend(SchemaWalk walk, String name, JsonParser p, FieldPath path, int depth, FieldCollector out) throws IOException {
        if (walk.schema == null || depth >= MAX_DEPTH || !p.currentToken().isStructStart()) {
            p.skipChildren();
            return;
        }
        push(name);
        value(walk, p, walk.star ? path.star() : path.child(name), depth + 1, out);
        pop();
    }

    /** The pointer of field {@code name} of the current object. */
    String pointer(String name) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < size; i++) {
            pointer.append('/');
            if (names[i] != null) {
                pointer.append(PointerTokens.escape(names[i]));
            } else {
                pointer.append(indexes[i]);
            }
        }
        return pointer.append('/').append(PointerTokens.escape(name)).toString();
    }

    void push(String name) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            indexes = Arrays.copyOf(indexes, size * 2);
        }
        names[size++] = name;
    }

    void setIndex(int index) {
        indexes[size - 1] = index;
    }

    void pushIndex() {
        push(null);
        indexes[size - 1] = 0;
    }

    void pop() {
        size--;
    }

    static boolean hasPointers(FieldCollector[] results) {
        if (results != null) {
            for (FieldCollector result : results) {
                if (result.hasPointers()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A field of an object under oneOf/anyOf kept until the object's candidate is known. */
    private record Pending(String name, FieldRule rule, FieldCollector[] results) {
    }
}
