package dev.chatcontracts.pact.verify;

import au.com.dius.pact.core.model.ProviderState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.generator.pact.PactStates;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.RequestBudget;
import dev.chatcontracts.mock.MockProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the provider states of the pacts ({@link PactStates}) true on a target.
 *
 * <p><b>The embedded mock</b>: through its provider-state endpoint ({@link MockProvider#providerStatesUrl()}),
 * over HTTP, exactly as the Rust {@code pact-verifier} or Pact JVM's {@code stateChangeUrl} reach it: one
 * implementation of the states, in the mock. Before each interaction a teardown puts the mock's seed back.
 *
 * <p><b>A real target</b>, through its API; ids are assigned by the API, so only what already holds can be
 * used, and nothing is deleted:
 * <table>
 *   <caption>States on a real target</caption>
 *   <tr><th>state</th><th>how</th></tr>
 *   <tr><td>{@code agent <id> exists}, {@code chat|offline message <id> exists}, {@code visitor <id> exists}</td>
 *       <td>{@code GET} answers 200, else unsupported</td></tr>
 *   <tr><td>{@code ... does not exist}</td><td>{@code GET} answers 404, else unsupported</td></tr>
 *   <tr><td>{@code agent with e-mail <address> exists}</td><td>{@code GET /agents/email/<address>}; if missing and writes
 *       are allowed, {@code POST /agents} with that address, deleted again after the interaction</td></tr>
 *   <tr><td>{@code conversation <id> of <screen name> exists}</td><td>SalesIQ has no read endpoint: true when it is the
 *       target's configured conversation ({@link ContractTarget#salesIqConversation()})</td></tr>
 *   <tr><td>{@value PactStates#NO_CREDENTIALS}</td><td>the request is sent without the Authorization header
 *       ({@link #withoutCredentials()})</td></tr>
 * </table>
 */
public final class StateHandler {

    private static final Pattern STATE = Pattern.compile(
            "^(agent with e-mail|agent|chat|offline message|visitor) (\\S+) (exists|does not exist)$");
    private static final Pattern CONVERSATION = Pattern.compile("^conversation (\\S+) of (\\S+) exists$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContractTarget target;
    private final ProviderEndpoint zendesk;
    private final StateHttp http;
    private final List<Runnable> cleanups = new ArrayList<>();
    private boolean withoutCredentials;

    public StateHandler(ContractTarget target, RequestBudget budget) {
        this.target = target;
        this.zendesk = ProviderEndpoint.zendesk(target, ProviderEndpoint.ZENDESK);
        this.http = new StateHttp(budget);
    }

    /** Makes {@code state} true, or says why it cannot be. */
    public StateOutcome setUp(ProviderState state) {
        String name = state.getName() == null ? "" : state.getName().trim();
        if (target.mock().isPresent()) {
            return onMock(target.mock().get(), name, state.getParams());
        }
        if (name.equals(PactStates.NO_CREDENTIALS)) {
            withoutCredentials = true;
            return StateOutcome.satisfied(name, "the request is sent without the Authorization header");
        }
        Matcher conversation = CONVERSATION.matcher(name);
        if (conversation.matches()) {
            return salesIq(name, conversation.group(2), conversation.group(1));
        }
        Matcher matcher = STATE.matcher(name);
        if (!matcher.matches()) {
            return StateOutcome.unsupported(name, "no state handler for this state (known: " + String.join("; ", PactStates.patterns()) + ")");
        }
        String value = matcher.group(2);
        boolean exists = matcher.group(3).equals("exists");
        return switch (matcher.group(1)) {
            case "agent with e-mail" -> exists ? agentWithEmail(name, value) : absent(name, "/agents/email/" + StateHttp.segment(value));
            case "agent" -> exists ? present(name, "/agents/" + StateHttp.segment(value)) : absent(name, "/agents/" + StateHttp.segment(value));
            case "visitor" -> exists ? present(name, "/visitors/" + StateHttp.segment(value)) : absent(name, "/visitors/" + StateHttp.segment(value));
            default -> exists ? present(name, "/chats/" + StateHttp.segment(value)) : absent(name, "/chats/" + StateHttp.segment(value));
        };
    }

    /** Whether the interaction's states ask for a request without credentials (on a real target). */
    public boolean withoutCredentials() {
        return withoutCredentials;
    }

    /** On the mock, a teardown through its endpoint: every interaction starts from the seed, whatever ran before. */
    public void beforeInteraction() {
        target.mock().ifPresent(mock -> http.postJson(mock.providerStatesUrl(), "{\"state\":\"\",\"action\":\"teardown\"}"));
    }

    /** Deletes what the states created on a real target. */
    public void afterInteraction() {
        withoutCredentials = false;
        cleanups.forEach(Runnable::run);
        cleanups.clear();
    }

    private StateOutcome onMock(MockProvider mock, String name, Map<String, Object> params) {
        ObjectNode body = JSON.createObjectNode().put("state", name).put("action", "setup");
        body.set("params", JSON.valueToTree(params == null ? Map.of() : params));
        StateHttp.Answer answer = http.postJson(mock.providerStatesUrl(), body.toString());
        if (answer.status() == 200) {
            return StateOutcome.satisfied(name, "the mock's provider-state endpoint answered 200");
        }
        return StateOutcome.unsupported(name, "the mock's provider-state endpoint answered " + answer.status() + ": " + description(answer.body()));
    }

    private StateOutcome present(String state, String path) {
        StateHttp.Answer answer = http.get(zendesk, path);
        if (answer.status() == 200) {
            return StateOutcome.satisfied(state, "GET " + path + " answered 200");
        }
        return StateOutcome.unsupported(state, "GET " + path + " answered " + answer.status()
                + "; the API assigns ids, so it cannot be created with this id on a real account");
    }

    private StateOutcome absent(String state, String path) {
        StateHttp.Answer answer = http.get(zendesk, path);
        if (answer.status() == 404) {
            return StateOutcome.satisfied(state, "GET " + path + " answered 404");
        }
        return StateOutcome.unsupported(state, "GET " + path + " answered " + answer.status() + "; a check never deletes what it did not create");
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
        if (id > 0) {
            cleanups.add(() -> http.delete(zendesk, "/agents/" + id));
        }
        return StateOutcome.satisfied(state, "created agent " + id + " with POST /agents");
    }

    private StateOutcome salesIq(String state, String screenName, String conversationId) {
        return target.salesIqConversation()
                .filter(c -> screenName.equals(c.screenName()) && conversationId.equals(c.conversationId()))
                .map(c -> StateOutcome.satisfied(state, "the target's configured SalesIQ conversation"))
                .orElseGet(() -> StateOutcome.unsupported(state, "SalesIQ has no read endpoint: only the target's configured conversation ("
                        + ContractTarget.SALESIQ_SCREEN_NAME + ", " + ContractTarget.SALESIQ_CONVERSATION + ") is known to exist"));
    }

    private static String description(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.hasNonNull("description") ? node.get("description").asText() : body;
        } catch (java.io.IOException | RuntimeException e) {
            return body;
        }
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
