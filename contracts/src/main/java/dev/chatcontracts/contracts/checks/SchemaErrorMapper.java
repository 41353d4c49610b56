package dev.chatcontracts.contracts.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.chatcontracts.contracts.contract.SchemaProblem;
import dev.chatcontracts.contracts.streaming.StreamingViolation;
import dev.chatcontracts.contracts.walkers.PointerTokens;
import dev.chatcontracts.openapi.model.JsonTrees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns networknt's errors into one {@link SchemaProblem} per field.
 *
 * <ul>
 *   <li>Composition keywords ({@code if/then/else}, {@code oneOf}, {@code anyOf}, {@code allOf},
 *       {@code not}) are dropped when an error under them explains them.</li>
 *   <li>{@code required} points at the missing property ({@code /chats}), not its parent; a {@code
 *       false} schema at the property.</li>
 *   <li>Errors at one pointer (the branches of an {@code anyOf}, a type and an enum) become one
 *       problem of the most telling kind, listing every expectation.</li>
 * </ul>
 */
public final class SchemaErrorMapper {

    private static final Set<String> COMPOSITIONS = Set.of("oneOf", "anyOf", "allOf", "if", "then", "else", "not",
            "dependentSchemas", "$ref", "$dynamicRef");
    private static final Set<String> LIMITS = Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
            "multipleOf", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "minProperties",
            "maxProperties", "minContains", "maxContains");

    private SchemaErrorMapper() {
    }

    /** One problem per field pointer, in the order the fields were first reported. */
    public static List<SchemaProblem> map(List<Error> errors) {
        List<Error> kept = new ArrayList<>();
        for (Error error : errors) {
            if (!COMPOSITIONS.contains(error.getKeyword()) || !isExplained(error, errors)) {
                kept.add(error);
            }
        }
        return merged(kept.stream().map(e -> toProblem(e.getKeyword(), e.getInstanceLocation().toString(), e.getProperty(),
                String.valueOf(e.getSchemaLocation()), e.getSchemaNode(), e.getMessage())).toList());
    }

    /**
     * The same for the streaming validator's violations, which name no evaluation path: a composition
     * ({@code oneOf}, the only one it reports) is explained by another violation at or under its value.
     *
     * @param document the converted schema document the violations' locations point into
     */
    public static List<SchemaProblem> mapStreaming(List<StreamingViolation> violations, JsonNode document) {
        List<SchemaProblem> problems = new ArrayList<>();
        for (StreamingViolation violation : violations) {
            if (!COMPOSITIONS.contains(violation.keyword()) || !isExplained(violation, violations)) {
                problems.add(toProblem(violation.keyword(), violation.instancePointer(), violation.property(),
                        violation.schemaLocation(), keywordValue(document, violation.schemaLocation()), violation.message()));
            }
        }
        return merged(problems);
    }

    private static List<SchemaProblem> merged(List<SchemaProblem> problems) {
        Map<String, List<SchemaProblem>> byPointer = new LinkedHashMap<>();
        for (SchemaProblem problem : problems) {
            byPointer.computeIfAbsent(problem.pointer(), p -> new ArrayList<>()).add(problem);
        }
        List<SchemaProblem> merged = new ArrayList<>();
        byPointer.values().forEach(atPointer -> merged.add(merge(atPointer)));
        return merged;
    }

    private static boolean isExplained(Error composition, List<Error> errors) {
        String path = composition.getEvaluationPath().toString() + "/";
        return errors.stream().anyMatch(other -> other != composition
                && other.getEvaluationPath().toString().startsWith(path));
    }

    private static boolean isExplained(StreamingViolation composition, List<StreamingViolation> violations) {
        String pointer = composition.instancePointer();
        return violations.stream().anyMatch(other -> other != composition
                && (other.instancePointer().equals(pointer) || other.instancePointer().startsWith(pointer + "/")));
    }

    /** The value of the keyword a schema location ({@code #/$defs/Chat/properties/unread/type}) names. */
    private static JsonNode keywordValue(JsonNode document, String schemaLocation) {
        int hash = schemaLocation.indexOf('#');
        String fragment = hash < 0 ? schemaLocation : schemaLocation.substring(hash + 1);
        try {
            JsonNode node = document.at(fragment);
            return node.isMissingNode() ? null : node;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static SchemaProblem toProblem(String keyword, String instancePointer, String property, String schemaLocation,
            JsonNode schemaNode, String message) {
        String pointer = instancePointer;
        SchemaProblem.Kind kind = kindOf(keyword);
        if (kind == SchemaProblem.Kind.REQUIRED || kind == SchemaProblem.Kind.FORBIDDEN
                || kind == SchemaProblem.Kind.UNKNOWN) {
            if (property != null && !pointer.endsWith("/" + PointerTokens.escape(property))) {
                pointer = pointer + "/" + PointerTokens.escape(property);
            }
        }
        String location = schemaLocation;
        if (kind == SchemaProblem.Kind.FORBIDDEN && location.endsWith("/false")) {
            location = location.substring(0, location.length() - "/false".length());
        }
        return new SchemaProblem(kind, pointer, location, expectation(kind, keyword, schemaNode, property), message);
    }

    private static SchemaProblem.Kind kindOf(String keyword) {
        return switch (keyword) {
            case "false" -> SchemaProblem.Kind.FORBIDDEN;
            case "required", "dependentRequired" -> SchemaProblem.Kind.REQUIRED;
            case "type" -> SchemaProblem.Kind.TYPE;
            case "enum", "const" -> SchemaProblem.Kind.ENUM;
            case "format", "pattern" -> SchemaProblem.Kind.FORMAT;
            case "additionalProperties", "unevaluatedProperties" -> SchemaProblem.Kind.UNKNOWN;
            default -> LIMITS.contains(keyword) ? SchemaProblem.Kind.LIMIT : SchemaProblem.Kind.SCHEMA;
        };
    }

    private static String expectation(SchemaProblem.Kind kind, String keyword, JsonNode schema, String property) {
        return switch (kind) {
            case FORBIDDEN -> "absent";
            case REQUIRED -> "present";
            case TYPE -> types(schema);
            case ENUM -> ("const".equals(keyword) ? "" : "one of ") + compact(schema);
            case FORMAT -> keyword + " " + (schema == null ? "?" : schema.asText());
            case LIMIT -> keyword + " " + compact(schema);
            case UNKNOWN -> "not declared";
            case SCHEMA -> "valid against " + keyword;
        };
    }

    private static String types(JsonNode schema) {
        if (schema == null) {
            return "?";
        }
        if (!schema.isArray()) {
            return schema.asText();
        }
        List<String> names = new ArrayList<>();
        schema.forEach(type -> names.add(type.asText()));
        return String.join(" or ", names);
    }

    private static String compact(JsonNode node) {
        return node == null ? "?" : JsonTrees.text(node);
    }

    private static SchemaProblem merge(List<SchemaProblem> problems) {
        SchemaProblem first = problems.get(0);
        SchemaProblem telling = first;
        for (SchemaProblem problem : problems) {
            if (problem.kind().ordinal() < telling.kind().ordinal()) {
                telling = problem;
            }
        }
        Set<String> expectations = new LinkedHashSet<>();
        Set<String> messages = new LinkedHashSet<>();
        SchemaProblem chosen = telling;
        problems.stream().filter(p -> p.kind() == chosen.kind()).forEach(p -> {
            expectations.add(p.expected());
            messages.add(p.message());
        });
        problems.stream().filter(p -> p.kind() != chosen.kind() && p.kind() != SchemaProblem.Kind.SCHEMA).forEach(p -> {
            expectations.add(p.expected());
            messages.add(p.message());
        });
        return new SchemaProblem(chosen.kind(), chosen.pointer(), chosen.schemaLocation(),
                String.join(" or ", expectations), String.join("; ", messages));
    }
}
