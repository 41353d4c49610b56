package dev.chatcontracts.contracts.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read-only rules that need the history of a session: whether a readOnly field in a request echoes
 * what the resource returned earlier, and which readOnly fields an update changed.
 */
public final class ReadOnlyRules {

    /**
     * A readOnly field an update changed.
     *
     * @param pointer the field's pointer
     * @param before its value in the last response for the resource
     * @param after its value in the update's response
     */
    public record Change(String pointer, JsonNode before, JsonNode after) {
    }

    private ReadOnlyRules() {
    }

    /**
     * True when the request's value at {@code pointer} equals the value the resource's last response had
     * there: the client sent back what it read, which is harmless but not allowed.
     */
    public static boolean isEcho(JsonNode lastResponse, JsonNode request, String pointer) {
        if (lastResponse == null || request == null) {
            return false;
        }
        JsonNode returned = lastResponse.at(pointer);
        return !returned.isMissingNode() && returned.equals(request.at(pointer));
    }

    /**
     * The readOnly fields of {@code current} whose value differs from {@code previous}. Fields present in
     * only one of them are not compared; fields (or parts of fields) the request itself sent are left
     * out, a dotted key such as {@code visitor.name} counting as {@code /visitor/name}; so are fields
     * whose name is in {@code volatileNames}.
     */
    public static List<Change> changes(JsonNode previous, JsonNode current, List<String> readOnlyPointers,
            JsonNode request, Set<String> volatileNames) {
        List<Change> changes = new ArrayList<>();
        if (previous == null || current == null) {
            return changes;
        }
        Set<String> sent = sentPointers(request);
        for (String pointer : readOnlyPointers) {
            if (volatileNames.contains(lastToken(pointer)) || isSentAt(sent, pointer)) {
                continue;
            }
            JsonNode before = previous.at(pointer);
            JsonNode after = current.at(pointer);
            if (before.isMissingNode() || after.isMissingNode()) {
                continue;
            }
            if (!withoutSent(before, pointer, sent).equals(withoutSent(after, pointer, sent))) {
                changes.add(new Change(pointer, before, after));
            }
        }
        return changes;
    }

    /** Every pointer the request body carries, dotted keys also expanded into nested pointers. */
    static Set<String> sentPointers(JsonNode request) {
        Set<String> pointers = new LinkedHashSet<>();
        if (request != null) {
            collect(request, "", pointers, 0);
        }
        return pointers;
    }

    private static void collect(JsonNode node, String pointer, Set<String> out, int depth) {
        if (depth > 64 || !node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String child = pointer + "/" + escape(field.getKey());
            out.add(child);
            if (field.getKey().contains(".")) {
                out.add(pointer + "/" + String.join("/", escapeAll(field.getKey().split("\\."))));
            }
            collect(field.getValue(), child, out, depth + 1);
        }
    }

    private static boolean isSentAt(Set<String> sent, String pointer) {
        return sent.stream().anyMatch(s -> s.equals(pointer) || pointer.startsWith(s + "/"));
    }

    private static JsonNode withoutSent(JsonNode value, String pointer, Set<String> sent) {
        JsonNode copy = value.deepCopy();
        for (String s : sent) {
            if (s.startsWith(pointer + "/")) {
                clear(copy, s.substring(pointer.length()));
            }
        }
        return copy;
    }

    private static void clear(JsonNode root, String relative) {
        int slash = relative.lastIndexOf('/');
        JsonNode parent = root.at(relative.substring(0, slash));
        String token = unescape(relative.substring(slash + 1));
        if (parent instanceof ObjectNode object) {
            object.remove(token);
        } else if (parent instanceof ArrayNode array && token.matches("\\d+") && Integer.parseInt(token) < array.size()) {
            array.set(Integer.parseInt(token), NullNode.getInstance());
        }
    }

    private static String lastToken(String pointer) {
        return unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    private static List<String> escapeAll(String[] tokens) {
        List<String> escaped = new ArrayList<>();
        for (String token : tokens) {
            escaped.add(escape(token));
        }
        return escaped;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
