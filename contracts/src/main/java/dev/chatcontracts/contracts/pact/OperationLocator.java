package dev.chatcontracts.contracts.pact;

import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.contract.MatchOutcome;
import dev.chatcontracts.contracts.contract.OperationMatch;
import dev.chatcontracts.contracts.contract.ServerBase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the operation of a pact request. Pact paths are relative to the provider's base URL, which is
 * usually a spec's server URL ({@code /agents/me}) but may be a bare host ({@code /api/v2/chat/agents/me}):
 * the path is tried under each server of the specs (the spec the pact names first: {@code
 * metadata.chatContracts.openapi}, else the provider's name), then as a full path.
 */
final class OperationLocator {

    /** A request located: the absolute URL the engine validates, and its operation. */
    record Located(String url, OperationMatch match) {
    }

    private final Contracts contracts;

    OperationLocator(Contracts contracts) {
        this.contracts = contracts;
    }

    /** The operation of the request, or the reason there is none (thrown as {@link Unmatched}). */
    Located locate(PactDocument pact, PactRequest request) throws Unmatched {
        String firstReason = null;
        Set<String> tried = new LinkedHashSet<>();
        for (String base : bases(pact)) {
            if (!base.isEmpty()) {
                tried.add(base);
            }
            MatchOutcome outcome = contracts.match(request.method(), base + request.target());
            if (outcome.match() != null) {
                return new Located(base + request.target(), outcome.match());
            }
            firstReason = telling(firstReason, outcome.reason());
        }
        throw new Unmatched("no operation has " + request.method() + " " + request.path() + ": " + firstReason
                + " (tried under " + String.join(", ", tried) + " and as a full path)");
    }

    /** Server base URLs, the pact's own spec first, then {@code ""}: the path as a full path. */
    private List<String> bases(PactDocument pact) {
        List<ApiContract> ordered = new ArrayList<>();
        contracts.all().stream().filter(c -> c.name().equals(pact.openapi()) || c.name().equals(pact.provider())).forEach(ordered::add);
        contracts.all().stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        Set<String> bases = new LinkedHashSet<>();
        ordered.forEach(contract -> contract.servers().stream().map(ServerBase::defaultUrl).forEach(bases::add));
        List<String> all = new ArrayList<>(bases);
        all.add("");
        return all;
    }

    /** Keeps the first reason that found the path but not the method; else the first reason. */
    private static String telling(String kept, String reason) {
        if (kept == null) {
            return reason;
        }
        boolean keptFoundPath = kept.contains(" has no ");
        return !keptFoundPath && reason != null && reason.contains(" has no ") ? reason : kept;
    }

    /** A request no operation matches. */
    static final class Unmatched extends Exception {
        private static final long serialVersionUID = 1L;

        Unmatched(String message) {
            super(message, null, false, false);
        }
    }
}
