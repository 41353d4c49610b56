package dev.chatcontracts.contracts.reports;

import dev.chatcontracts.contracts.findings.ReportLimits;

/**
 * Text made safe for a terminal: every control character a value may carry (C0 including newline and tab, DEL,
 * C1, the line and paragraph separators U+2028/U+2029, the bidirectional overrides and isolates, a lone surrogate)
 * is written as a Java escape ({@code \u001b}), so a URL from a HAR file cannot move the cursor, ring the bell,
 * recolour the terminal or break a report line. The report's own line breaks are written around such text.
 */
public final class ConsoleText {

    private ConsoleText() {
    }

    /** {@code text} with its control characters escaped; {@code null} is {@code "null"}. */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (unsafe(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} cut at {@code limit} ({@link ReportLimits#cut}), then escaped. */
    public static String escape(String text, int limit) {
        return escape(ReportLimits.cut(text, limit));
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || unsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || Character.isSurrogate(c);
    }
}
