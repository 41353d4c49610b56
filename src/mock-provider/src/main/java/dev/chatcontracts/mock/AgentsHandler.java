package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The Agents resource: list with cursor pagination, show (by id, by e-mail, me), create, update, delete.
 * Request fields follow the spec's rules ({@link SpecRules}); role ids, ownership and e-mail clashes are checked here.
 */
final class AgentsHandler {

    private final AgentStore agents;
    private final Clock clock;

    AgentsHandler(AgentStore agents, Clock clock) {
        this.agents = agents;
        this.clock = clock;
    }

    void register(Map<Operation, OperationHandler> handlers) {
        handlers.put(Operation.LIST_AGENTS, this::list);
        handlers.put(Operation.SHOW_AGENT, request -> ApiResponse.ok(findJson(request.longPathParam("agent_id"))));
        handlers.put(Operation.SHOW_AGENT_BY_EMAIL, this::showByEmail);
        handlers.put(Operation.SHOW_REQUESTING_AGENT, request -> ApiResponse.ok(findJson(request.caller().agentId())));
        handlers.put(Operation.CREATE_AGENT, this::create);
        handlers.put(Operation.UPDATE_AGENT, request -> update(request, request.longPathParam("agent_id")));
        handlers.put(Operation.UPDATE_REQUESTING_AGENT, request -> update(request, request.caller().agentId()));
        handlers.put(Operation.DELETE_AGENT, this::delete);
    }

    private ApiResponse list(ApiRequest request) {
        AgentPagination.Page page = AgentPagination.page(agents, request.query());
        ApiResponse response = ApiResponse.ok(page.agents());
        if (page.nextPage() != null) {
            response = response.withHeader("X-Next-Page", page.nextPage());
        }
        if (page.previousPage() != null) {
            response = response.withHeader("X-Previous-Page", page.previousPage());
        }
        return response;
    }

    private ApiResponse showByEmail(ApiRequest request) {
        String email = request.pathParam("email_id");
        return ApiResponse.ok(agents.findByEmail(email)
                .orElseThrow(() -> ApiException.notFound("No agent has the e-mail address " + email)));
    }

    private ApiResponse create(ApiRequest request) {
        // the spec decides what is required (password; an agent created without an e-mail address has "")
        FieldRules rules = SpecRules.request(Operation.CREATE_AGENT);
        ObjectNode fields = rules.writableFields(request.jsonObject(), request.strict());
        rules.requirePresent(fields);
        long roleId = fields.has("role_id") ? validRoleId(fields.get("role_id")) : Agent.AGENT_ROLE_ID;
        String firstName = Json.text(fields, "first_name", "");
        String lastName = Json.text(fields, "last_name", "");
        String displayName = Json.text(fields, "display_name", (firstName + " " + lastName).trim());
        boolean enabled = !fields.has("enabled") || flag(fields.get("enabled"));
        String createDate = Timestamps.iso(clock.instant());
        Agent created = agents.create(fields.get("password").asText(), id -> new Agent(id, firstName, lastName,
                displayName, createDate, Json.text(fields, "email", ""), null, roleId, enabled, List.of(), List.of(),
                null, 0, List.of()).withRoleId(roleId));
        return ApiResponse.created(created);
    }

    /** Field rules from the spec; {@code password} is write-only there: it changes the login, never shown. */
    private ApiResponse update(ApiRequest request, long agentId) {
        ObjectNode fields = SpecRules.request(request.operation()).writableFields(request.jsonObject(), request.strict());
        if (fields.has("role_id")) {
            validRoleId(fields.get("role_id"));
        }
        String newPassword = fields.has("password") ? fields.get("password").asText() : null;
        Agent updated = agents.update(agentId, agent -> applyChanges(agent, fields), newPassword)
                .orElseThrow(() -> noSuchAgent(agentId));
        return ApiResponse.ok(updated);
    }

    private static Agent applyChanges(Agent agent, ObjectNode fields) {
        Agent changed = agent.withNames(
                Json.text(fields, "first_name", agent.firstName()),
                Json.text(fields, "last_name", agent.lastName()),
                Json.text(fields, "display_name", agent.displayName()));
        changed = changed.withEmail(Json.text(fields, "email", changed.email()));
        if (fields.has("role_id")) {
            changed = changed.withRoleId(fields.get("role_id").asLong());
        }
        if (fields.has("enabled")) {
            changed = changed.withEnabled(flag(fields.get("enabled")));
        }
        return changed;
    }

    private ApiResponse delete(ApiRequest request) {
        long agentId = request.longPathParam("agent_id");
        Agent agent = find(agentId);
        if (agent.roles().owner()) {
            throw ApiException.forbidden("The account owner cannot be deleted");
        }
        if (!agents.delete(agentId)) {
            throw noSuchAgent(agentId);
        }
        return ApiResponse.noContent();
    }

    private Agent find(long agentId) {
        return agents.find(agentId).orElseThrow(() -> noSuchAgent(agentId));
    }

    /** The agent as {@link #find} has it, already serialised (the shows answer the same agent on every call). */
    private RawJson findJson(long agentId) {
        return agents.findJson(agentId).orElseThrow(() -> noSuchAgent(agentId));
    }

    /** {@code enabled} as sent: a boolean, or the documented integer flag 1/0 (D13; the spec's rules allow both). */
    private static boolean flag(JsonNode value) {
        return value.isBoolean() ? value.booleanValue() : value.asLong() != 0;
    }

    private static long validRoleId(JsonNode roleId) {
        long value = roleId.asLong();
        if (value <= 0 || value == Agent.OWNER_ROLE_ID) {
            throw ApiException.badRequest("role_id " + value
                    + " cannot be given: use 2 (administrator), 3 (agent) or a custom role id above 3");
        }
        return value;
    }

    private static ApiException noSuchAgent(long agentId) {
        return ApiException.notFound("No agent with id " + agentId);
    }
}
