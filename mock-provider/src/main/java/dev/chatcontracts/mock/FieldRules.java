package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields a request body may carry for one operation, their JSON types and whether the client may set
 * them. By default read-only and unknown fields are silently ignored, as the live API does; in strict mode
 * they are a 400 that names them. A writable field of the wrong type is a 400 in both modes.
 */
final class FieldRules {

    private final String entity;
    private final Map<String, JsonKind> writable = new LinkedHashMap<>();
    private final Map<String, JsonKind> readOnly = new LinkedHashMap<>();

    private FieldRules(String entity) {
        this.entity = entity;
    }

    static FieldRules of(String entity) {
        return new FieldRules(entity);
    }

    FieldRules writable(String field, JsonKind kind) {
        writable.put(field, kind);
        return this;
    }

    FieldRules readOnly(String... fields) {
        for (String field : fields) {
            readOnly.put(field, JsonKind.ANY);
        }
        return this;
    }

    /**
     * Checks a body and keeps only its writable fields.
     *
     * @param body   the request body
     * @param strict whether read-only and unknown fields are rejected
     * @return a new object with the writable fields of the body
     */
    ObjectNode writableFields(ObjectNode body, boolean strict) {
        if (strict) {
            rejectNotWritable(body);
        }
        ObjectNode accepted = Json.object();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            JsonKind kind = writable.get(field.getKey());
            if (kind == null) {
                continue;
            }
            if (!kind.accepts(field.getValue())) {
                throw ApiException.badRequest(entity + " field '" + field.getKey() + "' must be " + kind.description()
                        + ", got " + field.getValue().getNodeType().name().toLowerCase(Locale.ROOT)
                        + " " + field.getValue());
            }
            accepted.set(field.getKey(), field.getValue());
        }
        return accepted;
    }

    /** A 400 naming the fields that are absent (or null) but required. */
    static void requirePresent(String entity, ObjectNode body, String... fields) {
        List<String> missing = new ArrayList<>();
        for (String field : fields) {
            if (!body.hasNonNull(field)) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.badRequest(entity + " is missing required field(s): " + String.join(", ", missing));
        }
    }

    private void rejectNotWritable(ObjectNode body) {
        List<String> readOnlyPresent = new ArrayList<>();
        List<String> unknownPresent = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (readOnly.containsKey(name)) {
                readOnlyPresent.add(name);
            } else if (!writable.containsKey(name)) {
                unknownPresent.add(name);
            }
        });
        List<String> problems = new ArrayList<>();
        if (!readOnlyPresent.isEmpty()) {
            problems.add("read-only field(s) " + String.join(", ", readOnlyPresent));
        }
        if (!unknownPresent.isEmpty()) {
            problems.add("unknown field(s) " + String.join(", ", unknownPresent));
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("Strict mode: " + entity + " request sets " + String.join(" and ", problems));
        }
    }
}
