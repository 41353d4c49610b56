package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Walks a body together with its OpenAPI schema (not the converted one, which admits any additional
 * property) to find the fields the schema does not declare, the declared fields present, and the
 * {@code readOnly} fields present. Follows {@code $ref} and {@code allOf}; for {@code oneOf}/{@code
 * anyOf} it takes the branch the discriminator names, else the branches the value fits (their type and
 * required properties), else all. An object schema without {@code additionalProperties} is closed: its
 * undeclared fields are unknown; {@code additionalProperties: true} or a schema opens it. Thread-safe: one walker
 * serves every exchange of a spec.
 */
public final class InstanceWalker {

    private static final int MAX_DEPTH = 256;

    private final JsonNode tree;
    private final SchemaBranches branches;
    private final Map<Identity, Map<String, JsonNode>> declaredBySchema = new ConcurrentHashMap<>();

    /** A schema node as a map key by identity ({@code JsonNode.equals} compares whole trees). */
    private record Identity(JsonNode node) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.node == node;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(node);
        }
    }

    /** @param tree the whole OpenAPI document */
    public InstanceWalker(JsonNode tree) {
        this.tree = tree;
        this.branches = new SchemaBranches(tree);
    }

    /** Walks {@code instance} against the OpenAPI {@code schema}. */
    public WalkResult walk(JsonNode schema, JsonNode instance) {
        Collector collector = new Collector();
        visit(schema, instance, "", "", false, 0, collector);
        return new WalkResult(collector.unknownPointers, collector.unknownPaths, collector.seenPaths, collector.readOnly);
    }

    private static final class Collector {
        final List<String> unknownPointers = new ArrayList<>();
        final Set<String> unknownPaths = new HashSet<>();
        final Set<String> seenPaths = new HashSet<>();
        final List<String> readOnly = new ArrayList<>();
    }

    private void visit(JsonNode schema, JsonNode instance, String pointer, String path, boolean inReadOnly, int depth,
            Collector out) {
        if (depth > MAX_DEPTH || schema == null || instance == null) {
            return;
        }
        List<JsonNode> effective = branches.effective(schema, new SchemaBranches.TreeInstance(instance));
        if (instance.isObject()) {
            visitObject(effective, instance, pointer, path, inReadOnly, depth, out);
        } else if (instance.isArray()) {
            JsonNode items = first(effective, "items");
            for (int i = 0; items != null && i < instance.size(); i++) {
                visit(items, instance.get(i), pointer + "/" + i, path + "/*", inReadOnly, depth + 1, out);
            }
        }
    }

    private void visitObject(List<JsonNode> effective, JsonNode instance, String pointer, String path, boolean inReadOnly,
            int depth, Collector out) {
        Map<String, JsonNode> declared = declaredProperties(effective);
        JsonNode additional = first(effective, "additionalProperties");
        boolean closed = isClosed(effective, additional);
        for (Iterator<Map.Entry<String, JsonNode>> it = instance.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = PointerTokens.escape(field.getKey());
            JsonNode property = declared.get(field.getKey());
            if (property != null) {
                out.seenPaths.add(path + "/" + name);
                boolean readOnly = !inReadOnly && SchemaFlags.isReadOnly(tree, property);
                if (readOnly) {
                    out.readOnly.add(pointer + "/" + name);
                }
                visit(property, field.getValue(), pointer + "/" + name, path + "/" + name, inReadOnly || readOnly, depth + 1, out);
            } else if (additional != null && additional.isObject()) {
                visit(additional, field.getValue(), pointer + "/" + name, path + "/*", inReadOnly, depth + 1, out);
            } else if (closed) {
                out.unknownPointers.add(pointer + "/" + name);
                out.unknownPaths.add(path + "/" + name);
            }
        }
    }

    /**
     * The properties the effective schemas declare, first declaration winning. For a single schema (no
     * composition to choose in) the answer depends on that schema node only and is remembered, by identity: the
     * nodes belong to the spec, which does not change.
     */
    private Map<String, JsonNode> declaredProperties(List<JsonNode> effective) {
        if (effective.size() == 1) {
            return declaredBySchema.computeIfAbsent(new Identity(effective.get(0)), key -> collectDeclared(effective));
        }
        return collectDeclared(effective);
    }

    private static Map<String, JsonNode> collectDeclared(List<JsonNode> effective) {
        Map<String, JsonNode> declared = new LinkedHashMap<>();
        for (JsonNode schema : effective) {
            schema.path("properties").fields().forEachRemaining(p -> declared.putIfAbsent(p.getKey(), p.getValue()));
        }
        return Collections.unmodifiableMap(declared);
    }

    /** Closed: some schema describes an object, and none admits additional properties. */
    static boolean isClosed(List<JsonNode> effective, JsonNode additional) {
        if (additional != null && (additional.isObject() || additional.asBoolean(false))) {
            return false;
        }
        return effective.stream().anyMatch(s -> s.has("properties") || "object".equals(s.path("type").asText()));
    }

    /** The value of {@code keyword} in the first schema that has it, or null. */
    static JsonNode first(List<JsonNode> effective, String keyword) {
        for (JsonNode schema : effective) {
            JsonNode value = schema.get(keyword);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
