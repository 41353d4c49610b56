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
import java.util.Set;

/** The writes the pact verification would make on a target, each with its undo, without sending anything ({@code check --plan}). */
public final class PactPlan {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
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
                for (ProviderState state : interaction.getProviderStates()) {
                    if (state.getName() != null && state.getName().matches("agent with e-mail \\S+ exists")) {
                        lines.add(interaction.getDescription() + ": state '" + state.getName() + "' -> POST /agents if missing"
                                + (target.writesAllowed() ? " -> undo: DELETE /agents/<its id>" : " (not sent: no writes)"));
                    }
                }
                if (READS.contains(method)) {
                    continue;
                }
                String path = endpoint.get().relative(http.getRequest().getPath(), pact.basePath());
                if (!target.writesAllowed()) {
                    lines.add(interaction.getDescription() + ": " + method + " " + path + " -> not sent: the target does not allow writes");
                    continue;
                }
                String body = http.getRequest().getBody().isPresent() ? http.getRequest().getBody().valueAsString() : null;
                lines.add(interaction.getDescription() + ": " + method + " " + path + " -> undo: "
                        + PactWrites.plan(pact.specName(), method, path, parse(body)).describe());
            }
        }
        return lines;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null ? null : JSON.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
