package dev.chatcontracts.contracts.streaming;

import java.util.Arrays;

/** The JSON pointer of the value being walked, kept as a stack and only rendered for a violation. */
final class InstancePath {

    private String[] names = new String[16];
    private int[] indexes = new int[16];
    private int depth;

    void pushName(String name) {
        grow();
        names[depth] = name;
        depth++;
    }

    void pushIndex(int index) {
        grow();
        names[depth] = null;
        indexes[depth] = index;
        depth++;
    }

    /** Back to the root (after a walk an error cut short). */
    void clear() {
        Arrays.fill(names, 0, depth, null);
        depth = 0;
    }

    void pop() {
        depth--;
        names[depth] = null;
    }

    /** The pointer of the current value ({@code ""} at the root). */
    String pointer() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            out.append('/');
            if (names[i] == null) {
                out.append(indexes[i]);
            } else {
                appendEscaped(out, names[i]);
            }
        }
        return out.toString();
    }

    /** A violation of the current value. */
    StreamingViolation violation(String keyword, String schemaLocation, String message, String property) {
        return new StreamingViolation(pointer(), keyword, schemaLocation, message, property);
    }

    private void grow() {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
    }

    static void appendEscaped(StringBuilder out, String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '~') {
                out.append("~0");
            } else if (c == '/') {
                out.append("~1");
            } else {
                out.append(c);
            }
        }
    }

    static String escape(String token) {
        StringBuilder out = new StringBuilder(token.length() + 4);
        appendEscaped(out, token);
        return out.toString();
    }
}
