package dev.chatcontracts.contracts.pact;

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

/**
 * Writes a {@link PactDocument} as a Pact file of specification version 3 (or any but 4) or 4, by its
 * {@link PactDocument#specificationVersion()}. Besides {@code pactSpecification}, {@code metadata.chatContracts}
 * holds the document's {@link PactOrigin} when it has one. Only HTTP interactions can be written.
 */
public final class PactWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final boolean v4;

    private PactWriter(boolean v4) {
        this.v4 = v4;
    }

    /** The pact as JSON text, two-space indented with a final newline ({@link JsonOutput#json}): byte-for-byte reproducible. */
    public static String json(PactDocument document) {
        return JsonOutput.json(tree(document));
    }

    /**
     * The pact as a JSON tree.
     *
     * @throws IllegalArgumentException if an interaction is not HTTP
     */
    public static ObjectNode tree(PactDocument document) {
        PactWriter writer = new PactWriter(document.v4());
        ObjectNode pact = NODES.objectNode();
        pact.putObject("consumer").put("name", document.consumer());
        pact.putObject("provider").put("name", document.provider());
        ArrayNode list = pact.putArray("interactions");
        document.interactions().forEach(interaction -> list.add(writer.interaction(interaction)));
        ObjectNode metadata = pact.putObject("metadata");
        metadata.putObject("pactSpecification").put("version", document.specificationVersion());
        PactOrigin origin = document.origin();
        if (!origin.equals(PactOrigin.none())) {
            ObjectNode chatContracts = metadata.putObject("chatContracts").put("openapi", origin.openapi());
            if (origin.baseUrl() != null) {
                chatContracts.put("baseUrl", origin.baseUrl());
            }
            chatContracts.put("basePath", origin.basePath());
        }
        return pact;
    }

    private ObjectNode interaction(PactInteraction any) {
        if (!(any instanceof PactInteraction.Http interaction)) {
            throw new IllegalArgumentException("only HTTP interactions are written: " + any);
        }
        ObjectNode out = NODES.objectNode();
        if (v4) {
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
        if (v4) {
            out.put("key", key(out));
        }
        return out;
    }

    private ObjectNode request(PactRequest request) {
        ObjectNode out = NODES.objectNode();
        out.put("method", request.method());
        out.put("path", request.path());
        if (!request.query().parameters().isEmpty()) {
            ObjectNode query = out.putObject("query");
            request.query().parameters().forEach((name, values) -> values.forEach(query.withArray(name)::add));
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

    private ObjectNode response(PactResponse response) {
        ObjectNode out = NODES.objectNode();
        out.put("status", response.status());
        putHeaders(out, response.headers());
        if (response.body() != null) {
            out.set("body", body(response.body(), response.contentType()));
        }
        if (!response.bodyRules().isEmpty()) {
            ObjectNode rules = out.putObject("matchingRules").putObject("body");
            response.bodyRules().forEach(rule -> {
                ObjectNode node = rules.putObject(rule.path());
                rule.matchers().forEach(node.putArray("matchers")::add);
                node.put("combine", rule.combine());
            });
        }
        return out;
    }

    /** V3: {@code "Name": "value"} (several values joined with {@code ", "}); V4: {@code "Name": ["value"]}. */
    private void putHeaders(ObjectNode out, Map<String, List<String>> headers) {
        if (headers.isEmpty()) {
            return;
        }
        ObjectNode node = out.putObject("headers");
        headers.forEach((name, values) -> {
            if (v4) {
                values.forEach(node.putArray(name)::add);
            } else {
                node.put(name, String.join(", ", values));
            }
        });
    }

    /** V3: the JSON itself (a body that is not JSON: its text); V4: {@code {"content": ..., "contentType": ..., "encoded": false}}. */
    private JsonNode body(PactBody body, String contentType) {
        JsonNode content = body.json() != null ? body.json().deepCopy() : NODES.textNode(body.bytes().toText());
        if (!v4) {
            return content;
        }
        ObjectNode out = NODES.objectNode();
        out.set("content", content);
        out.put("contentType", contentType);
        out.put("encoded", false);
        return out;
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
