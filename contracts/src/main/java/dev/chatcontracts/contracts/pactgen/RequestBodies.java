package dev.chatcontracts.contracts.pactgen;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.openapi.examples.DeclaredViolation;
import dev.chatcontracts.openapi.examples.DocumentedExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes a documented request example fit the request view: the places its {@code x-violates} list
 * names are removed (the documentation got them wrong), then every property the request view
 * forbids ({@code readOnly}, on itself or on the component it references), at any depth, following
 * {@code $ref}, {@code allOf} and the {@code oneOf}/{@code anyOf} branch the value takes.
 */
final class RequestBodies {

    /**
     * The body to send, and what was removed ({@code /id (read-only)}, {@code /enabled (x-violates D13)}).
     *
     * @param body the body
     * @param removed one entry per removed place, JSON pointers into the documented example
     */
    record Prepared(JsonNode body, List<String> removed) {
    }

    private final SchemaNavigator navigator;

    RequestBodies(SchemaNavigator navigator) {
        this.navigator = navigator;
    }

    /** The example's value made to fit; empty when a declared violation is the whole body. */
    Optional<Prepared> prepare(DocumentedExample example) {
        JsonNode body = example.value().deepCopy();
        List<String> removed = new ArrayList<>();
        for (DeclaredViolation violation : example.declaredViolations()) {
            if (violation.pointer().isEmpty()) {
                return Optional.empty();
            }
            if (remove(body, JsonPointer.compile(violation.pointer()))) {
                removed.add(violation.pointer() + " (x-violates " + violation.discrepancy() + ")");
            }
        }
        return Optional.of(new Prepared(strip(body, example.schema(), "", removed), removed));
    }

    private JsonNode strip(JsonNode value, JsonNode schema, String pointer, List<String> removed) {
        if (value.isObject()) {
            Shape shape = navigator.shape(schema, value);
            ObjectNode kept = JsonNodeFactory.instance.objectNode();
            value.fields().forEachRemaining(field -> {
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (navigator.isReadOnly(shape, field.getKey())) {
                    removed.add(child + " (read-only)");
                } else {
                    kept.set(field.getKey(), strip(field.getValue(), shape.member(field.getKey()), child, removed));
                }
            });
            return kept;
        }
        if (value.isArray()) {
            JsonNode items = navigator.shape(schema, value).items();
            ArrayNode kept = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < value.size(); i++) {
                kept.add(strip(value.get(i), items, pointer + "/" + i, removed));
            }
            return kept;
        }
        return value;
    }

    private static boolean remove(JsonNode body, JsonPointer pointer) {
        JsonNode parent = body.at(pointer.head());
        String last = pointer.last().getMatchingProperty();
        if (parent.isObject()) {
            return ((ObjectNode) parent).remove(last) != null;
        }
        if (parent.isArray() && pointer.last().getMatchingIndex() >= 0 && pointer.last().getMatchingIndex() < parent.size()) {
            ((ArrayNode) parent).remove(pointer.last().getMatchingIndex());
            return true;
        }
        return false;
    }
}
