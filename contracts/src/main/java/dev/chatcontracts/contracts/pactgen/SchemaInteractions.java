package dev.chatcontracts.contracts.pactgen;

import dev.chatcontracts.contracts.pact.PactInteraction;
import dev.chatcontracts.contracts.pact.PactResponse;
import dev.chatcontracts.contracts.pact.ProviderState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.chatcontracts.openapi.examples.DocumentedExample;
import dev.chatcontracts.contracts.pactgen.RequestBodies.Prepared;
import dev.chatcontracts.openapi.model.ApiOperation;
import dev.chatcontracts.openapi.model.LocalRefs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Interactions built from the schema where no documented body can serve: an operation without a
 * usable example (a 204 delete: the status alone), and the ids-to-docs map of a list operation whose
 * example has placeholder keys (two chats of the interaction's own asked for with {@code ids}, the
 * map keyed by them). Bodies come from {@link SchemaValues}, with type matchers and {@code min: 1}
 * on arrays.
 */
final class SchemaInteractions {

    private final JsonNode spec;
    private final RequestTargets targets;
    private final MatchingRuleGenerator rules;
    private final ResourceIds ids;
    private final SchemaValues responses;
    private final SchemaValues requests;

    SchemaInteractions(JsonNode spec, RequestTargets targets, MatchingRuleGenerator rules, ResourceIds ids) {
        this.spec = spec;
        this.targets = targets;
        this.rules = rules;
        this.ids = ids;
        this.responses = new SchemaValues(spec, true);
        this.requests = new SchemaValues(spec, false);
    }

    /** The interaction of an operation's first 2xx response, built from its schema; empty without a 2xx response. */
    Optional<PactInteraction.Http> success(ApiOperation operation, JsonNode documentedRequest, String requestType, InteractionFactory.Results out) {
        Optional<Map.Entry<String, JsonNode>> success = operation.responses().entrySet().stream()
                .filter(e -> e.getKey().matches("2\\d\\d")).findFirst();
        if (success.isEmpty()) {
            return Optional.empty();
        }
        int status = Integer.parseInt(success.get().getKey());
        Optional<String> mediaType = ApiOperation.jsonMediaType(success.get().getValue().path("content"));
        JsonNode schema = mediaType.map(type -> success.get().getValue().path("content").path(type).get("schema")).orElse(null);
        JsonNode body = schema == null ? null : responses.value(schema);
        JsonNode requestBody = documentedRequest;
        String sentType = requestType;
        if (requestBody == null && operation.requestSchema().isPresent() && operation.requestBody().path("required").asBoolean(false)) {
            requestBody = requests.value(operation.requestSchema().get());
            sentType = ApiOperation.jsonMediaType(operation.requestBody().path("content")).orElse("application/json");
        }
        RequestTargets.Target target = targets.target(operation, body == null ? MissingNode.getInstance() : body, ids);
        List<ProviderState> states = new ArrayList<>(target.providerStates());
        states.addAll(Creations.states(operation, requestBody));
        String description = out.unique(operation.operationId() + " " + status + " from the schema");
        return Optional.of(new PactInteraction.Http(description, states,
                InteractionFactory.request(operation, target, requestBody, sentType, mediaType.orElse(null)),
                response(status, mediaType.orElse(null), body, schema)));
    }

    /**
     * The ids-to-docs variant of a list operation: its optional {@code ids} query parameter names two
     * chats of the interaction's own, and the answer is the branch of the response schema holding a
     * map, keyed by them. Empty when the operation has no such parameter or branch.
     */
    Optional<PactInteraction.Http> idsMap(ApiOperation operation, DocumentedExample response, Prepared request, InteractionFactory.Results out) {
        Optional<Map.Entry<JsonNode, String>> branch = mapBranch(response.schema());
        if (!hasIdsVariant(operation) || branch.isEmpty() || request != null) {
            return Optional.empty();
        }
        List<String> chats = List.of(ids.chat(), ids.chat());
        JsonNode body = responses.map(branch.get().getKey(), branch.get().getValue(), chats);
        RequestTargets.Target plain = targets.target(operation, body, ids);
        Map<String, List<String>> query = new LinkedHashMap<>(plain.query());
        query.put("ids", List.of(String.join(",", chats)));
        List<ProviderState> states = new ArrayList<>(plain.providerStates());
        chats.forEach(id -> states.add(PactStates.chat(id, true)));
        RequestTargets.Target target = plain.with(query, states);
        String description = out.unique(operation.operationId() + " " + response.name() + " (from the schema)");
        return Optional.of(new PactInteraction.Http(description, states,
                InteractionFactory.request(operation, target, null, null, response.mediaType()),
                response(Integer.parseInt(response.status()), response.mediaType(), body, branch.get().getKey())));
    }

    /**
     * Whether the example is the ids-to-docs answer {@link #idsMap} builds: the operation has that
     * variant and the example's value holds the map property of the schema's map branch (List Chats'
     * {@code docs}). The documented map names chats of its own account; the interaction names its own.
     */
    boolean isIdsMap(ApiOperation operation, DocumentedExample response) {
        return hasIdsVariant(operation)
                && mapBranch(response.schema()).map(branch -> response.value().has(branch.getValue())).orElse(false);
    }

    private static boolean hasIdsVariant(ApiOperation operation) {
        return operation.path().endsWith("/chats")
                && operation.parameters("query").stream().anyMatch(p -> p.path("name").asText().equals("ids"));
    }

    /** Whether the schema holds, at most three levels down, an array whose items are a {@code oneOf}/{@code anyOf}. */
    boolean hasPolymorphicList(JsonNode schema) {
        return hasPolymorphicList(schema, 0);
    }

    private boolean hasPolymorphicList(JsonNode raw, int depth) {
        JsonNode schema = LocalRefs.deref(spec, raw);
        if (depth > 3 || !schema.isObject()) {
            return false;
        }
        if (schema.has("items")) {
            JsonNode items = LocalRefs.deref(spec, schema.get("items"));
            if (items.path("oneOf").size() > 0 || items.path("anyOf").size() > 0) {
                return true;
            }
        }
        List<JsonNode> children = new ArrayList<>();
        schema.path("properties").forEach(children::add);
        schema.path("oneOf").forEach(children::add);
        schema.path("anyOf").forEach(children::add);
        schema.path("allOf").forEach(children::add);
        return children.stream().anyMatch(child -> hasPolymorphicList(child, depth + 1));
    }

    /** The interaction of a documented list example, its body built from the schema (type matchers, {@code min: 1}). */
    PactInteraction.Http list(ApiOperation operation, DocumentedExample response, InteractionFactory.Results out) {
        JsonNode body = responses.value(response.schema());
        RequestTargets.Target target = targets.target(operation, body, ids);
        String description = out.unique(operation.operationId() + " " + response.name() + " (from the schema)");
        return new PactInteraction.Http(description, target.providerStates(), InteractionFactory.request(operation, target, null, null, response.mediaType()),
                response(Integer.parseInt(response.status()), response.mediaType(), body, response.schema()));
    }

    private PactResponse response(int status, String mediaType, JsonNode body, JsonNode schema) {
        if (body == null) {
            return InteractionFactory.response(status, null, null, List.of());
        }
        return InteractionFactory.response(status, mediaType, body, rules.rules(body, schema, 1));
    }

    /** The branch of a {@code oneOf}/{@code anyOf} (or the schema itself) with a property that is an {@code additionalProperties} map. */
    private Optional<Map.Entry<JsonNode, String>> mapBranch(JsonNode schema) {
        JsonNode resolved = LocalRefs.deref(spec, schema);
        List<JsonNode> candidates = new ArrayList<>(List.of(schema));
        resolved.path("oneOf").forEach(candidates::add);
        resolved.path("anyOf").forEach(candidates::add);
        for (JsonNode candidate : candidates) {
            var properties = LocalRefs.deref(spec, candidate).path("properties").fields();
            while (properties.hasNext()) {
                var property = properties.next();
                if (LocalRefs.deref(spec, property.getValue()).path("additionalProperties").isObject()) {
                    return Optional.of(Map.entry(candidate, property.getKey()));
                }
            }
        }
        return Optional.empty();
    }
}
