package dev.chatcontracts.pact.verify;

import au.com.dius.pact.core.model.ProviderState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.RequestBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the provider states of our generated pacts true on a target, through its HTTP API.
 *
 * <table>
 *   <caption>States</caption>
 *   <tr><th>state</th><th>how</th></tr>
 *   <tr><td>{@code agent <id> exists}</td><td>{@code GET /agents/<id>}; agent ids are assigned by the API, so a
 *       missing agent cannot be created: unsupported (the embedded mock gets it from {@link MockStateSeed})</td></tr>
 *   <tr><td>{@code email <address> exists}</td><td>{@code GET /agents/email/<address>}; if missing and writes are
 *       allowed, {@code POST /agents} with that e-mail (deleted again after the interaction on a real target)</td></tr>
 *   <tr><td>{@code chat <id> exists}</td><td>{@code GET /chats/<id>}; chat ids are assigned by the API: unsupported if missing</td></tr>
 *   <tr><td>{@code visitor <id> exists}</td><td>{@code GET /visitors/<id>}; visitor ids are assigned by the API: unsupported if missing</td></tr>
 *   <tr><td>{@code screen name <s> exists}, {@code conversation <id> exists}</td><td>SalesIQ has no read endpoint: true
 *       when they are the target's configured conversation ({@link ContractTarget#salesIqConversation()}), else unsupported</td></tr>
 * </table>
 *
 * <p>On the embedded mock, {@link #beforeInteraction()} first resets the mock to its seed, so that each
 * interaction starts from the same state whatever the previous one wrote.
 */
public final class StateHandler {

    private static final Pattern STATE = Pattern.compile("^(agent|email|chat|visitor|screen name|conversation) (\\S+) exists$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContractTarget target;
    private final ProviderEndpoint zendesk;
    private final StateHttp http;
    private final List<Runnable> cleanups = new ArrayList<>();

    public StateHandler(ContractTarget target, RequestBudget budget) {
        this.target = target;
        this.zendesk = ProviderEndpoint.zendesk(target, ProviderEndpoint.ZENDESK);
        this.http = new StateHttp(budget);
    }

    /** Resets the embedded mock to its seed; nothing on a real target. */
    public void beforeInteraction() {
        target.mock().ifPresent(mock -> mock.reset());
    }

    /** Makes {@code state} true, or says why it cannot be. */
    public StateOutcome setUp(ProviderState state) {
        String name = state.getName() == null ? "" : state.getName().trim();
        Matcher matcher = STATE.matcher(name);
        if (!matcher.matches()) {
            return StateOutcome.unsupported(name, "no state handler for this state (known: agent/email/chat/visitor/screen name/conversation <value> exists)");
        }
        String value = matcher.group(2);
        return switch (matcher.group(1)) {
            case "agent" -> lookUp(name, "/agents/" + StateHttp.segment(value), "agent ids are assigned by the API");
            case "chat" -> lookUp(name, "/chats/" + StateHttp.segment(value), "chat ids are assigned by the API");
            case "visitor" -> lookUp(name, "/visitors/" + StateHttp.segment(value), "visitor ids are assigned by the API");
            case "email" -> agentWithEmail(name, value);
            case "screen name" -> salesIq(name, value, true);
            default -> salesIq(name, value, false);
        };
    }

    /** Deletes what the states created on a real target (the mock is reset instead). */
    public void afterInteraction() {
        cleanups.forEach(Runnable::run);
        cleanups.clear();
    }

    private StateOutcome lookUp(String state, String path, String whyNotCreated) {
        StateHttp.Answer answer = http.get(zendesk, path);
        if (answer.status() == 200) {
            return StateOutcome.satisfied(state, "GET " + path + " answered 200");
        }
        String hint = target.mock().isPresent() ? "; start the mock with MockStateSeed.startMock(pacts) to seed it" : "";
        return StateOutcome.unsupported(state, "GET " + path + " answered " + answer.status() + " and " + whyNotCreated
                + ", so it cannot be created with this id" + hint);
    }

    private StateOutcome agentWithEmail(String state, String email) {
        String path = "/agents/email/" + StateHttp.segment(email);
        if (http.get(zendesk, path).status() == 200) {
            return StateOutcome.satisfied(state, "GET " + path + " answered 200");
        }
        if (!target.writesAllowed()) {
            return StateOutcome.unsupported(state, "no agent has this e-mail, and creating one needs writes (" + ContractTarget.ALLOW_WRITES + "=true)");
        }
        ObjectNode agent = JSON.createObjectNode().put("email", email).put("password", "Pact-" + UUID.randomUUID())
                .put("first_name", "Pact").put("last_name", "State").put("display_name", "Pact state");
        StateHttp.Answer created = http.post(zendesk, "/agents", agent.toString());
        if (created.status() != 201 && created.status() != 200) {
            return StateOutcome.unsupported(state, "POST /agents with this e-mail answered " + created.status());
        }
        long id = idOf(created.body());
        if (target.mock().isEmpty() && id > 0) {
            cleanups.add(() -> http.delete(zendesk, "/agents/" + id));
        }
        return StateOutcome.satisfied(state, "created agent " + id + " with POST /agents");
    }

    private StateOutcome salesIq(String state, String value, boolean screenName) {
        return target.salesIqConversation()
                .filter(c -> value.equals(screenName ? c.screenName() : c.conversationId()))
                .map(c -> StateOutcome.satisfied(state, "the target's configured SalesIQ conversation"))
                .orElseGet(() -> StateOutcome.unsupported(state, "SalesIQ has no read endpoint: only the target's configured conversation ("
                        + ContractTarget.SALESIQ_SCREEN_NAME + ", " + ContractTarget.SALESIQ_CONVERSATION + ") is known to exist"));
    }

    private static long idOf(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node.path("id").asLong(0);
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }
}
