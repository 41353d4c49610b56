package dev.chatcontracts.pact.verify;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.harness.ContractTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The writes the pact verification would make on a target, each with its undo, without sending anything ({@code check --plan}). */
public final class PactPlan {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PactPlan() {
    }

    /** One line per interaction that writes, or whose provider state writes. */
    public static List<String> writes(ContractTarget target, List<PactFile> pacts) {
        List<String> lines = new ArrayList<>();
        if (target.mock().isPresent()) {
            lines.add("the embedded mock: provider states set through its state endpoint, its seed put back before each interaction");
            return lines;
        }
        for (PactFile pact : pacts) {
            Optional<ProviderEndpoint> endpoint = ProviderEndpoint.of(target, pact.specName(), pact.serverUrl());
            for (Interaction interaction : pact.pact().getInteractions()) {
                SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
                if (http == null || endpoint.isEmpty()) {
                    continue;
                }
                String method = http.getRequest().getMethod().toUpperCase(Locale.ROOT);
                boolean createsItsResource = false;
                for (ProviderState state : interaction.getProviderStates()) {
                    String write = stateWrite(state.getName() == null ? "" : state.getName());
                    if (write != null) {
                        createsItsResource |= !write.contains("if missing");
                        lines.add(interaction.getDescription() + ": state '" + state.getName() + "' -> " + write
                                + (target.writesAllowed() ? " -> undo: DELETE it when the run restores" : " (not sent: no writes)"));
                    }
                }
                if (PactWrites.reads(method)) {
                    continue;
                }
                String path = endpoint.get().relative(http.getRequest().getPath(), pact.basePath())
                        + (http.getRequest().getGenerators().getCategories().isEmpty() ? "" : " (ids as its states give them)");
                if (!target.writesAllowed()) {
                    lines.add(interaction.getDescription() + ": " + method + " " + path + " -> not sent: the target does not allow writes");
                    continue;
                }
                String body = http.getRequest().getBody().isPresent() ? http.getRequest().getBody().valueAsString() : null;
                String undo = method.equals("DELETE") && createsItsResource ? "none needed: it deletes what its state created"
                        : PactWrites.plan(pact.specName(), method, path.replace(" (ids as its states give them)", ""), parse(body)).describe();
                lines.add(interaction.getDescription() + ": " + method + " " + path + " -> undo: " + undo);
            }
        }
        return lines;
    }

    /** What a state writes on a real account, or null when it only reads. */
    private static String stateWrite(String state) {
        if (state.matches("agent with e-mail \\S+ exists")) {
            return "POST /agents if missing";
        }
        if (state.matches("agent \\S+ exists")) {
            return "POST /agents (a new agent, its id into the path)";
        }
        if (state.matches("offline message \\S+ exists")) {
            return "POST /chats (a new offline message, its id into the path)";
        }
        return null;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null ? null : JSON.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
