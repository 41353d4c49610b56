package dev.chatcontracts.contracts.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Parameter and header values as text, and read as the JSON value their schema's type asks for. */
public final class RawValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,400}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,400}(\\.\\d{1,400})?([eE][+-]?\\d{1,4})?");

    private RawValues() {
    }

    /** The query parameters of a URL, decoded, each name with its values in order. */
    static Map<String, List<String>> query(String url) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        int question = url.indexOf('?');
        if (question < 0) {
            return parameters;
        }
        int hash = url.indexOf('#', question);
        String query = url.substring(question + 1, hash < 0 ? url.length() : hash);
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** A percent-decoded value ({@code +} is a space in a query); the raw text when it is not valid. */
    static String decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw; // what the decoder gives back: it only changes escapes and pluses
        }
        try {
            return URLDecoder.decode(plusIsSpace ? raw : raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    /**
     * The values read as {@code type} asks ({@code integer}, {@code number}, {@code boolean}, {@code array} of
     * comma-separated or repeated strings, else a string of the first value); {@code null} when they cannot be.
     */
    public static JsonNode read(List<String> values, String type) {
        String first = values.get(0);
        return switch (type) {
            case "integer" -> INTEGER.matcher(first).matches() ? NODES.numberNode(new BigInteger(first)) : null;
            case "number" -> NUMBER.matcher(first).matches() ? NODES.numberNode(new BigDecimal(first)) : null;
            case "boolean" -> first.equals("true") || first.equals("false") ? NODES.booleanNode(first.equals("true")) : null;
            case "array" -> array(values);
            default -> NODES.textNode(first);
        };
    }

    private static ArrayNode array(List<String> values) {
        ArrayNode items = NODES.arrayNode();
        List<String> parts = values.size() == 1 ? List.of(values.get(0).split(",", -1)) : values;
        parts.forEach(items::add);
        return items;
    }
}
