package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;

/**
 * What an object under oneOf/anyOf has shown so far of the facts its plan chooses by: which of the plan's
 * {@code required} names are present, and the text of each discriminator property.
 */
final class ObjectFacts {

    private final ObjectPlan plan;
    private final String[] discriminators;
    private long present;

    ObjectFacts(ObjectPlan plan) {
        this.plan = plan;
        this.discriminators = plan.discriminatorSlots.isEmpty() ? null : new String[plan.discriminatorSlots.size()];
    }

    /** Notes the field whose rule is {@code rule}, the parser on its value's first token (not moved). */
    void note(FieldRule rule, JsonParser p) throws IOException {
        if (rule.bit >= 0) {
            present |= 1L << rule.bit;
        }
        if (rule.slot >= 0) {
            discriminators[rule.slot] = text(p);
        }
    }

    /** The index of the candidate the facts noted choose. */
    int decide() {
        return plan.decide(present, discriminators);
    }

    /** {@code instance.path(name).asText(null)} for the value at the parser, without reading it. */
    static String text(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> null;
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(p).asText();
            case START_OBJECT, START_ARRAY -> "";
            default -> p.getText();
        };
    }

    /** The node Jackson's tree deserializer makes of a number. */
    private static JsonNode number(JsonParser p) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return switch (p.getNumberType()) {
                case INT -> nodes.numberNode(p.getIntValue());
                case LONG -> nodes.numberNode(p.getLongValue());
                default -> nodes.numberNode(p.getBigIntegerValue());
            };
        }
        return switch (p.getNumberTypeFP()) {
            case BIG_DECIMAL -> nodes.numberNode(p.getDecimalValue());
            case FLOAT32 -> nodes.numberNode(p.getFloatValue());
            default -> nodes.numberNode(p.getDoubleValue());
        };
    }
}
