package dev.chatcontracts.check.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * How the write of a pact interaction is undone on a real target, decided before it is sent: an update
 * ({@code PUT}) reads the resource first and puts the values of the fields it sends back afterwards; a create
 * of an agent or a chat is deleted afterwards; anything else that writes cannot be undone and is not sent
 * (a visitor cannot be deleted, a delete cannot be taken back, SalesIQ cannot be read).
 */
final class PactWrites {

    /** What undoes a write. */
    sealed interface Plan permits PutBack, DeleteCreated, Refused {
        /** The plan in one line, for {@code --plan}. */
        String describe();
    }

    /**
     * Read {@code path} before, put the fields of {@code sent} back after.
     *
     * @param path the resource's path on the target, relative to its base URL
     * @param sent the request body, whose fields are the ones to put back
     */
    record PutBack(String path, JsonNode sent) implements Plan {
        @Override
        public String describe() {
            return "GET " + path + " first, then PUT " + path + " with the old values of " + fields(sent);
        }
    }

    /**
     * Delete what the request creates: {@code DELETE <collection>/<id of the answer>}.
     *
     * @param collection the collection's path, {@code /agents}
     */
    record DeleteCreated(String collection) implements Plan {
        @Override
        public String describe() {
            return "DELETE " + collection + "/<id of the answer>";
        }
    }

    /** Not sent, and why. */
    record Refused(String why) implements Plan {
        @Override
        public String describe() {
            return "not sent: " + why;
        }
    }

    private static final java.util.Set<String> READS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    private PactWrites() {
    }

    /** Whether a method only reads ({@code GET}, {@code HEAD}, {@code OPTIONS}), in any case. */
    static boolean reads(String method) {
        return READS.contains(method.toUpperCase(Locale.ROOT));
    }

    /** The plan of a write; {@code spec} is the pact's spec, {@code path} relative to the target's base URL. */
    static Plan plan(String spec, String method, String path, JsonNode body) {
        String verb = method.toUpperCase(Locale.ROOT);
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (ProviderEndpoint.SALESIQ.equals(spec)) {
            return new Refused("SalesIQ has no read operation, so the values it would overwrite cannot be put back");
        }
        return switch (verb) {
            case "PUT" -> body != null && body.isObject() && !body.isEmpty() ? new PutBack(bare, body)
                    : new Refused("an update without a JSON object body cannot be put back field by field");
            case "POST" -> switch (bare) {
                case "/agents", "/chats" -> new DeleteCreated(bare);
                case "/visitors" -> new Refused("a visitor cannot be deleted (the run changes only its own visitor)");
                default -> new Refused("no delete is known for what POST " + bare + " creates");
            };
            case "DELETE" -> new Refused("a delete cannot be taken back; a run deletes only what it created itself");
            default -> new Refused(verb + " cannot be undone");
        };
    }

    /** The body that puts back the fields {@code sent} wrote, with their values in {@code before} (null when absent). */
    static ObjectNode putBack(JsonNode before, JsonNode sent) {
        ObjectNode restore = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = sent.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode old = before.has(name) ? before.get(name) : before.at("/" + name.replace("~", "~0").replace(".", "/"));
            if (field.getValue().isObject() && old.isObject()) {
                restore.set(name, putBack(old, field.getValue()));
            } else {
                restore.set(name, old.isMissingNode() ? JsonNodeFactory.instance.nullNode() : old.deepCopy());
            }
        }
        return restore;
    }

    private static String fields(JsonNode sent) {
        StringBuilder names = new StringBuilder();
        sent.fields().forEachRemaining(f -> names.append(names.length() == 0 ? "" : ", ").append(f.getKey()));
        return names.toString();
    }
}
