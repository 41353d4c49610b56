package dev.chatcontracts.check.verify;

import au.com.dius.pact.core.model.ProviderState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.pactgen.PactStates;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.RequestBudget;
import dev.chatcontracts.harness.restore.UndoJournal;
import dev.chatcontracts.mock.MockProvider;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the provider states of the pacts ({@link PactStates}) true on a target, and answers the values they
 * made true for the pacts' {@code ProviderState} generators.
 *
 * <p><b>The embedded mock</b>: through its provider-state endpoint ({@link MockProvider#providerStatesUrl()}),
 * over HTTP, exactly as the Rust {@code pact-verifier} or Pact JVM's {@code stateChangeUrl} reach it: one
 * implementation of the states, in the mock. Before each interaction a teardown puts the mock's seed back.
 *
 * <p><b>A real account</b>, through its API. Its API assigns ids, so a state gets the resource it needs under the
 * id the API gives, and the generators put that id into the request path; everything a state creates is
 * registered in the run's {@link UndoJournal} and deleted when the run restores:
 * <table>
 *   <caption>States on a real account</caption>
 *   <tr><th>state</th><th>how</th></tr>
 *   <tr><td>{@code agent <id> exists}</td><td>with writes: {@code POST /agents} (a new agent, deleted after)</td></tr>
 *   <tr><td>{@code agent with e-mail <address> exists}</td><td>{@code GET /agents/email/<address>}; if missing and writes
 *       are allowed, {@code POST /agents} with that address (deleted after)</td></tr>
 *   <tr><td>{@code chat <id> exists}</td><td>the account's first chat ({@code GET /chats}); an update of it is put back</td></tr>
 *   <tr><td>{@code offline message <id> exists}</td><td>with writes: {@code POST /chats} (an offline message, deleted after)</td></tr>
 *   <tr><td>{@code visitor <id> exists}</td><td>the run's own visitor ({@value ContractTarget#VISITOR_ID})</td></tr>
 *   <tr><td>{@code ... does not exist}</td><td>{@code GET} answers 404, else unsupported (nothing is deleted)</td></tr>
 *   <tr><td>{@code conversation <id> of <screen name> exists}</td><td>the target's configured SalesIQ conversation</td></tr>
 *   <tr><td>{@value PactStates#NO_CREDENTIALS}</td><td>the request is sent without the Authorization header</td></tr>
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
    private final RealStates real;
    private final Set<String> created = new HashSet<>();
    private boolean withoutCredentials;

    public StateHandler(ContractTarget target, RequestBudget budget, UndoJournal journal) {
        this.target = target;
        this.zendesk = ProviderEndpoint.zendesk(target, ProviderEndpoint.ZENDESK);
        this.http = new StateHttp(budget, target.responseLimits());
        this.real = new RealStates(target, zendesk, http, journal, created);
    }

    public StateHandler(ContractTarget target, RequestBudget budget) {
        this(target, budget, new UndoJournal());
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
            return real.conversation(name, conversation.group(2), conversation.group(1));
        }
        Matcher matcher = STATE.matcher(name);
        if (!matcher.matches()) {
            return StateOutcome.unsupported(name, "no state handler for this state (known: " + String.join("; ", PactStates.patterns()) + ")");
        }
        String value = matcher.group(2);
        if (matcher.group(3).equals("does not exist")) {
            return real.absent(name, matcher.group(1), value);
        }
        return switch (matcher.group(1)) {
            case "agent with e-mail" -> real.agentWithEmail(name, value);
            case "agent" -> real.agent(name);
            case "chat" -> real.chat(name);
            case "offline message" -> real.offlineMessage(name);
            default -> real.visitor(name);
        };
    }

    /** Whether the interaction's states ask for a request without credentials (on a real target). */
    public boolean withoutCredentials() {
        return withoutCredentials;
    }

    /** Whether a state of this interaction created the resource at {@code path} (relative to the Zendesk base URL). */
    public boolean created(String path) {
        return created.contains(path);
    }

    /** On the mock, a teardown through its endpoint: every interaction starts from the seed, whatever ran before. */
    public void beforeInteraction() {
        target.mock().ifPresent(mock -> http.postJson(mock.providerStatesUrl(), "{\"state\":\"\",\"action\":\"teardown\"}"));
    }

    /** Forgets the interaction's own flags; what its states created stays registered in the journal. */
    public void afterInteraction() {
        withoutCredentials = false;
        created.clear();
    }

    private StateOutcome onMock(MockProvider mock, String name, Map<String, Object> params) {
        ObjectNode body = JSON.createObjectNode().put("state", name).put("action", "setup");
        body.set("params", JSON.valueToTree(params == null ? Map.of() : params));
        StateHttp.Answer answer = http.postJson(mock.providerStatesUrl(), body.toString());
        if (answer.status() == 200) {
            return StateOutcome.satisfied(name, "the mock's provider-state endpoint answered 200", values(answer.body()));
        }
        return StateOutcome.unsupported(name, "the mock's provider-state endpoint answered " + answer.status() + ": " + description(answer.body()));
    }

    private static Map<String, Object> values(String body) {
        Map<String, Object> values = new LinkedHashMap<>();
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.isObject()) {
                node.fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue().isNumber() ? f.getValue().numberValue()
                        : f.getValue().asText()));
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return values;
    }

    private static String description(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.hasNonNull("description") ? node.get("description").asText() : body;
        } catch (IOException | RuntimeException e) {
            return body;
        }
    }
}
