package dev.chatcontracts.contracts.pactgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.openapi.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading pact files in tests, and a small evaluator of Pact's JSONPath subset. */
final class Pacts {

    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\.\\*|\\['((?:[^'\\\\]|\\\\.)*)']|\\[\\*]");

    private Pacts() {
    }

    static JsonNode read(Path file) {
        try {
            return Fixtures.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of a V3 or V4 request or response. */
    /** The elements of an array node. */
    static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    static JsonNode body(JsonNode message) {
        JsonNode body = message.path("body");
        return body.isObject() && body.has("contentType") && body.has("content") ? body.get("content") : body;
    }

    /** The values a path such as {@code $.chats[*]['visitor.name']} or {@code $.docs.*.id} selects. */
    static List<JsonNode> select(JsonNode root, String path) {
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException(path);
        }
        List<JsonNode> current = List.of(root);
        Matcher step = STEP.matcher(path);
        int at = 1;
        while (at < path.length()) {
            if (!step.find(at) || step.start() != at) {
                throw new IllegalArgumentException("not a Pact path: " + path + " at " + at);
            }
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                if (step.group(1) != null || step.group(2) != null) {
                    String name = step.group(1) != null ? step.group(1) : step.group(2).replaceAll("\\\\(.)", "$1");
                    if (node.has(name)) {
                        next.add(node.get(name));
                    }
                } else if (step.group().equals(".*") && node instanceof ObjectNode || step.group().equals("[*]") && node.isArray()) {
                    node.forEach(next::add);
                }
            }
            current = next;
            at = step.end();
        }
        return current;
    }
}
