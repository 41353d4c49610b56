package dev.chatcontracts.contracts.pact;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query of a pact request, in both forms.
 *
 * @param parameters name to values, in order (what V3 and V4 write)
 * @param text the query string without {@code ?}, encoded ({@code ""} when there is none): a V2 pact's as
 *     written, else the parameters percent-encoded
 */
public record PactQuery(Map<String, List<String>> parameters, String text) {

    private static final PactQuery NONE = new PactQuery(Map.of(), "");

    public PactQuery {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        parameters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        parameters = Collections.unmodifiableMap(copy);
        text = text == null ? "" : text;
    }

    public static PactQuery none() {
        return NONE;
    }

    /** The parameters, encoded as {@code name=value} pairs joined with {@code &} (a space as {@code %20}). */
    public static PactQuery of(Map<String, List<String>> parameters) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, values) -> values.forEach(value -> pairs.add(encode(name) + "=" + encode(value))));
        return new PactQuery(parameters, String.join("&", pairs));
    }

    /** A query string as a V2 pact writes it (a leading {@code ?} dropped); its parameters decoded from it. */
    public static PactQuery written(String text) {
        String query = text.startsWith("?") ? text.substring(1) : text;
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return new PactQuery(parameters, query);
    }

    public boolean isEmpty() {
        return text.isEmpty() && parameters.isEmpty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
