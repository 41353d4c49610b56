package dev.chatcontracts.check.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.pact.PactInteraction;
import dev.chatcontracts.contracts.pact.PactRequest;
import dev.chatcontracts.contracts.pact.ProviderState;
import dev.chatcontracts.harness.ContractTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The writes the pact verification would make on a target, each with its undo, without sending anything ({@code check --plan}):
 * read from the pacts in our model ({@link PactFile#document()}), as nothing is verified.
 */
public final class PactPlan {

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
            if (endpoint.isEmpty()) {
                continue;
            }
            for (PactInteraction.Http interaction : pact.document().http()) {
                lines.addAll(writes(target, pact, endpoint.get(), interaction));
            }
        }
        return lines;
    }

    private static List<String> writes(ContractTarget target, PactFile pact, ProviderEndpoint endpoint, PactInteraction.Http interaction) {
        List<String> lines = new ArrayList<>();
        PactRequest request = interaction.request();
        String method = request.method().toUpperCase(Locale.ROOT);
        boolean createsItsResource = false;
        for (ProviderState state : interaction.providerStates()) {
            String write = stateWrite(state.name() == null ? "" : state.name());
            if (write != null) {
                createsItsResource |= !write.contains("if missing");
                lines.add(interaction.description() + ": state '" + state.name() + "' -> " + write
                        + (target.writesAllowed() ? " -> undo: DELETE it when the run restores" : " (not sent: no writes)"));
            }
        }
        if (PactWrites.reads(method)) {
            return lines;
        }
        String path = endpoint.relative(request.path(), pact.basePath());
        String shown = path + (request.pathExpression() == null ? "" : " (ids as its states give them)");
        if (!target.writesAllowed()) {
            lines.add(interaction.description() + ": " + method + " " + shown + " -> not sent: the target does not allow writes");
            return lines;
        }
        JsonNode body = request.body() == null ? null : request.body().json();
        String undo = method.equals("DELETE") && createsItsResource ? "none needed: it deletes what its state created"
                : PactWrites.plan(pact.specName(), method, path, body).describe();
        lines.add(interaction.description() + ": " + method + " " + shown + " -> undo: " + undo);
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
}
