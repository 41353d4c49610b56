package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.openapi.model.LocalRefs;
import dev.chatcontracts.openapi.model.SpecException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plans of a {@link StreamingFieldWalker}, cached per schema: the interned {@link SchemaWalk}s (one per
 * {@linkplain #shape shape}), the {@link ObjectPlan} of each object schema, and the walks of the root schemas.
 * Thread-safe; bounded by the spec.
 */
final class WalkPlanner {

    private static final int MAX_FACT_NAMES = Long.SIZE;
    private static final int MAX_CACHED_ROOTS = 1024;
    private static final String[] SHAPE_KEYWORDS = {"$ref", "type", "required", "discriminator"};
    private static final String[] SHAPE_SCHEMAS = {"allOf", "oneOf", "anyOf", "properties", "items", "additionalProperties"};

    private final JsonNode document;
    private final SchemaBranches branches;
    private final Map<WalkKey, SchemaWalk> walks = new HashMap<>();
    private final Map<JsonNode, ObjectPlan> plans = new IdentityHashMap<>();
    private final Map<JsonNode, SchemaWalk> roots = new IdentityHashMap<>();
    private final FieldPath rootPath = new FieldPath();

    /** @param document the whole OpenAPI document */
    WalkPlanner(JsonNode document) {
        this.document = document;
        this.branches = new SchemaBranches(document);
    }

    SchemaBranches branches() {
        return branches;
    }

    private record WalkKey(JsonNode shape, boolean star) {
        // written out: a record's own equals and hashCode are linked through invokedynamic on first use, which
        // generates classes while the CLI starts (benchmarks README, eighth pass)
        @Override
        public boolean equals(Object other) {
            return other instanceof WalkKey that && star == that.star && java.util.Objects.equals(shape, that.shape);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(shape) + Boolean.hashCode(star);
        }
    }

    /** The path of a body's root, shared by all walks so that the field paths under it are made once. */
    FieldPath rootPath() {
        return rootPath;
    }

    /** The walk of a schema given to {@link StreamingFieldWalker#walk}, kept by identity for the spec's schemas. */
    SchemaWalk rootWalk(JsonNode schema) {
        synchronized (roots) {
            SchemaWalk walk = roots.get(schema);
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
    SchemaWalk walkFor(JsonNode node, boolean star) {
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
            return walks.computeIfAbsent(key, k -> new SchemaWalk(this, resolved, star));
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

    ObjectPlan plan(JsonNode schema) {
        synchronized (plans) {
            ObjectPlan plan = plans.get(schema);
            if (plan != null) {
                return plan;
            }
        }
        ObjectPlan plan = newPlan(schema);
        synchronized (plans) {
            return plans.computeIfAbsent(schema, k -> plan);
        }
    }

    private ObjectPlan newPlan(JsonNode schema) {
        SchemaBranches.Enumeration enumeration = branches.new Enumeration();
        try {
            List<List<JsonNode>> effectives = branches.expand(schema, enumeration, 0);
            if (enumeration.requiredNames.size() <= MAX_FACT_NAMES) {
                return new ObjectPlan(this, schema, effectives, indexes(enumeration.requiredNames),
                        indexes(enumeration.discriminatorNames), false);
            }
        } catch (SchemaBranches.TooManyCandidates e) {
            // decided per object, as a tree
        }
        return new ObjectPlan(this, schema, List.of(), Map.of(), Map.of(), true);
    }

    /** A plan with the given effective schema lists as candidates. */
    ObjectPlan planOf(JsonNode schema, List<List<JsonNode>> effectives) {
        return new ObjectPlan(this, schema, effectives, Map.of(), Map.of(), false);
    }

    private static Map<String, Integer> indexes(Set<String> names) {
        Map<String, Integer> indexes = new HashMap<>();
        names.forEach(name -> indexes.put(name, indexes.size()));
        return indexes;
    }

    /** InstanceWalker's reading of an object's effective schemas. */
    ObjectPlan.Candidate candidate(List<JsonNode> effective) {
        Map<String, SchemaWalk> properties = new HashMap<>();
        for (JsonNode schema : effective) {
            schema.path("properties").properties().forEach(p -> {
                if (!properties.containsKey(p.getKey())) {
                    properties.put(p.getKey(), walkFor(p.getValue(), false));
                }
            });
        }
        JsonNode additional = InstanceWalker.first(effective, "additionalProperties");
        SchemaWalk map = additional != null && additional.isObject() ? walkFor(additional, true) : null;
        return new ObjectPlan.Candidate(properties, map, InstanceWalker.isClosed(effective, additional));
    }
}
