package dev.chatcontracts.contracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.walkers.PointerTokens;
import dev.chatcontracts.contracts.walkers.SchemaFlags;
import dev.chatcontracts.openapi.schema.SchemaView;
import dev.chatcontracts.openapi.model.LocalRefs;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists every field an OpenAPI schema documents, as paths: JSON pointers with {@code *} for any array
 * index or map key ({@code /chats/*}{@code /unread}). Follows {@code $ref} (not into cycles), {@code
 * allOf}, and every branch of {@code oneOf}/{@code anyOf}; leaves out the fields the view forbids
 * ({@code readOnly} in requests, {@code writeOnly} in responses).
 */
public final class DocumentedFields {

    private static final int MAX_DEPTH = 24;

    private DocumentedFields() {
    }

    /** The documented field paths of {@code schema}, sorted. */
    public static Set<String> of(JsonNode tree, JsonNode schema, SchemaView view) {
        Set<String> paths = new TreeSet<>();
        collect(tree, schema, view, "", new ArrayDeque<>(), paths, 0);
        return Collections.unmodifiableSet(paths);
    }

    private static void collect(JsonNode tree, JsonNode schema, SchemaView view, String path, Deque<String> refs,
            Set<String> out, int depth) {
        if (depth > MAX_DEPTH || schema == null || !schema.isObject()) {
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!refs.contains(ref)) {
                refs.push(ref);
                collect(tree, LocalRefs.resolve(tree, ref), view, path, refs, out, depth + 1);
                refs.pop();
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (!SchemaFlags.isForbidden(tree, property.getValue(), view)) {
                String child = path + "/" + PointerTokens.escape(property.getKey());
                out.add(child);
                collect(tree, property.getValue(), view, child, refs, out, depth + 1);
            }
        }
        collect(tree, schema.get("items"), view, path + "/*", refs, out, depth + 1);
        collect(tree, schema.get("additionalProperties"), view, path + "/*", refs, out, depth + 1);
        for (String composition : new String[] {"allOf", "oneOf", "anyOf"}) {
            schema.path(composition).forEach(member -> collect(tree, member, view, path, refs, out, depth + 1));
        }
    }
}
