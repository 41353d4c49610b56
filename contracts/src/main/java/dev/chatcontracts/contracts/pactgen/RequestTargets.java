package dev.chatcontracts.contracts.pactgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chatcontracts.contracts.pact.ProviderState;
import dev.chatcontracts.openapi.model.ApiOperation;
import dev.chatcontracts.openapi.model.LocalRefs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path, query and provider states of an interaction. Path parameters of the resources the
 * provider-state vocabulary knows ({@link PactStates}: agents, e-mail addresses, chats and offline
 * messages, visitors, SalesIQ conversations) take ids of the interaction's own ({@link ResourceIds}),
 * with the state that makes them exist, or not exist for a 404 interaction. Other path parameters
 * take, in this order: the value in a top-level string of the response body that is the resource's
 * own path or URL (Zoho's {@code url}); the body's property of the parameter's name; for the last
 * parameter of a path ending in it, the body's {@code <name without _id>} or {@code id}, if its type
 * fits; the value an earlier interaction of the pact took; the parameter's documented example; a placeholder ({@code 1}), with the state
 * {@code "<name without _id> <value> exists"}. A required {@code ids} query parameter of a
 * collection of chats gets two chat ids of the interaction's own; other required query parameters
 * take their documented example, else the placeholder. The path is prefixed with the pact's base path.
 */
final class RequestTargets {

    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /**
     * @param path the full request path on the provider, values filled in, percent-encoded
     * @param query query parameters, in spec order
     * @param providerStates the states the values need, in path order
     * @param values the value of each path parameter
     * @param pathExpression the path with {@code ${name}} for each value a provider state gives (Pact's
     *     {@code ProviderState} generator: a verifier puts in the values the state change answered, so a real
     *     account's state handler can use the ids its API assigns), or {@code null} when no state gives one
     */
    record Target(String path, Map<String, List<String>> query, List<ProviderState> providerStates, Map<String, JsonNode> values,
            String pathExpression) {

        /** The same target with other query parameters and states. */
        Target with(Map<String, List<String>> newQuery, List<ProviderState> newStates) {
            return new Target(path, newQuery, newStates, values, pathExpression);
        }
    }

    private final JsonNode spec;
    private final String basePath;
    /** The value each other path parameter took from a response body, for later interactions without one (the errors). */
    private final Map<String, JsonNode> seen = new LinkedHashMap<>();

    RequestTargets(JsonNode spec, String basePath) {
        this.spec = spec;
        this.basePath = basePath;
    }

    /** The target of a success interaction: every resource exists. */
    Target target(ApiOperation operation, JsonNode responseBody, ResourceIds ids) {
        return target(operation, responseBody, ids, true);
    }

    /**
     * The target; with {@code exists} false, the last path parameter names a resource that does not
     * exist (the 404 interactions).
     */
    Target target(ApiOperation operation, JsonNode responseBody, ResourceIds ids, boolean exists) {
        List<String> names = templateNames(operation.path());
        Map<String, String> fromUrl = fromOwnUrl(operation.path(), names, responseBody);
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        operation.parameters("path").forEach(p -> parameters.put(p.path("name").asText(), p));
        String path = operation.path();
        String expression = operation.path();
        boolean generated = false;
        List<ProviderState> states = new ArrayList<>();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (String name : names) {
            JsonNode parameter = parameters.getOrDefault(name, MissingNode.getInstance());
            boolean last = operation.path().endsWith("{" + name + "}");
            String kind = resource(name, operation.path());
            JsonNode value = own(kind, ids, exists || !last);
            if (value == null) {
                value = fromUrl.containsKey(name) ? typed(fromUrl.get(name), schema(parameter))
                        : pathValue(parameter, name, last, responseBody).orElseGet(() -> seen.getOrDefault(name, documented(parameter)));
                seen.putIfAbsent(name, value);
            }
            values.put(name, value);
            path = path.replace("{" + name + "}", encode(value.asText()));
            ProviderState state = state(kind, value, exists || !last, responseBody, values, operation.method());
            if (state != null) {
                states.add(state);
            }
            boolean fromState = state != null && state.params().containsKey(name) || kind.equals("screen name")
                    && names.stream().anyMatch(other -> resource(other, operation.path()).equals("conversation"));
            expression = expression.replace("{" + name + "}", fromState ? "${" + name + "}" : encode(value.asText()));
            generated |= fromState;
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("query")) {
            if (parameter.path("required").asBoolean(false)) {
                String name = parameter.path("name").asText();
                if (name.equals("ids") && operation.path().endsWith("/chats")) {
                    List<String> chats = List.of(ids.chat(), ids.chat());
                    chats.forEach(id -> states.add(PactStates.chat(id, true)));
                    query.put(name, List.of(String.join(",", chats)));
                } else {
                    query.put(name, List.of(documented(parameter).asText()));
                }
            }
        }
        return new Target(basePath + path, query, states, values, generated ? basePath + expression : null);
    }

    /**
     * The response body with the resource's own id and e-mail address set to the values the path names,
     * where the body has them with the same type ({@code showAgent} of agent 1001 answers {@code "id": 1001}).
     */
    static JsonNode aligned(ApiOperation operation, JsonNode body, Target target) {
        if (!body.isObject() || target.values().isEmpty() || !operation.path().endsWith("}")) {
            return body;
        }
        String last = operation.path().substring(operation.path().lastIndexOf('{') + 1, operation.path().length() - 1);
        JsonNode value = target.values().get(last);
        String field = last.equals("email_id") ? "email" : "id";
        JsonNode current = body.get(field);
        if (value == null || current == null || current.isTextual() != value.isTextual() || current.isNumber() != value.isNumber()) {
            return body;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = body.deepCopy();
        copy.set(field, value);
        return copy;
    }

    /** A value of the interaction's own for a resource the state vocabulary knows, else {@code null}. */
    private static JsonNode own(String kind, ResourceIds ids, boolean exists) {
        return switch (kind) {
            case "agent" -> LongNode.valueOf(exists ? ids.agent() : ids.missingAgent());
            case "email" -> TextNode.valueOf(exists ? ids.email() : ids.missingEmail());
            case "chat" -> TextNode.valueOf(exists ? ids.chat() : ids.missingChat());
            case "visitor" -> TextNode.valueOf(exists ? ids.visitor() : ids.missingVisitor());
            case "conversation" -> TextNode.valueOf(ids.conversation());
            default -> null;
        };
    }

    /**
     * The state of a path value. A chat that is to be deleted is an offline message: on a real account a state can
     * create one (chats cannot be created) and its delete then removes only what the run created.
     */
    private static ProviderState state(String kind, JsonNode value, boolean exists, JsonNode body, Map<String, JsonNode> values,
            String method) {
        String text = value.asText();
        return switch (kind) {
            case "agent" -> PactStates.agent(value.asLong(), exists);
            case "email" -> PactStates.agentWithEmail(text, exists);
            case "chat" -> exists && ("offline_msg".equals(body.path("type").asText()) || method.equals("DELETE"))
                    ? PactStates.offlineMessage(text) : PactStates.chat(text, exists);
            case "visitor" -> PactStates.visitor(text, exists);
            case "screen name" -> null;
            case "conversation" -> values.containsKey("screen_name")
                    ? PactStates.conversation(values.get("screen_name").asText(), text)
                    : new ProviderState("conversation " + text + " exists", Map.of("conversation_id", value));
            default -> new ProviderState(kind + " " + text + " exists", Map.of(kind.replace(' ', '_'), value));
        };
    }

    private java.util.Optional<JsonNode> pathValue(JsonNode parameter, String name, boolean last, JsonNode body) {
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
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
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
