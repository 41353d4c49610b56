package dev.chatcontracts.generator.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chatcontracts.generator.pact.Interaction.ProviderState;
import dev.chatcontracts.generator.schemas.ApiOperation;
import dev.chatcontracts.generator.spec.LocalRefs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path, query and provider states of an interaction. A path parameter takes, in this order: the
 * value in a top-level string of the response body that is the resource's own path or URL (Zoho's
 * {@code url}); the body's property of the parameter's name; for the last parameter of a path
 * ending in it, the body's {@code <name without _id>} or {@code id}, if its type fits; the
 * parameter's documented example; a placeholder ({@code 1}). Each path parameter gives the provider
 * state {@code "<name without _id> <value> exists"} with the parameter as its param. Required query
 * parameters take their documented example, else the placeholder.
 */
final class RequestTargets {

    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /**
     * @param path the path with the values filled in, percent-encoded
     * @param query required query parameters, in spec order
     * @param providerStates one per path parameter, in path order
     */
    record Target(String path, Map<String, List<String>> query, List<ProviderState> providerStates) {
    }

    private final JsonNode spec;

    RequestTargets(JsonNode spec) {
        this.spec = spec;
    }

    Target target(ApiOperation operation, JsonNode responseBody) {
        List<String> names = templateNames(operation.path());
        Map<String, String> fromUrl = fromOwnUrl(operation.path(), names, responseBody);
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        operation.parameters("path").forEach(p -> parameters.put(p.path("name").asText(), p));
        String path = operation.path();
        List<ProviderState> states = new ArrayList<>();
        for (String name : names) {
            JsonNode parameter = parameters.getOrDefault(name, MissingNode.getInstance());
            boolean last = operation.path().endsWith("{" + name + "}");
            JsonNode value = fromUrl.containsKey(name) ? typed(fromUrl.get(name), schema(parameter)) : pathValue(parameter, name, last, responseBody);
            path = path.replace("{" + name + "}", encode(value.asText()));
            states.add(new ProviderState(resource(name, operation.path()) + " " + value.asText() + " exists", Map.of(name, value)));
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("query")) {
            if (parameter.path("required").asBoolean(false)) {
                query.put(parameter.path("name").asText(), List.of(documented(parameter).asText()));
            }
        }
        return new Target(path, query, states);
    }

    private JsonNode pathValue(JsonNode parameter, String name, boolean last, JsonNode body) {
        JsonNode schema = schema(parameter);
        List<JsonNode> candidates = new ArrayList<>(List.of(body.path(name)));
        if (last) {
            String stem = stem(name);
            if (!stem.equals(name)) {
                candidates.add(body.path(stem));
            }
            candidates.add(body.path("id"));
        }
        for (JsonNode candidate : candidates) {
            if (fits(candidate, schema)) {
                return candidate;
            }
        }
        return documented(parameter);
    }

    /** The parameter's documented example (its own, its first named one, its schema's), else the placeholder {@code 1}. */
    private JsonNode documented(JsonNode parameter) {
        JsonNode schema = schema(parameter);
        JsonNode firstNamed = parameter.path("examples").elements().hasNext()
                ? LocalRefs.deref(spec, parameter.path("examples").elements().next()).path("value") : null;
        for (JsonNode candidate : new JsonNode[] {parameter.get("example"), firstNamed, schema.get("example"), schema.get("default"),
                schema.path("enum").get(0)}) {
            if (candidate != null && candidate.isValueNode() && !candidate.isNull()) {
                return candidate;
            }
        }
        String type = schema.path("type").asText();
        return type.equals("integer") || type.equals("number") ? IntNode.valueOf(1) : TextNode.valueOf("1");
    }

    /** Values of a top-level string of the body that is the operation's own path (or a URL ending in it). */
    private static Map<String, String> fromOwnUrl(String template, List<String> names, JsonNode body) {
        if (names.isEmpty() || !body.isObject()) {
            return Map.of();
        }
        StringBuilder regex = new StringBuilder("^(?:[A-Za-z][A-Za-z0-9+.-]*://[^/]+)?(?:/[^?#]*)?");
        Matcher parameters = TEMPLATE_PARAMETER.matcher(template);
        int end = 0;
        while (parameters.find()) {
            regex.append(Pattern.quote(template.substring(end, parameters.start()))).append("([^/?#]+)");
            end = parameters.end();
        }
        regex.append(Pattern.quote(template.substring(end))).append("(?:[?#].*)?$");
        Pattern pattern = Pattern.compile(regex.toString());
        for (JsonNode value : body) {
            Matcher matcher = value.isTextual() ? pattern.matcher(value.asText()) : null;
            if (matcher != null && matcher.matches()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    values.put(names.get(i), matcher.group(i + 1));
                }
                return values;
            }
        }
        return Map.of();
    }

    private JsonNode schema(JsonNode parameter) {
        JsonNode schema = parameter.get("schema");
        return schema == null ? MissingNode.getInstance() : LocalRefs.deref(spec, schema);
    }

    private static boolean fits(JsonNode value, JsonNode schema) {
        if (!value.isValueNode() || value.isNull()) {
            return false;
        }
        return switch (schema.path("type").asText()) {
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "string" -> value.isTextual();
            default -> true;
        };
    }

    private static JsonNode typed(String text, JsonNode schema) {
        if (schema.path("type").asText().equals("integer") && text.matches("-?\\d{1,18}")) {
            long parsed = Long.parseLong(text);
            return parsed == (int) parsed ? IntNode.valueOf((int) parsed) : LongNode.valueOf(parsed);
        }
        return TextNode.valueOf(text);
    }

    private static List<String> templateNames(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = TEMPLATE_PARAMETER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** {@code visitor} for {@code visitor_id}; for a bare {@code id}, the path segment before it, singular. */
    private static String resource(String name, String template) {
        String stem = stem(name);
        if (stem.equals("id")) {
            String before = template.substring(0, template.indexOf("{" + name + "}"));
            String[] segments = before.split("/");
            stem = segments.length == 0 ? "resource" : segments[segments.length - 1].replaceFirst("s$", "");
        }
        return stem.replace('_', ' ').replace('-', ' ');
    }

    private static String stem(String name) {
        return name.replaceFirst("(?<=.)(_id|-id|Id)$", "");
    }

    /** Percent-encodes a path segment (RFC 3986: unreserved, sub-delims, ':' and '@' stay). */
    static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
