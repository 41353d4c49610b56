package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The fields a request body may carry for one operation, read from the spec's request schema by
 * {@link SpecRules}: each field's {@link ValueRule} and whether it is read-only or write-only, the required
 * fields, and whether unknown fields are kept ({@code additionalProperties}). By default read-only and
 * unknown fields are silently ignored, as the live API does; in strict mode they are a 400 that names them.
 * A writable field of the wrong type, enum or limits is a 400 in both modes.
 */
final class FieldRules {

    /**
     * One field of a request schema.
     *
     * @param name      the property name
     * @param rule      what its value must be
     * @param readOnly  {@code readOnly} in the spec: set by the API, ignored (strict: refused) in requests
     * @param writeOnly {@code writeOnly} in the spec: accepted in requests, never returned
     */
    record Field(String name, ValueRule rule, boolean readOnly, boolean writeOnly) {
    }

    /**
     * What a body holds for these rules.
     *
     * @param accepted the writable, valid fields (objects with field rules reduced to their accepted fields)
     * @param readOnly the read-only fields sent (nested ones as {@code billing.x})
     * @param unknown  the fields the schema does not list
     * @param invalid  one message per writable field whose value breaks its rule
     */
    record Check(ObjectNode accepted, List<String> readOnly, List<String> unknown, List<String> invalid) {
    }

    private final String entity;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final List<String> required;
    private final boolean keepsUnknown;

    FieldRules(String entity, Collection<Field> fields, List<String> required, boolean keepsUnknown) {
        this.entity = entity;
        fields.forEach(field -> this.fields.put(field.name(), field));
        this.required = List.copyOf(required);
        this.keepsUnknown = keepsUnknown;
    }

    String entity() {
        return entity;
    }

    Collection<Field> fields() {
        return fields.values();
    }

    Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    List<String> required() {
        return required;
    }

    /** Whether fields the schema does not list are kept ({@code additionalProperties: true}) rather than unknown. */
    boolean keepsUnknown() {
        return keepsUnknown;
    }

    List<String> names(Predicate<Field> which) {
        return fields.values().stream().filter(which).map(Field::name).toList();
    }

    /** These rules with more read-only fields (names already listed keep their rule). */
    FieldRules withReadOnly(Collection<String> names) {
        List<Field> all = new ArrayList<>(fields.values());
        names.stream().filter(name -> !fields.containsKey(name))
                .forEach(name -> all.add(new Field(name, ValueRule.ANY, true, false)));
        return new FieldRules(entity, all, required, keepsUnknown);
    }

    /** Checks a body against the rules, down into object fields that have rules of their own. */
    Check check(ObjectNode body) {
        ObjectNode accepted = Json.object();
        List<String> readOnly = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : body.properties()) {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            Field field = fields.get(name);
            if (field == null) {
                if (keepsUnknown) {
                    accepted.set(name, value);
                } else {
                    unknown.add(name);
                }
            } else if (field.readOnly()) {
                readOnly.add(name);
            } else if (!field.rule().accepts(value)) {
                invalid.add(entity + " field '" + name + "' must be " + field.rule().description() + ", got "
                        + value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + value);
            } else if (field.rule().fields() != null && value.isObject()) {
                Check nested = field.rule().fields().check((ObjectNode) value);
                nested.readOnly().forEach(inner -> readOnly.add(name + "." + inner));
                nested.unknown().forEach(inner -> unknown.add(name + "." + inner));
                invalid.addAll(nested.invalid());
                accepted.set(name, nested.accepted());
            } else {
                accepted.set(name, value);
            }
        }
        return new Check(accepted, readOnly, unknown, invalid);
    }

    /**
     * Checks a body and keeps only its writable fields, with the Zendesk error for what breaks the rules.
     *
     * @param body   the request body
     * @param strict whether read-only and unknown fields are rejected
     * @return a new object with the writable fields of the body
     */
    ObjectNode writableFields(ObjectNode body, boolean strict) {
        Check check = check(body);
        if (strict) {
            List<String> problems = new ArrayList<>();
            if (!check.readOnly().isEmpty()) {
                problems.add("read-only field(s) " + String.join(", ", check.readOnly()));
            }
            if (!check.unknown().isEmpty()) {
                problems.add("unknown field(s) " + String.join(", ", check.unknown()));
            }
            if (!problems.isEmpty()) {
                throw ApiException.badRequest("Strict mode: " + entity + " request sets " + String.join(" and ", problems));
            }
        }
        if (!check.invalid().isEmpty()) {
            throw ApiException.badRequest(String.join("; ", check.invalid()));
        }
        return check.accepted();
    }

    /** A 400 naming the required fields that are absent (or null) from the accepted fields, nested ones too. */
    void requirePresent(ObjectNode accepted) {
        List<String> missing = new ArrayList<>();
        collectMissing(accepted, "", missing);
        if (!missing.isEmpty()) {
            throw ApiException.badRequest(entity + " is missing required field(s): " + String.join(", ", missing));
        }
    }

    private void collectMissing(ObjectNode accepted, String prefix, List<String> missing) {
        for (String name : required) {
            if (!accepted.hasNonNull(name)) {
                missing.add(prefix + name);
            }
        }
        for (Field field : fields.values()) {
            JsonNode value = accepted.get(field.name());
            if (field.rule().fields() != null && value != null && value.isObject()) {
                field.rule().fields().collectMissing((ObjectNode) value, prefix + field.name() + ".", missing);
            }
        }
    }
}
