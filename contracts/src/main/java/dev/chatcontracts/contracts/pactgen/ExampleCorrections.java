package dev.chatcontracts.contracts.pactgen;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chatcontracts.openapi.examples.DeclaredViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The corrected copy of a documented response example the documentation got wrong: the spec's own
 * copy where it gives one ({@link #fromSpec}), else the spec's decision applied at each place its
 * {@code x-violates} names. A value is converted to the type the
 * spec gives the place: a number to a string ({@code "id": 1} becomes {@code "1"}, D5), {@code 0}/{@code 1}
 * to a boolean (D3, D13), the string {@code "null"} to JSON null where the place is nullable (D6).
 * A place that no conversion fits leaves the example uncorrectable.
 */
final class ExampleCorrections {

    /**
     * A corrected body and what changed.
     *
     * @param body the corrected copy
     * @param changes one entry per change, e.g. {@code /id 1 -> "1" (D5)}
     * @param discrepancies the D-ids applied, in order, without repeats
     */
    record Corrected(JsonNode body, List<String> changes, List<String> discrepancies) {
    }

    private final SchemaNavigator navigator;

    ExampleCorrections(SchemaNavigator navigator) {
        this.navigator = navigator;
    }

    /** The corrected copy, or empty when a place cannot be converted to what the spec says. */
    Optional<Corrected> correct(JsonNode example, JsonNode schema, List<DeclaredViolation> violations) {
        JsonNode body = example.deepCopy();
        List<String> changes = new ArrayList<>();
        List<String> discrepancies = new ArrayList<>();
        for (DeclaredViolation violation : violations) {
            JsonPointer pointer = JsonPointer.compile(violation.pointer());
            JsonNode wrong = body.at(pointer);
            if (pointer.matches() || wrong.isMissingNode()) {
                return Optional.empty();
            }
            Shape shape = shapeAt(body, schema, pointer);
            JsonNode right = convert(wrong, shape);
            if (right == null) {
                return Optional.empty();
            }
            replace(body, pointer, right);
            changes.add(violation.pointer() + " " + wrong + " -> " + right + " (" + violation.discrepancy() + ")");
            if (!discrepancies.contains(violation.discrepancy())) {
                discrepancies.add(violation.discrepancy());
            }
        }
        return Optional.of(new Corrected(body, changes, discrepancies));
    }

    /**
     * The spec's own corrected copy ({@code x-corrects}) of a documented example, with the changes at
     * the places {@code x-violates} names; empty when a place is missing from either copy.
     */
    static Optional<Corrected> fromSpec(JsonNode documented, JsonNode corrected, List<DeclaredViolation> violations) {
        List<String> changes = new ArrayList<>();
        List<String> discrepancies = new ArrayList<>();
        for (DeclaredViolation violation : violations) {
            JsonPointer pointer = JsonPointer.compile(violation.pointer());
            JsonNode wrong = documented.at(pointer);
            JsonNode right = corrected.at(pointer);
            if (pointer.matches() || wrong.isMissingNode() || right.isMissingNode()) {
                return Optional.empty();
            }
            changes.add(violation.pointer() + " " + wrong + " -> " + right + " (" + violation.discrepancy() + ")");
            if (!discrepancies.contains(violation.discrepancy())) {
                discrepancies.add(violation.discrepancy());
            }
        }
        return Optional.of(new Corrected(corrected.deepCopy(), changes, discrepancies));
    }

    /** Whether the value has a key standing for elided content, such as {@code "<other chat 100 properties>"}. */
    static boolean isPlaceholder(String key) {
        return key.length() > 2 && key.startsWith("<") && key.endsWith(">");
    }

    private Shape shapeAt(JsonNode body, JsonNode schema, JsonPointer pointer) {
        JsonNode value = body;
        JsonNode current = schema;
        for (JsonPointer step = pointer; !step.matches(); step = step.tail()) {
            Shape shape = navigator.shape(current, value);
            if (value.isArray()) {
                current = shape.items();
                value = value.path(step.getMatchingIndex());
            } else {
                current = shape.member(step.getMatchingProperty());
                value = value.path(step.getMatchingProperty());
            }
        }
        return navigator.shape(current, value);
    }

    private static JsonNode convert(JsonNode wrong, Shape shape) {
        if (wrong.isTextual() && wrong.asText().equals("null") && shape.nullable()) {
            return NullNode.getInstance();
        }
        if (wrong.isNumber() && shape.types().contains("string")) {
            return TextNode.valueOf(wrong.asText());
        }
        if (wrong.isIntegralNumber() && shape.types().contains("boolean") && (wrong.asLong() == 0 || wrong.asLong() == 1)) {
            return BooleanNode.valueOf(wrong.asLong() == 1);
        }
        return null;
    }

    private static void replace(JsonNode body, JsonPointer pointer, JsonNode value) {
        JsonNode parent = body.at(pointer.head());
        if (parent.isArray()) {
            ((ArrayNode) parent).set(pointer.last().getMatchingIndex(), value);
        } else {
            ((ObjectNode) parent).set(pointer.last().getMatchingProperty(), value);
        }
    }
}
