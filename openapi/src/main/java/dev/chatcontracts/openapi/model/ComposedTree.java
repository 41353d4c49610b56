package dev.chatcontracts.openapi.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** A composed YAML document as a JSON tree, every alias expanded (after {@link SpecLimits} bounded the expansion). */
final class ComposedTree {

    private ComposedTree() {
    }

    /** The JSON tree of a composed document, every alias expanded (bounded by the expansion check). */
    static JsonNode toTree(Node node) {
        com.fasterxml.jackson.databind.node.JsonNodeFactory json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (node instanceof SequenceNode sequence) {
            com.fasterxml.jackson.databind.node.ArrayNode array = json.arrayNode();
            sequence.getValue().forEach(item -> array.add(toTree(item)));
            return array;
        }
        if (node instanceof MappingNode mapping) {
            com.fasterxml.jackson.databind.node.ObjectNode object = json.objectNode();
            List<com.fasterxml.jackson.databind.node.ObjectNode> merged = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (Tag.MERGE.equals(tuple.getKeyNode().getTag())) {
                    JsonNode value = toTree(tuple.getValueNode());
                    if (value.isObject()) {
                        merged.add((com.fasterxml.jackson.databind.node.ObjectNode) value);
                    } else {
                        value.forEach(item -> {
                            if (item.isObject()) {
                                merged.add((com.fasterxml.jackson.databind.node.ObjectNode) item);
                            }
                        });
                    }
                    continue;
                }
                JsonNode key = toTree(tuple.getKeyNode());
                object.set(key.isValueNode() ? key.asText() : key.toString(), toTree(tuple.getValueNode()));
            }
            for (com.fasterxml.jackson.databind.node.ObjectNode base : merged) {
                base.fields().forEachRemaining(field -> {
                    if (!object.has(field.getKey())) {
                        object.set(field.getKey(), field.getValue());
                    }
                });
            }
            return object;
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.NULL.equals(tag)) {
                return json.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return json.booleanNode(text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("on"));
            }
            if (Tag.INT.equals(tag)) {
                String digits = text.replace("_", "");
                java.math.BigInteger value = digits.startsWith("0x") ? new java.math.BigInteger(digits.substring(2), 16)
                        : new java.math.BigInteger(digits);
                return value.bitLength() < 32 ? json.numberNode(value.intValue())
                        : value.bitLength() < 64 ? json.numberNode(value.longValue()) : json.numberNode(value);
            }
            if (Tag.FLOAT.equals(tag)) {
                return json.numberNode(Double.parseDouble(text.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            return json.textNode(text);
        }
        return json.textNode(text);
    }

}
