package dev.chatcontracts.check.verify;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.core.model.generators.GeneratorTestMode;
import au.com.dius.pact.provider.ProviderInfo;
import au.com.dius.pact.provider.ProviderVerifier;
import au.com.dius.pact.provider.VerificationResult;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.RequestBudget;
import dev.chatcontracts.harness.ResponseLimits;
import dev.chatcontracts.harness.RunHalt;
import dev.chatcontracts.harness.restore.UndoJournal;
import dev.chatcontracts.check.verify.InteractionOutcome.Detail;
import dev.chatcontracts.check.verify.InteractionOutcome.Verdict;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hc.core5.http.HttpRequest;

/**
 * Verifies pact files against a {@link ContractTarget} with Pact JVM's {@link ProviderVerifier}, one
 * interaction at a time: provider states first ({@link StateHandler}), then the request to the target's
 * base URL for the pact's spec ({@link ProviderEndpoint}) with the target's Authorization header added by
 * a request filter, then Pact JVM's comparison of the answer with the expected response.
 *
 * <p>Interactions that write ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) are sent only
 * when the target allows writes (always on the embedded mock). Nothing is printed: Pact JVM's console
 * reporters are switched off; credentials are never part of an outcome.
 */
public final class ProviderPactVerifier {


    private final Consumer<String> progress;

    /** A verifier that reports progress (one line per interaction) to {@code progress}. */
    public ProviderPactVerifier(Consumer<String> progress) {
        this.progress = progress;
    }

    public ProviderPactVerifier() {
        this(line -> { });
    }

    /** Verifies every interaction of {@code pacts} against {@code target}. */
    public PactVerificationReport verify(ContractTarget target, List<PactFile> pacts) {
        UndoJournal journal = new UndoJournal();
        PactVerificationReport report = verify(target, pacts, journal);
        List<UndoJournal.Unrestored> left = journal.restore();
        return left.isEmpty() ? report : report.withUnrestored(left);
    }

    /**
     * Verifies every interaction of {@code pacts} against {@code target}, registering the undo of every write
     * on a real target in {@code journal}, which the caller restores (and may restore on a signal).
     */
    public PactVerificationReport verify(ContractTarget target, List<PactFile> pacts, UndoJournal journal) {
        RequestBudget budget = new RequestBudget(target.requestsPerMinute());
        StateHandler states = new StateHandler(target, budget, journal);
        Writes writes = new Writes(target, journal, new StateHttp(budget, target.responseLimits()));
        List<InteractionOutcome> outcomes = new ArrayList<>();
        for (PactFile pact : pacts) {
            Optional<ProviderEndpoint> endpoint = ProviderEndpoint.of(target, pact.specName(), pact.serverUrl());
            Provider provider = endpoint.map(e -> new Provider(pact, e, target.responseLimits())).orElse(null);
            for (Interaction interaction : pact.pact().getInteractions()) {
                long started = System.nanoTime();
                InteractionOutcome outcome = attempt(target, pact, interaction, provider, journal, states, budget, writes)
                        .withDuration(Duration.ofNanos(System.nanoTime() - started));
                progress.accept(outcome.verdict() + " " + pact.specName() + " " + outcome.description());
                outcomes.add(outcome);
            }
        }
        return new PactVerificationReport(target.describe(), outcomes);
    }

    /** One interaction: not sent once the run is halted or when the target has no base URL for its spec, else verified. */
    private InteractionOutcome attempt(ContractTarget target, PactFile pact, Interaction interaction, Provider provider, UndoJournal journal,
            StateHandler states, RequestBudget budget, Writes writes) {
        RunHalt halt = target.responseLimits().halt();
        if (halt.halted()) {
            return notSent(pact, interaction, provider == null ? null : provider.endpoint(), Verdict.WRITE_SKIPPED,
                    "the run was stopped: " + halt.reason().orElse(""));
        }
        if (provider == null) {
            return notSent(pact, interaction, null, Verdict.NO_TARGET, "the target has no base URL for " + pact.specName()
                    + (pact.specName().equals(ProviderEndpoint.SALESIQ) ? " (set " + ContractTarget.SALESIQ_URL + ")" : ""));
        }
        return guarded(journal, pact, interaction, provider.endpoint(), () -> verify(target, pact, interaction, provider, states, budget, writes));
    }

    /** Runs one interaction holding the journal, so that a stop waits for it; not sent once the run is stopping. */
    private static InteractionOutcome guarded(UndoJournal journal, PactFile pact, Interaction interaction, ProviderEndpoint endpoint,
            java.util.function.Supplier<InteractionOutcome> verification) {
        InteractionOutcome[] outcome = new InteractionOutcome[1];
        try {
            if (!journal.guarded(() -> outcome[0] = verification.get())) {
                return notSent(pact, interaction, endpoint, Verdict.WRITE_SKIPPED, "the run was stopped before this interaction");
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return outcome[0];
    }

    private InteractionOutcome verify(ContractTarget target, PactFile pact, Interaction interaction, Provider provider,
            StateHandler states, RequestBudget budget, Writes writes) {
        ProviderEndpoint endpoint = provider.endpoint();
        SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
        if (http == null) {
            return notSent(pact, interaction, endpoint, Verdict.NOT_HTTP, "not a synchronous HTTP interaction (a message): not verified here");
        }
        if (!PactWrites.reads(http.getRequest().getMethod()) && !target.writesAllowed()) {
            return notSent(pact, interaction, endpoint, Verdict.WRITE_SKIPPED,
                    "the request writes and the target does not allow writes (" + ContractTarget.ALLOW_WRITES + "=true on a sandbox account)");
        }
        PactWrites.Plan early = writes.plan(pact, http.getRequest(), provider.endpoint(), path -> true);
        if (early instanceof PactWrites.Refused refused) {
            return notSent(pact, interaction, endpoint, Verdict.WRITE_SKIPPED, "not sent to a real account: " + refused.why());
        }
        states.beforeInteraction();
        try {
            List<String> unsupported = new ArrayList<>();
            Map<String, Object> values = new HashMap<>();
            Map<ProviderState, StateOutcome> outcomes = new java.util.LinkedHashMap<>();
            for (ProviderState state : interaction.getProviderStates()) {
                StateOutcome outcome = states.setUp(state);
                if (!outcome.satisfied()) {
                    unsupported.add("provider state '" + outcome.state() + "': " + outcome.detail());
                }
                outcomes.put(state, outcome);
                values.putAll(outcome.values());
            }
            if (!unsupported.isEmpty()) {
                return notSent(pact, interaction, endpoint, Verdict.STATE_UNSUPPORTED, unsupported.toArray(String[]::new));
            }
            IRequest sent = http.getRequest().generatedRequest(Map.of("providerState", values), GeneratorTestMode.Provider);
            List<String> unused = unusedValues(outcomes, sent);
            if (!unused.isEmpty()) {
                return notSent(pact, interaction, endpoint, Verdict.STATE_UNSUPPORTED, unused.toArray(String[]::new));
            }
            PactWrites.Plan plan = writes.plan(pact, sent, provider.endpoint(), states::created);
            if (plan instanceof PactWrites.Refused refused) {
                return notSent(pact, interaction, endpoint, Verdict.WRITE_SKIPPED, "not sent to a real account: " + refused.why());
            }
            Optional<String> unreadable = writes.before(plan, endpoint);
            if (unreadable.isPresent()) {
                return notSent(pact, interaction, endpoint, Verdict.WRITE_SKIPPED, unreadable.get());
            }
            acquire(budget);
            provider.withoutCredentials().set(states.withoutCredentials());
            InteractionOutcome outcome = send(pact, interaction, http, provider, values);
            writes.after(plan, endpoint, provider.client().lastBody());
            return outcome;
        } finally {
            states.afterInteraction();
        }
    }

    /**
     * The states whose value the target gave differently (a real account's own id) while the request does not take
     * it from the state (no generator for it, as for the ids of a query): the request would ask for something else.
     */
    private static List<String> unusedValues(Map<ProviderState, StateOutcome> outcomes, IRequest sent) {
        List<String> unused = new ArrayList<>();
        for (Map.Entry<ProviderState, StateOutcome> entry : outcomes.entrySet()) {
            ProviderState state = entry.getKey();
            state.getParams().forEach((name, asked) -> {
                Object given = entry.getValue().values().get(name);
                if (given != null && !String.valueOf(given).equals(String.valueOf(asked)) && !sent.getPath().contains(String.valueOf(given))) {
                    unused.add("provider state '" + state.getName() + "': the target has " + name + " " + given
                            + ", and the request does not take it from the state");
                }
            });
        }
        return unused;
    }

    private InteractionOutcome send(PactFile pact, Interaction interaction, SynchronousRequestResponse http, Provider provider,
            Map<String, Object> stateValues) {
        ProviderEndpoint endpoint = provider.endpoint();
        StatusCapturingClient client = provider.client();
        Map<String, Object> failures = new LinkedHashMap<>();
        Map<String, Object> context = new HashMap<>();
        context.put("providerState", new HashMap<>(stateValues));
        VerificationResult result = provider.verifier().verifyResponseFromProvider(provider.info(), http, interaction.getDescription(),
                failures, client, context, false, pact.pact());
        if (result instanceof VerificationResult.Failed failed) {
            List<Detail> mismatches = failed.getFailures().values().stream().flatMap(List::stream)
                    .map(Mismatches::detail).distinct().collect(Collectors.toList());
            if (mismatches.isEmpty()) {
                mismatches.add(Detail.of(failed.getDescription()));
            }
            return outcome(pact, interaction, endpoint, client.lastStatus(), Verdict.FAILED, mismatches);
        }
        return outcome(pact, interaction, endpoint, client.lastStatus(), Verdict.PASSED, List.of());
    }

    /**
     * Pact JVM's provider, client and verifier for one pact, with reporters off (nothing printed);
     * {@code withoutCredentials} set for an interaction whose state asks for a request without them.
     */
    private record Provider(ProviderEndpoint endpoint, ProviderInfo info, StatusCapturingClient client, ProviderVerifier verifier,
            AtomicBoolean withoutCredentials) {

        Provider(PactFile pact, ProviderEndpoint endpoint, ResponseLimits limits) {
            this(pact, endpoint, limits, new AtomicBoolean());
        }

        private Provider(PactFile pact, ProviderEndpoint endpoint, ResponseLimits limits, AtomicBoolean withoutCredentials) {
            this(endpoint, providerInfo(pact, endpoint, withoutCredentials), limits, withoutCredentials);
        }

        private Provider(ProviderEndpoint endpoint, ProviderInfo info, ResponseLimits limits, AtomicBoolean withoutCredentials) {
            this(endpoint, info, new StatusCapturingClient(info, new BoundedHttpClientFactory(limits)), quietVerifier(), withoutCredentials);
        }

        private static ProviderVerifier quietVerifier() {
            ProviderVerifier verifier = new ProviderVerifier();
            verifier.setReporters(List.of());
            return verifier;
        }
    }

    /**
     * Pact JVM's provider: the endpoint's scheme, host and port. A pact with full paths (a {@code basePath} in
     * its metadata) is sent from the root, the request filter swapping the pact's base path for the target's
     * where they differ (a legacy {@code /api/v2} target); an older pact's relative paths go under the target's
     * path prefix. The filter adds the credentials, unless the interaction's state asks for none.
     */
    private static ProviderInfo providerInfo(PactFile pact, ProviderEndpoint endpoint, AtomicBoolean withoutCredentials) {
        URI base = endpoint.baseUrl();
        int port = base.getPort() >= 0 ? base.getPort() : "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80;
        String targetPath = endpoint.basePath();
        String pactPath = pact.basePath();
        ProviderInfo provider = new ProviderInfo(pact.provider(), base.getScheme(), base.getHost(), port,
                pactPath == null && !targetPath.isEmpty() ? targetPath : "/");
        String authorization = endpoint.authorization();
        Consumer<HttpRequest> filter = request -> {
            String path = request.getPath();
            if (pactPath != null && !pactPath.equals(targetPath) && path.startsWith(pactPath)) {
                request.setPath(targetPath + path.substring(pactPath.length()));
            }
            if (authorization != null && !withoutCredentials.get()) {
                request.setHeader("Authorization", authorization);
            }
        };
        provider.setRequestFilter(filter);
        return provider;
    }

    private static InteractionOutcome notSent(PactFile pact, Interaction interaction, ProviderEndpoint endpoint, Verdict verdict, String... why) {
        return outcome(pact, interaction, endpoint, null, verdict, Stream.of(why).map(Detail::of).toList());
    }

    private static InteractionOutcome outcome(PactFile pact, Interaction interaction, ProviderEndpoint endpoint, Integer actualStatus,
            Verdict verdict, List<Detail> details) {
        SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
        String method = http == null ? null : http.getRequest().getMethod();
        String url = http == null ? null : url(endpoint, pact.basePath(), http.getRequest());
        int expected = http == null ? 0 : http.getResponse().getStatus();
        return new InteractionOutcome(pact.file().toString(), pact.specName(), interaction.getDescription(), method, url, expected,
                actualStatus, verdict, details);
    }

    /**
     * The request's URL on the target as Pact JVM sends it (scheme, host, port and the target's base path: no user info,
     * no query of the base URL; the pact path alone when there is no endpoint); query values as written.
     */
    private static String url(ProviderEndpoint endpoint, String pactBasePath, IRequest request) {
        String query = request.getQuery().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v))
                .collect(Collectors.joining("&"));
        String path = endpoint == null ? request.getPath() : endpoint.url(request.getPath(), pactBasePath);
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static void acquire(RequestBudget budget) {
        try {
            budget.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the request budget", e);
        }
    }
}
