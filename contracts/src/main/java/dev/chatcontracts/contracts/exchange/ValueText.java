package dev.chatcontracts.contracts.exchange;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.model.JsonTrees;
import java.util.Iterator;
import java.util.Map;

/**
 * A tree value for people: the compact JSON {@code JsonNode.toString()} gives, but written only up to the cut and
 * then ended with {@code …}. A value of any size or depth is rendered in time and memory bounded by the cut (a
 * container nested deeper than the cut is never reached), so neither a 50 MB body nor one nested 5,000 levels
 * deep (beyond Jackson's writer limit of 1,000) is serialized whole to show its first characters. A cut never
 * splits a surrogate pair. The streaming checks cut streamed values the same way.
 */
public final class ValueText {

    private ValueText() {
    }

    /** The longest value {@link #readable(JsonNode)} shows, in characters. */
    public static final int MAX_READABLE_LENGTH = 120;

    /**
     * A value for people: compact JSON, cut at {@value #MAX_READABLE_LENGTH} characters (never serialized whole, so
     * any depth renders); {@code absent} for a missing node.
     */
    public static String readable(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "absent";
        }
        return render(value, MAX_READABLE_LENGTH);
    }

    /** The value's compact JSON, cut at {@code maxChars} with {@code …}. */
    public static String render(JsonNode value, int maxChars) {
        StringBuilder out = new StringBuilder();
        append(value, out, maxChars);
        return cut(out.toString(), maxChars);
    }

    /** {@code text}, or its first {@code maxChars} (one less rather than half a surrogate pair) and {@code …}. */
    public static String cut(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end) + "…";
    }

    /** Appends the value's JSON; stops as soon as {@code out} is longer than {@code maxChars}. */
    private static void append(JsonNode node, StringBuilder out, int maxChars) {
        if (out.length() > maxChars) {
            return;
        }
        if (node.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            for (boolean first = true; fields.hasNext() && out.length() <= maxChars; first = false) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(first ? "" : ",");
                quote(field.getKey(), out, maxChars);
                out.append(':');
                append(field.getValue(), out, maxChars);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size() && out.length() <= maxChars; i++) {
                out.append(i == 0 ? "" : ",");
                append(node.get(i), out, maxChars);
            }
            out.append(']');
        } else if (node.isTextual()) {
            quote(node.textValue(), out, maxChars);
        } else {
            out.append(JsonTrees.text(node));
        }
    }

    /** A JSON string of {@code text}, of which only as much is quoted as can still be shown. */
    private static void quote(String text, StringBuilder out, int maxChars) {
        int room = Math.max(0, maxChars + 1 - out.length());
        String shown = text.length() <= room ? text : text.substring(0, room);
        out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(shown)).append('"');
    }
}
