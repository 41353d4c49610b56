package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * One change to a document, replayable: {@code where} picks the place among the candidates of its kind
 * (in document order), {@code seed} the new value. A list of mutations shrinks by dropping members.
 *
 * @param kind what changes
 * @param where a fraction in [0, 1) choosing the place
 * @param seed the randomness of the new value
 */
record Mutation(Kind kind, double where, long seed) {

    enum Kind {
        CHANGE_TYPE, DROP_FIELD, ADD_FIELD, SET_NULL, FLIP_DISCRIMINATOR, BAD_DATE_TIME, WRONG_ENUM, NEST_DEEPER,
        NUMBER, URL, DUPLICATE_ELEMENT, REMOVE_ELEMENT
    }

    private record Place(JsonNode parent, String field, int index, JsonNode node) {
        void replace(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    static Mutation random(Random random) {
        Kind[] kinds = Kind.values();
        return new Mutation(kinds[random.nextInt(kinds.length)], random.nextDouble(), random.nextLong());
    }

    /** The document with every mutation applied in turn (the input is not changed). */
    static JsonNode applyAll(JsonNode document, List<Mutation> mutations, List<String> names) {
        JsonNode result = document.deepCopy();
        for (Mutation mutation : mutations) {
            result = mutation.apply(result, names);
        }
        return result;
    }

    /** Drops mutations one at a time while the document still fails {@code stillFails}. */
    static List<Mutation> shrink(List<Mutation> mutations, Predicate<List<Mutation>> stillFails) {
        List<Mutation> current = new ArrayList<>(mutations);
        for (int i = current.size() - 1; i >= 0; i--) {
            List<Mutation> smaller = new ArrayList<>(current);
            smaller.remove(i);
            if (stillFails.test(smaller)) {
                current = smaller;
            }
        }
        return current;
    }

    private JsonNode apply(JsonNode root, List<String> names) {
        Random random = new Random(seed);
        RandomJson values = new RandomJson(random, names);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        List<Place> places = new ArrayList<>();
        collect(null, null, -1, root, places);
        Place place = pick(places.stream().filter(this::fits).toList());
        if (place == null) {
            return root;
        }
        JsonNode replacement = switch (kind) {
            case CHANGE_TYPE -> values.any(1);
            case SET_NULL -> nodes.nullNode();
            case NEST_DEEPER -> random.nextBoolean() ? nodes.arrayNode().add(place.node()) : nodes.objectNode().set(values.name(), place.node());
            case BAD_DATE_TIME -> nodes.textNode(values.pick(RandomJson.DATE_TIMES));
            case URL -> nodes.textNode(values.pick(RandomJson.URIS));
            case WRONG_ENUM -> nodes.textNode(values.string());
            case NUMBER -> values.number();
            default -> null;
        };
        if (replacement != null) {
            if (place.parent() == null) {
                return replacement;
            }
            place.replace(replacement);
            return root;
        }
        changeContainer(place.node(), random, values);
        return root;
    }

    private void changeContainer(JsonNode node, Random random, RandomJson values) {
        switch (kind) {
            case DROP_FIELD -> {
                List<String> fields = new ArrayList<>();
                node.fieldNames().forEachRemaining(fields::add);
                ((ObjectNode) node).remove(fields.get(random.nextInt(fields.size())));
            }
            case ADD_FIELD -> ((ObjectNode) node).set(values.name(), values.any(2));
            case FLIP_DISCRIMINATOR -> {
                List<String> choices = List.of("chat", "offline_msg", "", "Chat", "unknown");
                if (random.nextInt(6) == 0) {
                    ((ObjectNode) node).remove("type");
                } else {
                    ((ObjectNode) node).put("type", choices.get(random.nextInt(choices.size())));
                }
            }
            case DUPLICATE_ELEMENT -> ((ArrayNode) node).add(node.get(random.nextInt(node.size())).deepCopy());
            case REMOVE_ELEMENT -> ((ArrayNode) node).remove(random.nextInt(node.size()));
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private boolean fits(Place place) {
        JsonNode node = place.node();
        return switch (kind) {
            case DROP_FIELD -> node.isObject() && !node.isEmpty();
            case ADD_FIELD -> node.isObject();
            case FLIP_DISCRIMINATOR -> node.isObject() && (node.has("type") || node.has("id"));
            case BAD_DATE_TIME, WRONG_ENUM, URL -> node.isTextual();
            case NUMBER -> node.isNumber() || node.isBoolean();
            case DUPLICATE_ELEMENT, REMOVE_ELEMENT -> node.isArray() && !node.isEmpty();
            default -> true;
        };
    }

    private Place pick(List<Place> candidates) {
        return candidates.isEmpty() ? null : candidates.get((int) (where * candidates.size()));
    }

    private static void collect(JsonNode parent, String field, int index, JsonNode node, List<Place> out) {
        out.add(new Place(parent, field, index, node));
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                collect(node, name, -1, node.get(name), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node, null, i, node.get(i), out);
            }
        }
    }
}
