package dev.chatcontracts.harness.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/** Reads the values an update will change and registers the {@code PUT} that puts them back. */
final class Restores {

    /**
     * One field an update changes.
     *
     * @param key where it is written: {@code /} nests ({@code billing/first_name}), other characters are literal ({@code visitor.name})
     * @param pointer where it is read, a JSON pointer ({@code /visitor/name})
     */
    record Field(String key, String pointer) {

        /** A field read and written at the same place. */
        static Field same(String key) {
            return new Field(key, "/" + key);
        }
    }

    private Restores() {
    }

    /**
     * {@code GET path}, then registers {@code PUT path} with the fields' current values (JSON null for an absent
     * or null one); returns the read body.
     */
    static JsonNode snapshot(SuiteContext context, String path, Field... fields) throws IOException, InterruptedException {
        RawJson raw = context.raw();
        JsonNode current = raw.get(path).require("GET " + path);
        ObjectNode restore = JsonNodeFactory.instance.objectNode();
        for (Field field : fields) {
            JsonNode value = current.at(field.pointer());
            put(restore, field.key(), value.isMissingNode() ? JsonNodeFactory.instance.nullNode() : value.deepCopy());
        }
        List<String> keys = java.util.Arrays.stream(fields).map(Field::key).toList();
        context.undo("PUT " + path + " " + keys, "PUT " + path + " " + restore, restore.toString(),
                () -> raw.put(path, restore).require("PUT " + path));
        return current;
    }

    /** {@code DELETE path}; already gone (404) counts as done. */
    static void deleteUnlessGone(RawJson raw, String path) throws IOException, InterruptedException {
        int status = raw.delete(path).status();
        if (status / 100 != 2 && status != 404) {
            throw new IOException("DELETE " + path + " answered " + status);
        }
    }

    private static void put(ObjectNode into, String key, JsonNode value) {
        int slash = key.indexOf('/');
        if (slash < 0) {
            into.set(key, value);
            return;
        }
        JsonNode child = into.get(key.substring(0, slash));
        ObjectNode object = child instanceof ObjectNode existing ? existing : into.putObject(key.substring(0, slash));
        put(object, key.substring(slash + 1), value);
    }
}
