package dev.chatcontracts.contracts.pactgen;

import dev.chatcontracts.contracts.pact.PactInteraction;
import dev.chatcontracts.contracts.pact.ProviderState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.chatcontracts.openapi.model.ApiOperation;
import dev.chatcontracts.openapi.model.LocalRefs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documented errors a consumer relies on, each with its own provider state and a body built from
 * the error schema ({@link SchemaValues}, type matchers):
 * <ul>
 *   <li>401 without credentials: the spec's first operation that documents a 401, under the state
 *       {@link PactStates#NO_CREDENTIALS};</li>
 *   <li>404 for an unknown resource: every {@code GET} whose last path parameter names an agent, an
 *       e-mail address, a chat or a visitor and that documents a 404, under
 *       {@code "<resource> <id> does not exist"};</li>
 *   <li>400 for a query parameter above its {@code maximum} ({@code limit=201}), on every {@code GET}
 *       that documents a 400.</li>
 * </ul>
 */
final class ErrorInteractions {

    /**
     * A request body an error interaction sends.
     *
     * @param body the body, fitting the request view
     * @param mediaType its media type
     */
    record SentBody(JsonNode body, String mediaType) {
    }

    private final RequestTargets targets;
    private final MatchingRuleGenerator rules;
    private final ResourceIds ids;
    private final SchemaValues values;
    private final JsonNode spec;

    ErrorInteractions(JsonNode spec, RequestTargets targets, MatchingRuleGenerator rules, ResourceIds ids) {
        this.spec = spec;
        this.targets = targets;
        this.rules = rules;
        this.ids = ids;
        this.values = new SchemaValues(spec, true);
    }

    /**
     * The error interactions of the operations, in operation order.
     *
     * @param requestBodies a request body per operation id that takes one (the 401 of a write needs one)
     */
    List<PactInteraction.Http> interactions(List<ApiOperation> operations, Map<String, SentBody> requestBodies,
            InteractionFactory.Results out) {
        List<PactInteraction.Http> found = new ArrayList<>();
        boolean unauthorized = false;
        for (ApiOperation operation : operations) {
            if (!unauthorized && operation.responses().containsKey("401")
                    && (operation.requestSchema().isEmpty() || requestBodies.containsKey(operation.operationId()))) {
                unauthorized = true;
                SentBody body = requestBodies.get(operation.operationId());
                RequestTargets.Target target = targets.target(operation, MissingNode.getInstance(), ids);
                List<ProviderState> states = new ArrayList<>(target.providerStates());
                states.add(PactStates.noCredentials());
                error(operation, "401", "without credentials", target, states, body).ifPresent(found::add);
            }
            if (operation.method().equals("GET") && operation.responses().containsKey("404") && namesKnownResource(operation)) {
                RequestTargets.Target target = targets.target(operation, MissingNode.getInstance(), ids, false);
                error(operation, "404", "unknown " + resource(operation), target, target.providerStates(), null).ifPresent(found::add);
            }
            if (operation.method().equals("GET") && operation.responses().containsKey("400")) {
                overMaximum(operation).ifPresent(found::add);
            }
        }
        return found.stream().map(i -> rename(i, out)).toList();
    }

    private Optional<PactInteraction.Http> overMaximum(ApiOperation operation) {
        for (JsonNode parameter : operation.parameters("query")) {
            JsonNode schema = LocalRefs.deref(spec, parameter.path("schema"));
            if (schema.path("maximum").isIntegralNumber()) {
                RequestTargets.Target plain = targets.target(operation, MissingNode.getInstance(), ids);
                Map<String, List<String>> query = new LinkedHashMap<>(plain.query());
                String name = parameter.path("name").asText();
                query.put(name, List.of(String.valueOf(schema.get("maximum").asLong() + 1)));
                RequestTargets.Target target = plain.with(query, plain.providerStates());
                return error(operation, "400", name + " above the maximum", target, plain.providerStates(), null);
            }
        }
        return Optional.empty();
    }

    private Optional<PactInteraction.Http> error(ApiOperation operation, String status, String what, RequestTargets.Target target,
            List<ProviderState> states, SentBody request) {
        JsonNode response = LocalRefs.deref(spec, operation.responses().get(status));
        Optional<String> mediaType = ApiOperation.jsonMediaType(response.path("content"));
        if (mediaType.isEmpty()) {
            return Optional.empty();
        }
        JsonNode schema = response.path("content").path(mediaType.get()).get("schema");
        JsonNode body = values.value(schema);
        return Optional.of(new PactInteraction.Http(operation.operationId() + " " + status + " " + what, states,
                InteractionFactory.request(operation, target, request == null ? null : request.body(),
                        request == null ? null : request.mediaType(), mediaType.get()),
                InteractionFactory.response(Integer.parseInt(status), mediaType.get(), body, rules.rules(body, schema, 1))));
    }

    private static PactInteraction.Http rename(PactInteraction.Http interaction, InteractionFactory.Results out) {
        return interaction.describedAs(out.unique(interaction.description()));
    }

    private static boolean namesKnownResource(ApiOperation operation) {
        return List.of("agent", "e-mail address", "chat", "visitor").contains(resource(operation));
    }

    /** What the last path parameter names: {@code agent}, {@code e-mail address}, {@code chat}, {@code visitor}, or {@code ""}. */
    private static String resource(ApiOperation operation) {
        String path = operation.path();
        if (!path.endsWith("}")) {
            return "";
        }
        String name = path.substring(path.lastIndexOf('{') + 1, path.length() - 1);
        return switch (name) {
            case "agent_id" -> "agent";
            case "email_id" -> "e-mail address";
            case "chat_id" -> "chat";
            case "visitor_id" -> "visitor";
            default -> "";
        };
    }
}
