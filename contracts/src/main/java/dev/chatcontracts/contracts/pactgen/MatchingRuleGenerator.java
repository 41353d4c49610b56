package dev.chatcontracts.contracts.pactgen;

import dev.chatcontracts.contracts.pact.MatchingRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Body matching rules of a response example, from its schema: a type matcher on every leaf, an
 * RFC 3339 regex on {@code date-time} strings (a timestamp pattern would reject the fractional
 * seconds and offsets the APIs send), {@code min: 0} on arrays (or a minimum given) with {@code [*]} rules for their
 * items, {@code .*} for the members of {@code additionalProperties} maps, and {@code null} as an
 * {@code OR} alternative on nullable values. Paths follow Pact's JSONPath: {@code $.id},
 * {@code $['visitor.name']}, {@code $.chats[*].id}.
 */
final class MatchingRuleGenerator {

    /** RFC 3339 date-time, the JSON Schema {@code date-time} format. */
    static final String DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$";
    /** RFC 3339 full-date, the JSON Schema {@code date} format. */
    static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SchemaNavigator navigator;
    private final PactSpecVersion version;

    MatchingRuleGenerator(SchemaNavigator navigator, PactSpecVersion version) {
        this.navigator = navigator;
        this.version = version;
    }

    /** The rules of the body, in body order, one per path; the first rule of a path (an array's first item) wins. */
    List<MatchingRule> rules(JsonNode body, JsonNode schema) {
        return rules(body, schema, 0);
    }

    /** The rules, with {@code min: minItems} on every array (1 for bodies built from the schema, whose arrays have one item). */
    List<MatchingRule> rules(JsonNode body, JsonNode schema, int minItems) {
        Map<String, MatchingRule> rules = new LinkedHashMap<>();
        walk(body, schema, "$", rules, minItems);
        return List.copyOf(rules.values());
    }

    /** A member's path: {@code .name}, or {@code ['na.me']} for a name that is not an identifier. */
    static String member(String path, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private void walk(JsonNode value, JsonNode schema, String path, Map<String, MatchingRule> rules, int minItems) {
        Shape shape = navigator.shape(schema, value);
        if (value.isObject()) {
            if (shape.nullable() && !path.equals("$")) {
                rules.putIfAbsent(path, MatchingRule.of(path, List.of(matcher("null"), matcher("type"))));
            }
            value.fields().forEachRemaining(field -> {
                String name = field.getKey();
                boolean declared = shape.property(name) != null;
                String child = declared || shape.additional() == null ? member(path, name) : path + ".*";
                walk(field.getValue(), shape.member(name), child, rules, minItems);
            });
        } else if (value.isArray()) {
            ObjectNode min = matcher("type").put("min", value.isEmpty() ? 0 : minItems);
            rules.putIfAbsent(path, MatchingRule.of(path, shape.nullable() ? List.of(matcher("null"), min) : List.of(min)));
            value.forEach(item -> walk(item, shape.items(), path + "[*]", rules, minItems));
        } else {
            List<ObjectNode> matchers = leaf(shape, value);
            if (!matchers.isEmpty()) {
                rules.putIfAbsent(path, MatchingRule.of(path, matchers));
            }
        }
    }

    /** The matchers of a scalar: its type (or format), then the other types the schema allows. */
    private List<ObjectNode> leaf(Shape shape, JsonNode value) {
        List<ObjectNode> matchers = new ArrayList<>();
        if (shape.nullable() || value.isNull()) {
            matchers.add(matcher("null"));
        }
        if (!value.isNull()) {
            add(matchers, formatMatcher(shape, value));
        } else {
            add(matchers, typed(shape));
        }
        for (Shape alternative : shape.alternatives()) {
            if (!alternative.admitsTypeOf(value)) {
                add(matchers, typed(alternative));
            } else if (alternative.nullable()) {
                add(matchers, matcher("null"));
            }
        }
        return matchers.size() == 1 && value.isNull() && shape.types().isEmpty() ? List.of() : matchers;
    }

    /** A regex for date and date-time strings, else a type matcher. */
    private static ObjectNode formatMatcher(Shape shape, JsonNode value) {
        if (value.isTextual() && "date-time".equals(shape.format())) {
            return matcher("regex").put("regex", DATE_TIME);
        }
        if (value.isTextual() && "date".equals(shape.format())) {
            return matcher("regex").put("regex", DATE);
        }
        return matcher("type");
    }

    /** A matcher for the declared type of a shape, where there is no example value of that type to match by type. */
    private ObjectNode typed(Shape shape) {
        String type = shape.types().isEmpty() ? "" : shape.types().iterator().next();
        return switch (type) {
            case "integer" -> matcher("integer");
            case "number" -> matcher("number");
            case "boolean" -> version == PactSpecVersion.V4 ? matcher("boolean") : matcher("regex").put("regex", "^(true|false)$");
            case "string" -> stringMatcher(shape);
            default -> null;
        };
    }

    private static ObjectNode stringMatcher(Shape shape) {
        if ("date-time".equals(shape.format())) {
            return matcher("regex").put("regex", DATE_TIME);
        }
        if ("date".equals(shape.format())) {
            return matcher("regex").put("regex", DATE);
        }
        if (shape.enumValues() != null) {
            List<String> alternatives = new ArrayList<>();
            shape.enumValues().forEach(v -> {
                if (v.isTextual()) {
                    alternatives.add(v.asText().replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"));
                }
            });
            return matcher("regex").put("regex", "^(" + String.join("|", alternatives) + ")$");
        }
        return matcher("regex").put("regex", "^[\\s\\S]*$");
    }

    private static void add(List<ObjectNode> matchers, ObjectNode matcher) {
        if (matcher != null && !matchers.contains(matcher)) {
            matchers.add(matcher);
        }
    }

    private static ObjectNode matcher(String match) {
        return NODES.objectNode().put("match", match);
    }
}
