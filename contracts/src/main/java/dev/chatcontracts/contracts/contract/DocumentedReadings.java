package dev.chatcontracts.contracts.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.chatcontracts.contracts.exchange.ValueText;
import dev.chatcontracts.openapi.model.JsonTrees;
import dev.chatcontracts.openapi.model.LocalRefs;
import dev.chatcontracts.openapi.schema.SchemaView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Where the spec records that the documentation reads a field otherwise, and whether a value that breaks
 * the spec is what the documentation says: its JSON type is the property's {@code x-documented-type}, it
 * is one of its {@code x-documented-enum}, it writes a readOnly property whose {@code
 * x-documented-readOnly} is false, or it is what a documented example of the same body, listed in its
 * {@code x-violates}, has at that place (the media type's example, or the documentation's verbatim copy kept
 * under {@code components/x-documented-examples} with the same name). What a spec location documents is read once and kept. Thread-safe.
 */
public final class DocumentedReadings {

    private static final JsonFactory JSON = new JsonFactory();
    private static final List<String> KEYWORDS = List.of("type", "enum", "const", "format", "pattern", "false");

    /** The documentation's reading of a value: the discrepancy and both readings, for people. */
    public record Reading(String discrepancy, String specReading, String documentedReading) {
    }

    /** What the spec records about one property. */
    private record Documented(List<String> discrepancies, String type, JsonNode enumValues, JsonNode readOnly) {
        String discrepancy() {
            return discrepancies.isEmpty() ? "an undocumented discrepancy" : String.join(", ", discrepancies);
        }
    }

    /** One place an example breaks the spec: an instance path ({@code *} for indexes) and its value. */
    private record Violation(String discrepancy, String path, JsonNode value, String example) {
    }

    private final JsonNode tree;
    private final ConcurrentMap<String, Optional<Documented>> properties = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, List<Violation>> examples = new ConcurrentHashMap<>();

    DocumentedReadings(JsonNode tree) {
        this.tree = tree;
    }

    /**
     * The documentation's reading of a problem's value, if the value is what it says.
     *
     * @param schemaPointer the body's schema in the spec ({@code .../content/application~1json/schema})
     * @param specLocation where the problem is in the spec ({@code zendesk-chat#/components/schemas/Visitor/properties/id/type})
     * @param actual the value rendered as JSON ({@code absent} when none)
     */
    public Optional<Reading> reading(SchemaProblem problem, String schemaPointer, String specLocation, String actual,
            SchemaView view) {
        JsonNode value = parse(actual);
        if (value == null) {
            return Optional.empty();
        }
        Optional<Reading> byProperty = properties.computeIfAbsent(propertyPointer(specLocation), this::documented)
                .flatMap(documented -> byProperty(documented, problem, value, view));
        return byProperty.isPresent() ? byProperty : byExample(problem, schemaPointer, value);
    }

    private static Optional<Reading> byProperty(Documented documented, SchemaProblem problem, JsonNode value,
            SchemaView view) {
        return switch (problem.kind()) {
            case TYPE -> documented.type() != null && jsonType(value).equals(normalType(documented.type()))
                    ? Optional.of(new Reading(documented.discrepancy(), problem.expected(), documented.type()))
                    : Optional.empty();
            case ENUM -> contains(documented.enumValues(), value)
                    ? Optional.of(new Reading(documented.discrepancy(), problem.expected(), "one of " + documented.enumValues()))
                    : Optional.empty();
            case FORBIDDEN -> view == SchemaView.REQUEST && documented.readOnly() != null && !documented.readOnly().asBoolean()
                    ? Optional.of(new Reading(documented.discrepancy(), "readOnly", "writable"))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<Reading> byExample(SchemaProblem problem, String schemaPointer, JsonNode value) {
        String path = pathOf(problem.pointer());
        for (Violation violation : examples.computeIfAbsent(schemaPointer, this::violations)) {
            boolean same = problem.kind() == SchemaProblem.Kind.TYPE
                    ? jsonType(violation.value()).equals(jsonType(value)) : violation.value().equals(value);
            if (violation.path().equals(path) && same) {
                return Optional.of(new Reading(violation.discrepancy(), problem.expected(),
                        "example " + violation.example() + " gives " + ValueText.readable(violation.value())));
            }
        }
        return Optional.empty();
    }

    /** The property a spec location is in: without the failing keyword and the converter's nullable union. */
    static String propertyPointer(String specLocation) {
        int hash = specLocation.indexOf('#');
        String pointer = hash < 0 ? specLocation : specLocation.substring(hash + 1);
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (KEYWORDS.contains(last)) {
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
        return pointer.replaceAll("/(anyOf|oneOf)/\\d+$", "");
    }

    private Optional<Documented> documented(String pointer) {
        JsonNode property = tree.at(pointer);
        if (!property.isObject()) {
            return Optional.empty();
        }
        JsonNode resolved = property.has("$ref") ? LocalRefs.deref(tree, property) : property;
        List<String> discrepancies = new ArrayList<>();
        property.path("x-doc-discrepancy").forEach(d -> discrepancies.add(d.asText()));
        if (discrepancies.isEmpty()) {
            resolved.path("x-doc-discrepancy").forEach(d -> discrepancies.add(d.asText()));
        }
        String type = first(property, resolved, "x-documented-type");
        JsonNode enumValues = property.has("x-documented-enum") ? property.get("x-documented-enum") : resolved.get("x-documented-enum");
        JsonNode readOnly = property.has("x-documented-readOnly") ? property.get("x-documented-readOnly") : resolved.get("x-documented-readOnly");
        if (type == null && enumValues == null && readOnly == null) {
            return Optional.empty();
        }
        return Optional.of(new Documented(List.copyOf(discrepancies), type, enumValues, readOnly));
    }

    /** The declared violations of the examples documented next to a body's schema. */
    private List<Violation> violations(String schemaPointer) {
        if (!schemaPointer.endsWith("/schema")) {
            return List.of();
        }
        String media = schemaPointer.substring(0, schemaPointer.length() - "/schema".length());
        List<Violation> found = new ArrayList<>();
        tree.at(media).path("examples").fields().forEachRemaining(entry -> {
            String name = entry.getValue().has("$ref")
                    ? entry.getValue().get("$ref").asText().replaceAll(".*/", "") : entry.getKey();
            addViolations(LocalRefs.deref(tree, entry.getValue()), name, found);
            addViolations(tree.path("components").path("x-documented-examples").path(name), name, found);
        });
        return List.copyOf(found);
    }

    /** The places an example (the media type's, or the documentation's verbatim copy of it) lists in {@code x-violates}. */
    private static void addViolations(JsonNode example, String name, List<Violation> found) {
        example.path("x-violates").forEach(v -> {
            String pointer = v.path("pointer").asText("");
            found.add(new Violation(v.path("discrepancy").asText("?"), pathOf(pointer), example.path("value").at(pointer), name));
        });
    }

    private static String first(JsonNode property, JsonNode resolved, String name) {
        JsonNode value = property.has(name) ? property.get(name) : resolved.get(name);
        return value == null ? null : value.asText();
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        if (values == null || !values.isArray()) {
            return false;
        }
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** An instance pointer with every array index as {@code *}. */
    private static String pathOf(String pointer) {
        return pointer.replaceAll("/\\d+(?=/|$)", "/*");
    }

    private static String normalType(String documentedType) {
        return documentedType.equals("int") ? "integer" : documentedType;
    }

    static String jsonType(JsonNode value) {
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isTextual()) {
            return "string";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return value.isArray() ? "array" : value.isObject() ? "object" : "null";
    }

    private static JsonNode parse(String rendered) {
        if (rendered == null || rendered.equals("absent") || rendered.endsWith("…")) {
            return null;
        }
        try {
            JsonNode value = JsonTrees.read(JSON, rendered);
            return value == null ? MissingNode.getInstance() : value;
        } catch (IOException e) {
            return null;
        }
    }
}
