package dev.chatcontracts.check.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.restore.UndoJournal;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The provider states on a real account (see {@link StateHandler}): each gets the resource it names through
 * the API, under the id the API assigns, and registers the delete of what it created in the run's journal.
 */
final class RealStates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContractTarget target;
    private final ProviderEndpoint zendesk;
    private final StateHttp http;
    private final UndoJournal journal;
    private final Set<String> created;

    RealStates(ContractTarget target, ProviderEndpoint zendesk, StateHttp http, UndoJournal journal, Set<String> created) {
        this.target = target;
        this.zendesk = zendesk;
        this.http = http;
        this.journal = journal;
        this.created = created;
    }

    /** {@code agent <id> exists}: a new agent, deleted when the run restores. */
    StateOutcome agent(String state) {
        if (!target.writesAllowed()) {
            return StateOutcome.unsupported(state, "the API assigns agent ids, so the agent must be created, which needs writes ("
                    + ContractTarget.ALLOW_WRITES + "=true)");
        }
        String email = "pact-state-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        return createAgent(state, email);
    }

    /** {@code agent with e-mail <address> exists}: the agent with that address, created when missing. */
    StateOutcome agentWithEmail(String state, String email) {
        String path = "/agents/email/" + StateHttp.segment(email);
        StateHttp.Answer found = http.get(zendesk, path);
        if (found.status() == 200) {
            return StateOutcome.satisfied(state, "GET " + path + " answered 200",
                    Map.of("email_id", email, "agent_id", id(found.body())));
        }
        if (!target.writesAllowed()) {
            return StateOutcome.unsupported(state, "no agent has this e-mail, and creating one needs writes (" + ContractTarget.ALLOW_WRITES + "=true)");
        }
        return createAgent(state, email);
    }

    /** {@code chat <id> exists}: the account's first chat (an update of it is put back; it is never deleted). */
    StateOutcome chat(String state) {
        StateHttp.Answer list = http.get(zendesk, "/chats");
        JsonNode chats = parse(list.body()).path("chats");
        for (JsonNode chat : chats) {
            if ("chat".equals(chat.path("type").asText()) && chat.path("id").isTextual()) {
                return StateOutcome.satisfied(state, "the account's chat " + chat.get("id").asText(), Map.of("chat_id", chat.get("id").asText()));
            }
        }
        return StateOutcome.unsupported(state, "GET /chats answered " + list.status() + " with no chat (chats cannot be created through the API)");
    }

    /** {@code offline message <id> exists}: a new offline message, deleted when the run restores. */
    StateOutcome offlineMessage(String state) {
        if (!target.writesAllowed()) {
            return StateOutcome.unsupported(state, "the API assigns chat ids, so the offline message must be created, which needs writes ("
                    + ContractTarget.ALLOW_WRITES + "=true)");
        }
        ObjectNode message = JSON.createObjectNode().put("type", "offline_msg").put("message", "Pact provider state")
                .put("timestamp", Instant.now().getEpochSecond());
        message.putObject("visitor").put("id", "1.pact-state").put("name", "Pact state").put("email", "pact-state@example.com");
        String now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        message.putObject("session").put("browser", "Java").put("city", "Pact").put("country_code", "US").put("country_name", "United States")
                .put("end_date", now).put("id", "pact-state").put("ip", "127.0.0.1").put("platform", "JVM").put("region", "Pact")
                .put("start_date", now).put("user_agent", "chat-contracts");
        StateHttp.Answer answer = http.post(zendesk, "/chats", message.toString());
        String id = parse(answer.body()).path("id").asText("");
        if (answer.status() / 100 != 2 || id.isEmpty()) {
            return StateOutcome.unsupported(state, "POST /chats answered " + answer.status());
        }
        String path = "/chats/" + StateHttp.segment(id);
        registerDelete("POST /chats (offline message " + id + " for a provider state)", path);
        return StateOutcome.satisfied(state, "created offline message " + id + " with POST /chats", Map.of("chat_id", id));
    }

    /** {@code visitor <id> exists}: the run's own visitor. */
    StateOutcome visitor(String state) {
        String id = target.runResources().visitorId();
        if (id == null) {
            return StateOutcome.unsupported(state, "visitors cannot be deleted, so a state uses the run's own visitor: set "
                    + ContractTarget.VISITOR_ID);
        }
        StateHttp.Answer answer = http.get(zendesk, "/visitors/" + StateHttp.segment(id));
        if (answer.status() != 200 || !ContractTarget.RUN_VISITOR_NAME.equals(parse(answer.body()).path("name").asText())) {
            return StateOutcome.unsupported(state, "the visitor " + ContractTarget.VISITOR_ID + " names answered " + answer.status()
                    + " or is not named '" + ContractTarget.RUN_VISITOR_NAME + "' as the run's own");
        }
        return StateOutcome.satisfied(state, "the run's own visitor", Map.of("visitor_id", id));
    }

    /** {@code ... does not exist}: checked, never made true by deleting. */
    StateOutcome absent(String state, String kind, String value) {
        String segment = StateHttp.segment(value);
        String path = switch (kind) {
            case "agent with e-mail" -> "/agents/email/" + segment;
            case "agent" -> "/agents/" + segment;
            case "visitor" -> "/visitors/" + segment;
            default -> "/chats/" + segment;
        };
        StateHttp.Answer answer = http.get(zendesk, path);
        if (answer.status() == 404) {
            String name = switch (kind) {
                case "agent with e-mail" -> "email_id";
                case "agent" -> "agent_id";
                case "visitor" -> "visitor_id";
                default -> "chat_id";
            };
            Object typed = kind.equals("agent") && value.matches("\\d{1,18}") ? (Object) Long.parseLong(value) : value;
            return StateOutcome.satisfied(state, "GET " + path + " answered 404", Map.of(name, typed));
        }
        return StateOutcome.unsupported(state, "GET " + path + " answered " + answer.status() + "; a check never deletes what it did not create");
    }

    /** {@code conversation <id> of <screen name> exists}: the target's configured conversation (SalesIQ cannot be read). */
    StateOutcome conversation(String state, String screenName, String conversationId) {
        return target.salesIqConversation()
                .map(c -> StateOutcome.satisfied(state, "the target's configured SalesIQ conversation",
                        Map.<String, Object>of("screen_name", c.screenName(), "conversation_id", c.conversationId())))
                .orElseGet(() -> StateOutcome.unsupported(state, "SalesIQ has no read endpoint: only a configured conversation ("
                        + ContractTarget.SALESIQ_SCREEN_NAME + ", " + ContractTarget.SALESIQ_CONVERSATION + ") can be used"));
    }

    private StateOutcome createAgent(String state, String email) {
        ObjectNode agent = JSON.createObjectNode().put("email", email).put("password", "Pact-" + UUID.randomUUID())
                .put("first_name", "Pact").put("last_name", "State").put("display_name", "Pact state");
        StateHttp.Answer answer = http.post(zendesk, "/agents", agent.toString());
        long id = id(answer.body());
        if (answer.status() / 100 != 2 || id <= 0) {
            return StateOutcome.unsupported(state, "POST /agents answered " + answer.status());
        }
        registerDelete("POST /agents (agent " + id + " for a provider state)", "/agents/" + id);
        return StateOutcome.satisfied(state, "created agent " + id + " with POST /agents", Map.of("agent_id", id, "email_id", email));
    }

    private void registerDelete(String write, String path) {
        created.add(path);
        journal.register(write, "DELETE " + path, "delete " + path, () -> {
            int status = http.delete(zendesk, path).status();
            if (status / 100 != 2 && status != 404) {
                throw new IOException("DELETE " + path + " answered " + status);
            }
        });
    }

    private static long id(String body) {
        return parse(body).path("id").asLong(0);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = body == null ? null : JSON.readTree(body);
            return node == null ? JSON.missingNode() : node;
        } catch (IOException | RuntimeException e) {
            return JSON.missingNode();
        }
    }
}
