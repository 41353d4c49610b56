package dev.chatcontracts.contracts.reports;

/** Text made safe for XML 1.0 and HTML. */
final class Xml {

    private Xml() {
    }

    /**
     * Replaces the characters XML 1.0 does not allow (control characters, lone surrogates) with U+FFFD; a text
     * without any is returned as it is.
     */
    static String legal(String text) {
        if (text == null) {
            return "";
        }
        int illegal = firstIllegal(text, 0);
        if (illegal == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (illegal < text.length()) {
            out.append(text, from, illegal).append('\uFFFD');
            from = illegal + 1;
            illegal = firstIllegal(text, from);
        }
        return out.append(text, from, illegal).toString();
    }

    /**
     * The index of the first character at or after {@code from} that XML 1.0 does not allow (a surrogate pair is
     * allowed, a lone surrogate is not), or the length.
     */
    private static int firstIllegal(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
        return text.length();
    }

    /** Escapes {@code & < > " '} for HTML text and attribute values. */
    static String escapeHtml(String text) {
        String legal = legal(text);
        StringBuilder out = new StringBuilder(legal.length() + 16);
        for (int i = 0; i < legal.length(); i++) {
            char c = legal.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
