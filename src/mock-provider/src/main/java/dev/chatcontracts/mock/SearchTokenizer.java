package dev.chatcontracts.mock;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a search query into terms on white space, keeping {@code "quoted phrases"} and
 * {@code field:[A TO B]} ranges whole.
 */
final class SearchTokenizer {

    private SearchTokenizer() {
    }

    static List<String> tokens(String query) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            if (Character.isWhitespace(query.charAt(i))) {
                i++;
                continue;
            }
            int end = tokenEnd(query, i);
            tokens.add(query.substring(i, end));
            i = end;
        }
        return tokens;
    }

    /** Removes the quotes around a phrase. */
    static String unquote(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static int tokenEnd(String query, int start) {
        int i = start;
        while (i < query.length() && !Character.isWhitespace(query.charAt(i))) {
            char c = query.charAt(i);
            if (c == '"') {
                i = closing(query, i, '"');
            } else if ((c == '[' || c == '{') && i > start && query.charAt(i - 1) == ':') {
                i = closing(query, i, c == '[' ? ']' : '}');
            }
            i++;
        }
        return i;
    }

    private static int closing(String query, int open, char close) {
        int end = query.indexOf(close, open + 1);
        if (end < 0) {
            throw ApiException.badRequest("Unterminated " + query.charAt(open) + " in search query: " + query);
        }
        return end;
    }
}
