package dev.chatcontracts.mock;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The decoded query string of a request; the first value wins when a parameter repeats.
 *
 * @param values decoded parameter values by name
 */
record QueryParams(Map<String, String> values) {

    private static final QueryParams NONE = new QueryParams(Map.of());

    QueryParams {
        values = Map.copyOf(values);
    }

    /** Parses a raw (still percent-encoded) query string; {@code null} means no query. */
    static QueryParams parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return NONE;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.putIfAbsent(name, value);
        }
        return new QueryParams(values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A parameter that must be an integer when present; anything else is a 400 naming the parameter. */
    OptionalLong getLong(String name) {
        String value = values.get(name);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Query parameter '" + name + "' must be an integer, got '" + value + "'");
        }
    }

    private static String decode(String raw) {
        return Utf8.percentDecode(raw, true, "the query string");
    }
}
