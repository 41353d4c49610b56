package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.openapi.model.LocalRefs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Seeded random bodies for the walker equivalence tests: {@link Generator} builds bodies of a schema,
 * {@link Mutator} breaks them in the ways that tell a streaming walker from a tree walker.
 */
final class RandomBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RandomBodies() {
    }

    /** Random bodies of a schema: declared fields, branches of its compositions, discriminator values. */
    static final class Generator {
        private final JsonNode document;
        private final Random random;

        Generator(JsonNode document, Random random) {
            this.document = document;
            this.random = random;
        }

        JsonNode instance(JsonNode schema, int depth) {
            if (schema == null || !schema.isObject() || depth > 7) {
                return scalar();
            }
            JsonNode resolved = LocalRefs.deref(document, schema);
            JsonNode alternatives = resolved.has("oneOf") ? resolved.get("oneOf") : resolved.get("anyOf");
            if (alternatives != null && alternatives.size() > 0) {
                return branch(resolved, alternatives, depth);
            }
            if (resolved.has("allOf")) {
                ObjectNode merged = NODES.objectNode();
                resolved.get("allOf").forEach(m -> {
                    JsonNode part = instance(m, depth + 1);
                    if (part.isObject()) {
                        merged.setAll((ObjectNode) part);
                    }
                });
                return merged;
            }
            String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "");
            return switch (type) {
                case "object" -> object(resolved, depth);
                case "array" -> array(resolved, depth);
                default -> typed(resolved, type);
            };
        }

        private JsonNode branch(JsonNode schema, JsonNode members, int depth) {
            JsonNode member = members.get(random.nextInt(members.size()));
            JsonNode body = instance(member, depth + 1);
            JsonNode discriminator = schema.get("discriminator");
            if (discriminator != null && body.isObject()) {
                String property = discriminator.path("propertyName").asText();
                String ref = member.path("$ref").asText();
                String value = LocalRefs.schemaName(ref);
                for (Map.Entry<String, JsonNode> entry : discriminator.path("mapping").properties()) {
                    if (entry.getValue().asText().equals(ref)) {
                        value = entry.getKey();
                    }
                }
                ((ObjectNode) body).remove(property);
                ((ObjectNode) body).put(property, value);
            }
            return body;
        }

        private JsonNode object(JsonNode schema, int depth) {
            ObjectNode object = NODES.objectNode();
            Set<String> required = new LinkedHashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            schema.path("properties").properties().forEach(p -> {
                if (required.contains(p.getKey()) || random.nextInt(10) < 6) {
                    object.set(p.getKey(), instance(p.getValue(), depth + 1));
                }
            });
            JsonNode additional = schema.get("additionalProperties");
            if (additional != null && (additional.isObject() || additional.asBoolean(false))) {
                for (int i = random.nextInt(3); i > 0; i--) {
                    object.set("key" + random.nextInt(1000), additional.isObject() ? instance(additional, depth + 1) : scalar());
                }
            }
            return object;
        }

        private JsonNode array(JsonNode schema, int depth) {
            ArrayNode array = NODES.arrayNode();
            for (int i = random.nextInt(4); i > 0; i--) {
                array.add(instance(schema.get("items"), depth + 1));
            }
            return array;
        }

        private JsonNode typed(JsonNode schema, String type) {
            JsonNode values = schema.path("enum");
            if (values.size() > 0) {
                return values.get(random.nextInt(values.size()));
            }
            return switch (type) {
                case "string" -> NODES.textNode("s" + random.nextInt(100));
                case "integer" -> NODES.numberNode(random.nextInt(1000));
                case "number" -> NODES.numberNode(random.nextDouble());
                case "boolean" -> NODES.booleanNode(random.nextBoolean());
                default -> scalar();
            };
        }

        JsonNode scalar() {
            return switch (random.nextInt(5)) {
                case 0 -> NODES.textNode("t" + random.nextInt(10));
                case 1 -> NODES.numberNode(random.nextInt(100));
                case 2 -> NODES.numberNode(random.nextInt(100) / 7.0);
                case 3 -> NODES.booleanNode(random.nextBoolean());
                default -> NODES.nullNode();
            };
        }
    }

    /**
     * Seeded mutations of a body: unknown fields at random depths (some named like fields of other
     * schemas, some with {@code /} and {@code ~}), removed fields, shuffled keys, {@code type} moved
     * last, values of another type, values wrapped in arrays, other discriminator values.
     */
    static final class Mutator {
        private final Random random;
        private final List<String> declaredNames;
        private final List<String> branchNames;
        private final List<String> discriminatorNames;
        private final List<String> discriminatorValues;
        private final Generator values;

        Mutator(JsonNode document, Random random) {
            this.random = random;
            Set<String> names = new TreeSet<>();
            document.findValues("properties").forEach(p -> p.fieldNames().forEachRemaining(names::add));
            this.declaredNames = List.copyOf(names);
            Set<String> branches = new TreeSet<>();
            Set<String> discriminators = new TreeSet<>();
            Set<String> discriminated = new TreeSet<>(Set.of("mystery", ""));
            compositions(document, document, branches, discriminators, discriminated);
            this.branchNames = branches.isEmpty() ? declaredNames : List.copyOf(branches);
            this.discriminatorNames = discriminators.isEmpty() ? List.of("type") : List.copyOf(discriminators);
            this.discriminatorValues = List.copyOf(discriminated);
            this.values = new Generator(document, random);
        }

        /** The property names of oneOf/anyOf members, the discriminator properties and the values they know. */
        private static void compositions(JsonNode document, JsonNode node, Set<String> branches, Set<String> discriminators,
                Set<String> discriminated) {
            for (String alternative : List.of("oneOf", "anyOf")) {
                node.path(alternative).forEach(member -> {
                    LocalRefs.deref(document, member).path("properties").fieldNames().forEachRemaining(branches::add);
                    Optional.ofNullable(LocalRefs.schemaName(member.path("$ref").asText())).ifPresent(discriminated::add);
                });
            }
            if (node.has("discriminator")) {
                discriminators.add(node.get("discriminator").path("propertyName").asText());
                node.get("discriminator").path("mapping").fieldNames().forEachRemaining(discriminated::add);
            }
            node.forEach(child -> compositions(document, child, branches, discriminators, discriminated));
        }

        JsonNode mutate(JsonNode body) {
            JsonNode copy = body.deepCopy();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                copy = mutateOnce(copy);
            }
            if (random.nextBoolean()) {
                discriminatorsLast(copy);
            }
            return copy;
        }

        private JsonNode mutateOnce(JsonNode body) {
            List<ObjectNode> objects = new ArrayList<>();
            List<ArrayNode> arrays = new ArrayList<>();
            containers(body, objects, arrays);
            if (objects.isEmpty()) {
                return random.nextBoolean() ? NODES.arrayNode().add(body) : randomValue(2);
            }
            List<ObjectNode> discriminated = objects.stream().filter(this::isDiscriminated).toList();
            if (!discriminated.isEmpty() && random.nextInt(4) == 0) {
                ObjectNode flipped = pick(discriminated);
                flipped.put(discriminatorNames.stream().filter(this.flippable(flipped)).findFirst().orElseThrow(),
                        pick(discriminatorValues));
                return body;
            }
            ObjectNode target = pick(random.nextInt(3) == 0 && !discriminated.isEmpty() ? discriminated : targets(objects));
            switch (random.nextInt(9)) {
                case 0 -> target.set(unknownName(), randomValue(2));
                case 1 -> target.set(pick(declaredNames), randomValue(2));
                case 2 -> target.set(pick(branchNames), random.nextBoolean() ? randomValue(2) : values.scalar());
                case 3 -> removeOne(target);
                case 4 -> shuffle(target);
                case 5 -> replaceOne(target, randomValue(2));
                case 6 -> wrapOne(target);
                case 7 -> target.set(pick(discriminatorNames), discriminatorValue());
                default -> duplicateItem(arrays);
            }
            return body;
        }

        /** All objects, or those that have a field of a branch. */
        private List<ObjectNode> targets(List<ObjectNode> objects) {
            List<ObjectNode> targets = random.nextBoolean() ? objects
                    : objects.stream().filter(o -> branchNames.stream().anyMatch(o::has)).toList();
            return targets.isEmpty() ? objects : targets;
        }

        /** Whether a discriminator property of the object has a value a discriminator knows. */
        private boolean isDiscriminated(ObjectNode object) {
            return discriminatorNames.stream().anyMatch(flippable(object));
        }

        private java.util.function.Predicate<String> flippable(ObjectNode object) {
            return name -> object.path(name).isTextual() && discriminatorValues.contains(object.path(name).asText());
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private void containers(JsonNode node, List<ObjectNode> objects, List<ArrayNode> arrays) {
            if (node instanceof ObjectNode object) {
                objects.add(object);
            } else if (node instanceof ArrayNode array) {
                arrays.add(array);
            }
            node.forEach(child -> containers(child, objects, arrays));
        }

        private String unknownName() {
            return switch (random.nextInt(4)) {
                case 0 -> "a/b~" + random.nextInt(10);
                case 1 -> "";
                default -> "x" + random.nextInt(100);
            };
        }

        private JsonNode randomValue(int depth) {
            int kind = depth <= 0 ? 0 : random.nextInt(4);
            if (kind == 1) {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    String name = random.nextBoolean() ? unknownName() : pick(random.nextBoolean() ? declaredNames : branchNames);
                    object.set(name, randomValue(depth - 1));
                }
                if (random.nextInt(3) == 0) {
                    object.set(pick(discriminatorNames), discriminatorValue());
                }
                return object;
            }
            if (kind == 2) {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(randomValue(depth - 1));
                }
                return array;
            }
            return values.scalar();
        }

        private JsonNode discriminatorValue() {
            return switch (random.nextInt(6)) {
                case 0 -> NODES.objectNode().put("chat", 1);
                case 1 -> NODES.numberNode(1);
                default -> NODES.textNode(pick(discriminatorValues));
            };
        }

        private void removeOne(ObjectNode target) {
            List<String> names = names(target);
            if (!names.isEmpty()) {
                target.remove(names.get(random.nextInt(names.size())));
            }
        }

        private void shuffle(ObjectNode target) {
            List<String> names = names(target);
            Collections.shuffle(names, random);
            reorder(target, names);
        }

        private void replaceOne(ObjectNode target, JsonNode value) {
            List<String> names = names(target);
            if (!names.isEmpty()) {
                target.set(names.get(random.nextInt(names.size())), value);
            }
        }

        private void wrapOne(ObjectNode target) {
            List<String> names = names(target);
            if (!names.isEmpty()) {
                String name = names.get(random.nextInt(names.size()));
                target.set(name, NODES.arrayNode().add(target.get(name)));
            }
        }

        private void duplicateItem(List<ArrayNode> arrays) {
            arrays.removeIf(a -> a.isEmpty());
            if (!arrays.isEmpty()) {
                ArrayNode array = arrays.get(random.nextInt(arrays.size()));
                JsonNode item = array.get(random.nextInt(array.size())).deepCopy();
                array.add(item.isObject() ? mutateOnce(item) : item);
            }
        }

        /** Moves the discriminator properties last in every object, as the live API's sorted keys put {@code type}. */
        private void discriminatorsLast(JsonNode node) {
            if (node instanceof ObjectNode object) {
                List<String> names = names(object);
                if (names.removeAll(discriminatorNames)) {
                    discriminatorNames.stream().filter(object::has).forEach(names::add);
                    reorder(object, names);
                }
            }
            node.forEach(this::discriminatorsLast);
        }

        private static List<String> names(ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            return names;
        }

        private static void reorder(ObjectNode object, List<String> names) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            names.forEach(n -> values.put(n, object.get(n)));
            object.removeAll();
            values.forEach(object::set);
        }
    }
}
