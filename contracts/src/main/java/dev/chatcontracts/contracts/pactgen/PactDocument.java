package dev.chatcontracts.contracts.pactgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.openapi.output.JsonOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Writes interactions as a Pact file of specification version 3 or 4. */
final class PactDocument {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PactSpecVersion version;

    PactDocument(PactSpecVersion version) {
        this.version = version;
    }

    /**
     * The pact. Besides {@code pactSpecification}, {@code metadata.chatContracts} names the spec, its
     * first server URL and the base path the interactions' full paths start with.
     */
    ObjectNode render(String consumer, String provider, String specName, String serverUrl, String basePath, List<Interaction> interactions) {
        ObjectNode pact = NODES.objectNode();
        pact.putObject("consumer").put("name", consumer);
        pact.putObject("provider").put("name", provider);
        ArrayNode list = pact.putArray("interactions");
        interactions.forEach(interaction -> list.add(interaction(interaction)));
        ObjectNode metadata = pact.putObject("metadata");
        metadata.putObject("pactSpecification").put("version", version.version());
        ObjectNode origin = metadata.putObject("chatContracts").put("openapi", specName);
        if (serverUrl != null) {
            origin.put("baseUrl", serverUrl);
        }
        origin.put("basePath", basePath);
        return pact;
    }

    private ObjectNode interaction(Interaction interaction) {
        ObjectNode out = NODES.objectNode();
        if (version == PactSpecVersion.V4) {
            out.put("type", "Synchronous/HTTP");
            out.put("key", "");
        }
        out.put("description", interaction.description());
        if (!interaction.providerStates().isEmpty()) {
            ArrayNode states = out.putArray("providerStates");
            interaction.providerStates().forEach(state -> {
                ObjectNode params = NODES.objectNode();
                state.params().forEach(params::set);
                states.addObject().put("name", state.name()).set("params", params);
            });
        }
        out.set("request", request(interaction.request()));
        out.set("response", response(interaction.response()));
        if (version == PactSpecVersion.V4) {
            out.put("key", key(out));
        }
        return out;
    }

    private ObjectNode request(Interaction.Request request) {
        ObjectNode out = NODES.objectNode();
        out.put("method", request.method());
        out.put("path", request.path());
        if (!request.query().isEmpty()) {
            ObjectNode query = out.putObject("query");
            request.query().forEach((name, values) -> values.forEach(query.withArray(name)::add));
        }
        putHeaders(out, request.headers());
        if (request.body() != null) {
            out.set("body", body(request.body(), request.contentType()));
        }
        if (request.pathExpression() != null) {
            out.putObject("generators").putObject("path").put("type", "ProviderState").put("expression", request.pathExpression());
        }
        return out;
    }

    private ObjectNode response(Interaction.Response response) {
        ObjectNode out = NODES.objectNode();
        out.put("status", response.status());
        putHeaders(out, response.headers());
        if (response.body() != null) {
            out.set("body", body(response.body(), response.contentType()));
        }
        if (!response.bodyRules().isEmpty()) {
            ObjectNode rules = out.putObject("matchingRules").putObject("body");
            response.bodyRules().forEach((path, rule) -> {
                ObjectNode node = rules.putObject(path);
                rule.matchers().forEach(node.putArray("matchers")::add);
                node.put("combine", rule.combine());
            });
        }
        return out;
    }

    /** V3: {@code "Name": "value"}; V4: {@code "Name": ["value"]}. */
    private void putHeaders(ObjectNode out, Map<String, String> headers) {
        if (headers.isEmpty()) {
            return;
        }
        ObjectNode node = out.putObject("headers");
        headers.forEach((name, value) -> {
            if (version == PactSpecVersion.V4) {
                node.putArray(name).add(value);
            } else {
                node.put(name, value);
            }
        });
    }

    /** V3: the JSON itself; V4: {@code {"content": ..., "contentType": ..., "encoded": false}}. */
    private JsonNode body(JsonNode content, String contentType) {
        if (version == PactSpecVersion.V3) {
            return content.deepCopy();
        }
        ObjectNode body = NODES.objectNode();
        body.set("content", content.deepCopy());
        body.put("contentType", contentType);
        body.put("encoded", false);
        return body;
    }

    /** A V4 interaction key: the first 16 hex digits of the SHA-256 of the interaction without its key. */
    private static String key(ObjectNode interaction) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JsonOutput.json(interaction).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
