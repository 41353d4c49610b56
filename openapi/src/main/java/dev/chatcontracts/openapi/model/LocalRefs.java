package dev.chatcontracts.openapi.model;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Resolves local references ({@code #/components/...}) inside one OpenAPI document. */
public final class LocalRefs {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final int REMEMBERED_POINTERS = 10_000;
    private static final Map<String, JsonPointer> POINTERS = new ConcurrentHashMap<>();

    private LocalRefs() {
    }

    /**
     * The node {@code ref} points at.
     *
     * @throws SpecException if the reference is not local or points nowhere
     */
    public static JsonNode resolve(JsonNode document, String ref) {
        if (!ref.startsWith("#/")) {
            throw new SpecException("spec.ref.remote", ref, "only local references (#/...) are resolved; remote $ref is switched off");
        }
        JsonNode target = document.at(pointer(ref));
        if (target.isMissingNode()) {
            throw new SpecException("spec.ref.unresolved", ref, "the reference points at nothing");
        }
        return target;
    }

    /** The compiled pointer of a local reference; compiled once per reference text (a spec has few). */
    private static JsonPointer pointer(String ref) {
        JsonPointer known = POINTERS.get(ref);
        if (known != null) {
            return known;
        }
        JsonPointer compiled = JsonPointer.compile(ref.substring(1));
        if (POINTERS.size() < REMEMBERED_POINTERS) {
            POINTERS.put(ref, compiled);
        }
        return compiled;
    }

    /** Follows {@code $ref} chains until a node without {@code $ref}. */
    public static JsonNode deref(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            if (hops > 32) {
                throw new SpecException("spec.ref.cycle", current.get("$ref").asText(), "more than 32 chained references");
            }
            current = resolve(document, current.get("$ref").asText());
        }
        return current;
    }

    /** The component name of a schema reference ({@code Chat} for {@code #/components/schemas/Chat}), or null. */
    public static String schemaName(String ref) {
        return ref.startsWith(SCHEMAS) ? unescape(ref.substring(SCHEMAS.length())) : null;
    }

    /** The reference to a schema component. */
    public static String schemaRef(String name) {
        return SCHEMAS + escape(name);
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
