package dev.chatcontracts.contracts.pact;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chatcontracts.contracts.exchange.HttpHeaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a pact file of specification V2, V3 or V4 (plain JSON, no Pact JVM). V4 interactions of a type
 * other than {@code Synchronous/HTTP}, and the {@code messages} of a V3 message pact, are read as
 * {@link PactInteraction.NotHttp}; an interaction without a method is {@link PactInteraction.Malformed}.
 * As in Pact JVM, a missing path is {@code /} and a missing status {@code 200}.
 */
public final class PactReader {

    private static final String HTTP = "Synchronous/HTTP";

    private final long maxFileBytes;
    private final ObjectMapper mapper;
    private final PactBodies bodies;

    /**
     * @param maxFileBytes the largest pact file read
     * @param maxNestingDepth the deepest JSON nesting read
     */
    public PactReader(long maxFileBytes, int maxNestingDepth) {
        this.maxFileBytes = maxFileBytes;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth).build()).build();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        this.bodies = new PactBodies(mapper);
    }

    /** Reads one pact file. */
    public PactDocument read(Path file) throws PactFormatException {
        JsonNode root = parse(file);
        JsonNode metadata = root.path("metadata");
        String version = firstText(metadata.path("pactSpecification").path("version"),
                metadata.path("pact-specification").path("version"), metadata.path("pactSpecificationVersion"));
        JsonNode interactions = root.get("interactions");
        JsonNode messages = root.get("messages");
        if ((interactions == null || !interactions.isArray()) && (messages == null || !messages.isArray())) {
            throw new PactFormatException(file + ": not a pact: no \"interactions\" (or \"messages\") array");
        }
        boolean v4 = version != null && version.startsWith("4");
        List<PactInteraction> read = new ArrayList<>();
        if (interactions != null && interactions.isArray()) {
            for (int i = 0; i < interactions.size(); i++) {
                read.add(interaction(i, interactions.get(i), v4 || interactions.get(i).has("type")));
            }
        }
        if (messages != null && messages.isArray()) {
            for (int i = 0; i < messages.size(); i++) {
                read.add(new PactInteraction.NotHttp(read.size(), text(messages.get(i).get("description")), "message"));
            }
        }
        JsonNode origin = metadata.path("chatContracts");
        return new PactDocument(file, version, text(root.path("consumer").get("name")), text(root.path("provider").get("name")),
                origin.isObject() ? new PactOrigin(text(origin.get("openapi")), text(origin.get("baseUrl")), text(origin.get("basePath")))
                        : PactOrigin.none(), read);
    }

    private JsonNode parse(Path file) throws PactFormatException {
        try {
            if (Files.size(file) > maxFileBytes) {
                throw new PactFormatException(file + ": larger than the limit of " + maxFileBytes + " bytes");
            }
            JsonNode root = mapper.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new PactFormatException(file + ": not a pact: the file is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            String problem = e.getOriginalMessage().replaceFirst("(?s)\\s*\\(start marker at \\[Source.*$", "");
            throw new PactFormatException(file + ": not JSON" + where + ": " + problem);
        } catch (IOException e) {
            throw new PactFormatException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private PactInteraction interaction(int index, JsonNode node, boolean v4) {
        String description = text(node.get("description"));
        String type = text(node.get("type"));
        if (v4 && type != null && !type.equals(HTTP)) {
            return new PactInteraction.NotHttp(index, description, type);
        }
        try {
            JsonNode request = node.get("request");
            JsonNode response = node.get("response");
            if (request == null || !request.isObject() || response == null || !response.isObject()) {
                throw new PactBodies.Malformed("an HTTP interaction needs a \"request\" and a \"response\" object");
            }
            return new PactInteraction.Http(index, description, PactStatesReader.states(node), request(request, v4), response(response, v4));
        } catch (PactBodies.Malformed e) {
            return new PactInteraction.Malformed(index, description, e.getMessage());
        }
    }

    private PactRequest request(JsonNode node, boolean v4) throws PactBodies.Malformed {
        String method = text(node.get("method"));
        if (method == null || method.isBlank()) {
            throw new PactBodies.Malformed("the request has no \"method\"");
        }
        String path = node.hasNonNull("path") ? node.get("path").asText() : "/";
        Map<String, List<String>> headers = headers(node.get("headers"));
        PactBody body = bodies.read(node.get("body"), v4, contentType(headers));
        return new PactRequest(method.toUpperCase(Locale.ROOT), path.startsWith("/") ? path : "/" + path,
                query(node.get("query")), headers, body, PactStatesReader.pathExpression(node.path("generators")));
    }

    private PactResponse response(JsonNode node, boolean v4) throws PactBodies.Malformed {
        JsonNode status = node.get("status");
        if (status != null && !status.canConvertToInt()) {
            throw new PactBodies.Malformed("the response status is not an integer: " + status);
        }
        Map<String, List<String>> headers = headers(node.get("headers"));
        PactBody body = bodies.read(node.get("body"), v4, contentType(headers));
        return new PactResponse(status == null ? 200 : status.asInt(), headers, body,
                bodyRules(node.path("matchingRules")));
    }

    /** V3/V4: {@code matchingRules.body}, each path with {@code matchers} and {@code combine}; V2: {@code $.body...} keys. */
    static List<MatchingRule> bodyRules(JsonNode matchingRules) {
        List<MatchingRule> rules = new ArrayList<>();
        if (!matchingRules.isObject()) {
            return rules;
        }
        JsonNode body = matchingRules.get("body");
        if (body != null && body.isObject()) {
            body.fields().forEachRemaining(rule -> rules.add(rule(rule.getKey(), rule.getValue())));
            return rules;
        }
        matchingRules.fields().forEachRemaining(rule -> {
            String path = rule.getKey();
            if (path.equals("$.body") || path.startsWith("$.body.") || path.startsWith("$.body[")) {
                rules.add(rule("$" + path.substring("$.body".length()), rule.getValue()));
            }
        });
        return rules;
    }

    private static MatchingRule rule(String path, JsonNode value) {
        List<JsonNode> matchers = new ArrayList<>();
        JsonNode list = value.get("matchers");
        if (list != null && list.isArray()) {
            list.forEach(matchers::add);
        } else if (value.isObject()) {
            matchers.add(value);
        }
        return new MatchingRule(path, matchers, value.path("combine").asText("AND"));
    }

    /** V2: the query string as written; V3/V4: name to a list of values (or one value). */
    private static PactQuery query(JsonNode query) {
        if (query == null || query.isNull()) {
            return PactQuery.none();
        }
        if (query.isTextual()) {
            return PactQuery.written(query.asText());
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        query.fields().forEachRemaining(parameter -> {
            List<String> values = parameters.computeIfAbsent(parameter.getKey(), name -> new ArrayList<>());
            if (parameter.getValue().isArray()) {
                parameter.getValue().forEach(v -> values.add(v.asText()));
            } else {
                values.add(parameter.getValue().asText());
            }
        });
        return PactQuery.of(parameters);
    }

    /** V2/V3: name to a string; V4: name to a list of strings. */
    private static Map<String, List<String>> headers(JsonNode headers) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (headers != null && headers.isObject()) {
            headers.fields().forEachRemaining(header -> {
                List<String> list = values.computeIfAbsent(header.getKey(), name -> new ArrayList<>());
                if (header.getValue().isArray()) {
                    header.getValue().forEach(v -> list.add(v.asText()));
                } else {
                    list.add(header.getValue().asText());
                }
            });
        }
        return values;
    }

    private static String contentType(Map<String, List<String>> headers) {
        return new HttpHeaders(headers).first("content-type").orElse(null);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            String value = text(node);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
