package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.model.LocalRefs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the walkers resolve a schema into the plain schemas that apply to a value: {@code $ref}s
 * followed, {@code allOf} members added, and of each {@code oneOf}/{@code anyOf} the members a {@link
 * Chooser} picks. {@link Exact} is the walkers' choice for one value ({@link InstanceWalker} reads it from
 * a tree, {@link StreamingFieldWalker} from the facts it collected while streaming); {@link Enumeration}
 * lists every choice an object could make, for the streaming walker's plans.
 */
final class SchemaBranches {

    private static final int MAX_COMPOSITION_DEPTH = 32;
    /** Beyond this many candidate sets of branches a plan gives up ({@link TooManyCandidates}). */
    static final int MAX_CANDIDATES = 256;
    private static final int MAX_CONDITIONAL_MEMBERS = 8;
    private static final String[] ALTERNATIVES = {"oneOf", "anyOf"};

    private final JsonNode document;

    /** @param document the whole OpenAPI document */
    SchemaBranches(JsonNode document) {
        this.document = document;
    }

    /**
     * The schemas that apply to a value: the resolved schema, its {@code allOf} members, and of each
     * {@code oneOf}/{@code anyOf} the member the discriminator names, else the members the value fits
     * (their {@code type} and {@code required} names), else all; recursively.
     */
    List<JsonNode> effective(JsonNode schema, Instance instance) {
        return expand(schema, new Exact(instance), 0).get(0);
    }

    /**
     * The effective schema lists of a schema, one per way the chooser may choose among the members of each
     * oneOf/anyOf: the resolved schema, then its allOf members, then the chosen oneOf and anyOf members.
     */
    List<List<JsonNode>> expand(JsonNode schema, Chooser chooser, int depth) {
        if (depth > MAX_COMPOSITION_DEPTH || schema == null || !schema.isObject()) {
            return List.of(List.of());
        }
        JsonNode resolved = LocalRefs.deref(document, schema);
        List<List<JsonNode>> lists = List.of(List.of(resolved));
        for (JsonNode member : resolved.path("allOf")) {
            lists = product(lists, expand(member, chooser, depth + 1));
        }
        for (String alternative : ALTERNATIVES) {
            if (resolved.has(alternative)) {
                lists = product(lists, chosen(resolved, resolved.get(alternative), chooser, depth));
            }
        }
        return lists;
    }

    private List<List<JsonNode>> chosen(JsonNode schema, JsonNode members, Chooser chooser, int depth) {
        List<List<JsonNode>> lists = new ArrayList<>();
        for (List<JsonNode> choice : chooser.choices(schema, members)) {
            List<List<JsonNode>> expanded = List.of(List.of());
            for (JsonNode member : choice) {
                expanded = product(expanded, expand(member, chooser, depth + 1));
            }
            lists.addAll(expanded);
        }
        if (lists.size() > MAX_CANDIDATES) {
            throw new TooManyCandidates();
        }
        return lists;
    }

    private static List<List<JsonNode>> product(List<List<JsonNode>> left, List<List<JsonNode>> right) {
        if (right.size() == 1 && right.get(0).isEmpty()) {
            return left;
        }
        if ((long) left.size() * right.size() > MAX_CANDIDATES) {
            throw new TooManyCandidates();
        }
        List<List<JsonNode>> lists = new ArrayList<>(left.size() * right.size());
        for (List<JsonNode> l : left) {
            for (List<JsonNode> r : right) {
                List<JsonNode> joined = new ArrayList<>(l.size() + r.size());
                joined.addAll(l);
                joined.addAll(r);
                lists.add(joined);
            }
        }
        return lists;
    }

    /** More ways to choose than a plan enumerates. */
    static final class TooManyCandidates extends RuntimeException {
        TooManyCandidates() {
            super(null, null, false, false);
        }
    }

    /** Which members of a oneOf/anyOf apply: one choice for a known value, every possible one for a plan. */
    interface Chooser {
        List<List<JsonNode>> choices(JsonNode schema, JsonNode members);
    }

    /** InstanceWalker's choice for a value: the discriminated member, else the fitting ones, else all. */
    final class Exact implements Chooser {
        private final Instance instance;

        Exact(Instance instance) {
            this.instance = instance;
        }

        @Override
        public List<List<JsonNode>> choices(JsonNode schema, JsonNode members) {
            JsonNode byDiscriminator = discriminated(schema, members);
            if (byDiscriminator != null) {
                return List.of(List.of(byDiscriminator));
            }
            List<JsonNode> fitting = new ArrayList<>();
            members.forEach(m -> {
                if (fits(LocalRefs.deref(document, m))) {
                    fitting.add(m);
                }
            });
            if (!fitting.isEmpty()) {
                return List.of(fitting);
            }
            List<JsonNode> all = new ArrayList<>();
            members.forEach(all::add);
            return List.of(all);
        }

        private JsonNode discriminated(JsonNode schema, JsonNode members) {
            JsonNode discriminator = schema.get("discriminator");
            if (discriminator == null || !instance.isObject()) {
                return null;
            }
            String value = instance.text(discriminator.path("propertyName").asText());
            if (value == null) {
                return null;
            }
            String ref = discriminator.path("mapping").path(value).asText(LocalRefs.schemaRef(value));
            for (JsonNode member : members) {
                if (ref.equals(member.path("$ref").asText())) {
                    return member;
                }
            }
            return null;
        }

        private boolean fits(JsonNode schema) {
            String type = schema.path("type").asText(null);
            if (type != null && !instance.typeFits(type)) {
                return false;
            }
            for (JsonNode required : schema.path("required")) {
                if (!instance.has(required.asText())) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Every choice an object could make (a superset): each member alone (a discriminator), the members
     * that always fit with each subset of those that fit when their required names are present, all
     * members. Collects the names whose presence and the properties whose values decide.
     */
    final class Enumeration implements Chooser {
        final Set<String> requiredNames = new LinkedHashSet<>();
        final Set<String> discriminatorNames = new LinkedHashSet<>();

        @Override
        public List<List<JsonNode>> choices(JsonNode schema, JsonNode members) {
            Set<List<JsonNode>> choices = new LinkedHashSet<>();
            JsonNode discriminator = schema.get("discriminator");
            if (discriminator != null) {
                discriminatorNames.add(discriminator.path("propertyName").asText());
                members.forEach(m -> choices.add(List.of(m)));
            }
            fittingChoices(members, choices);
            List<JsonNode> all = new ArrayList<>();
            members.forEach(all::add);
            choices.add(all);
            return List.copyOf(choices);
        }

        private void fittingChoices(JsonNode members, Set<List<JsonNode>> choices) {
            List<JsonNode> conditional = new ArrayList<>();
            Set<JsonNode> never = Collections.newSetFromMap(new IdentityHashMap<>());
            for (JsonNode member : members) {
                JsonNode resolved = LocalRefs.deref(document, member);
                String type = resolved.path("type").asText(null);
                if (type != null && !typeFits(type, "object")) {
                    never.add(member);
                } else if (!resolved.path("required").isEmpty()) {
                    resolved.path("required").forEach(r -> requiredNames.add(r.asText()));
                    conditional.add(member);
                }
            }
            if (conditional.size() > MAX_CONDITIONAL_MEMBERS) {
                throw new TooManyCandidates();
            }
            for (int mask = 0; mask < 1 << conditional.size(); mask++) {
                List<JsonNode> fitting = new ArrayList<>();
                for (JsonNode member : members) {
                    int at = indexOfIdentity(conditional, member);
                    if (!never.contains(member) && (at < 0 || (mask & 1 << at) != 0)) {
                        fitting.add(member);
                    }
                }
                if (!fitting.isEmpty()) {
                    choices.add(fitting);
                }
            }
        }
    }

    private static int indexOfIdentity(List<JsonNode> nodes, JsonNode node) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == node) {
                return i;
            }
        }
        return -1;
    }

    /** A value's {@code type} check for an object or array value: a JSON Schema type matches its own kind only. */
    static boolean typeFits(String type, String kind) {
        return switch (type) {
            case "object", "array", "string", "integer", "number", "boolean" -> type.equals(kind);
            default -> true;
        };
    }

    /** What InstanceWalker's choice reads of a value. */
    interface Instance {
        boolean isObject();

        boolean typeFits(String type);

        boolean has(String name);

        /** {@code instance.path(name).asText(null)}. */
        String text(String name);
    }

    /** An array: no fields, no discriminator. */
    enum ArrayInstance implements Instance {
        INSTANCE;

        @Override
        public boolean isObject() {
            return false;
        }

        @Override
        public boolean typeFits(String type) {
            return SchemaBranches.typeFits(type, "array");
        }

        @Override
        public boolean has(String name) {
            return false;
        }

        @Override
        public String text(String name) {
            return null;
        }
    }

    /** A value read as a tree. */
    record TreeInstance(JsonNode node) implements Instance {
        @Override
        public boolean isObject() {
            return node.isObject();
        }

        @Override
        public boolean typeFits(String type) {
            return switch (type) {
                case "object" -> node.isObject();
                case "array" -> node.isArray();
                case "string" -> node.isTextual();
                case "integer" -> node.isIntegralNumber();
                case "number" -> node.isNumber();
                case "boolean" -> node.isBoolean();
                default -> true;
            };
        }

        @Override
        public boolean has(String name) {
            return node.has(name);
        }

        @Override
        public String text(String name) {
            return node.path(name).asText(null);
        }
    }
}
