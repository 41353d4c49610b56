package dev.chatcontracts.contracts.pact;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Pact matching-rule path, the JSONPath subset Pact uses: {@code $}, {@code .name},
 * {@code ['na.me']}, {@code [0]}, {@code [*]} (every array item) and {@code .*} (every member).
 *
 * @param text the path as written
 * @param steps its steps after {@code $}
 */
public record PactPath(String text, List<Step> steps) {

    public PactPath {
        steps = List.copyOf(steps);
    }

    /** One step of a path. */
    public sealed interface Step {
    }

    /** A named member: {@code .id}, {@code ['visitor.name']}. */
    public record Field(String name) implements Step {
    }

    /** An array item: {@code [0]}. */
    public record Index(int index) implements Step {
    }

    /** Every array item, {@code [*]}. */
    public record AnyItem() implements Step {
    }

    /** Every member (or item), {@code .*}. */
    public record AnyMember() implements Step {
    }

    /** Reads a path; empty when it is not one Pact writes. */
    public static Optional<PactPath> parse(String text) {
        String path = text.trim();
        if (!path.startsWith("$")) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        int at = 1;
        while (at < path.length()) {
            char c = path.charAt(at);
            if (c == '.' && at + 1 < path.length() && path.charAt(at + 1) == '*') {
                steps.add(new AnyMember());
                at += 2;
            } else if (c == '.') {
                int end = at + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                if (end == at + 1) {
                    return Optional.empty();
                }
                steps.add(new Field(path.substring(at + 1, end)));
                at = end;
            } else if (c == '[') {
                int end = bracketEnd(path, at);
                if (end < 0) {
                    return Optional.empty();
                }
                Optional<Step> step = bracket(path.substring(at + 1, end).trim());
                if (step.isEmpty()) {
                    return Optional.empty();
                }
                steps.add(step.get());
                at = end + 1;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new PactPath(text, steps));
    }

    /** A JSON pointer for people, {@code *} standing for any item or member: {@code /chats/*}{@code /unread}. */
    public String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (Step step : steps) {
            String token = "*";
            if (step instanceof Field field) {
                token = field.name().replace("~", "~0").replace("/", "~1");
            } else if (step instanceof Index index) {
                token = String.valueOf(index.index());
            }
            pointer.append('/').append(token);
        }
        return pointer.toString();
    }

    /** The values of {@code body} the path selects (every item or member for a wildcard). */
    public List<JsonNode> valuesIn(JsonNode body) {
        List<JsonNode> current = body == null ? List.of() : List.of(body);
        for (Step step : steps) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                if (step instanceof Field field) {
                    addIfPresent(next, node.isObject() ? node.get(field.name()) : null);
                } else if (step instanceof Index index) {
                    addIfPresent(next, node.isArray() ? node.get(index.index()) : null);
                } else if (step instanceof AnyMember ? node.isContainerNode() : node.isArray()) {
                    node.forEach(next::add);
                }
            }
            current = next;
        }
        return current;
    }

    private static void addIfPresent(List<JsonNode> out, JsonNode node) {
        if (node != null && !node.isMissingNode()) {
            out.add(node);
        }
    }

    /** The index of the {@code ]} closing the bracket at {@code start}, skipping quoted names. */
    private static int bracketEnd(String path, int start) {
        char quote = 0;
        for (int i = start + 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if (quote != 0 && c == '\\') {
                i++;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (quote == 0 && c == ']') {
                return i;
            }
        }
        return -1;
    }

    private static Optional<Step> bracket(String inside) {
        if (inside.equals("*")) {
            return Optional.of(new AnyItem());
        }
        if (inside.matches("\\d{1,9}")) {
            return Optional.of(new Index(Integer.parseInt(inside)));
        }
        if (inside.length() >= 2 && (inside.charAt(0) == '\'' || inside.charAt(0) == '"')
                && inside.charAt(inside.length() - 1) == inside.charAt(0)) {
            String name = inside.substring(1, inside.length() - 1);
            return Optional.of(new Field(name.replaceAll("\\\\(.)", "$1")));
        }
        return Optional.empty();
    }
}
