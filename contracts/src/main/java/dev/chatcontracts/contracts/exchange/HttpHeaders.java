package dev.chatcontracts.contracts.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP headers, names compared without case (stored lower-case), each with its values in order.
 *
 * @param values header name (lower case) to values
 */
public record HttpHeaders(Map<String, List<String>> values) {

    private static final HttpHeaders NONE = new HttpHeaders(Map.of());

    public HttpHeaders {
        Map<String, List<String>> copy = new LinkedHashMap<>(values == null ? 0 : (int) (values.size() / 0.75f) + 1);
        if (values != null) {
            values.forEach((name, list) -> copy.merge(name.toLowerCase(Locale.ROOT), List.copyOf(list == null ? List.of() : list),
                    HttpHeaders::concat));
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** The values of two names that differ only in case, in order (an immutable list is taken as it is, not copied). */
    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first.size() + second.size());
        both.addAll(first);
        both.addAll(second);
        return List.copyOf(both);
    }

    public static HttpHeaders none() {
        return NONE;
    }

    /** Headers from name/value pairs: {@code of("Content-Type", "application/json")}. */
    public static HttpHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.computeIfAbsent(namesAndValues[i], n -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return new HttpHeaders(map);
    }

    /** The first value of the header, if present. */
    public Optional<String> first(String name) {
        List<String> list = values.get(name.toLowerCase(Locale.ROOT));
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** A copy with {@code name} added (or appended to). */
    public HttpHeaders with(String name, String value) {
        Map<String, List<String>> map = new LinkedHashMap<>(values);
        List<String> list = new ArrayList<>(map.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()));
        list.add(value);
        map.put(name.toLowerCase(Locale.ROOT), list);
        return new HttpHeaders(map);
    }
}
