package dev.chatcontracts.contracts.streaming;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * {@code uri} with networknt 2.0.8's rule: {@link URI} parses it, it is absolute, all ASCII (below DEL),
 * with no square bracket in the query. A string {@link URI} rejects passes only when it is nothing but a
 * scheme and/or {@code //} (networknt's fallback).
 */
final class UriFormat implements FormatCheck {

    private static final Pattern BARE_SCHEME = Pattern.compile("([A-Za-z0-9+-\\.]*:)?//|[A-Za-z0-9+-\\.]+:");

    @Override
    public boolean matches(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return BARE_SCHEME.matcher(e.getInput()).matches();
        }
        if (!uri.isAbsolute() || !isAsciiBelowDelete(uri.toString())) {
            return false;
        }
        String query = uri.getRawQuery();
        return query == null || query.indexOf('[') < 0 && query.indexOf(']') < 0;
    }

    private static boolean isAsciiBelowDelete(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 127) {
                return false;
            }
        }
        return true;
    }
}
