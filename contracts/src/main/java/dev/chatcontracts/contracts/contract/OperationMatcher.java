package dev.chatcontracts.contracts.contract;

import dev.chatcontracts.contracts.exchange.RequestUrl;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the operation of a request: by the server (host and base path), then the path template
 * (literal segments before parameters: {@code /agents/me} before {@code /agents/{agent_id}}), then the
 * method. A host that one of the specs' servers names must use that server's base path; any other host
 * (a mock on {@code http://127.0.0.1:8080}) matches when its path starts with a server's base path,
 * the longest base path tried first.
 */
public final class OperationMatcher {

    private record Candidate(ApiContract contract, ServerBase server) {
    }

    private final List<ApiContract> contracts;

    public OperationMatcher(List<ApiContract> contracts) {
        this.contracts = List.copyOf(contracts);
    }

    /** The operation of {@code method} on {@code url}, or why there is none. */
    public MatchOutcome match(String method, String url) {
        RequestUrl parsed = url == null ? null : RequestUrl.parse(url);
        if (parsed == null) {
            return MatchOutcome.unmatched("not an absolute URL or a path");
        }
        List<Candidate> known = candidates(c -> c.server().hostMatches(parsed.host()));
        List<Candidate> candidates = known.isEmpty() ? candidates(c -> true) : known;
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.server().basePath().length()).reversed());
        String firstReason = null;
        for (Candidate candidate : candidates) {
            String remainder = candidate.server().remainder(parsed.path());
            if (remainder != null) {
                MatchOutcome outcome = matchPath(candidate.contract(), method, remainder);
                if (outcome.match() != null) {
                    return outcome;
                }
                firstReason = firstReason == null ? outcome.reason() : firstReason;
            }
        }
        return MatchOutcome.unmatched(firstReason != null ? firstReason : noServerReason(parsed, !known.isEmpty()));
    }

    private List<Candidate> candidates(java.util.function.Predicate<Candidate> filter) {
        List<Candidate> all = new ArrayList<>();
        contracts.forEach(contract -> contract.servers().forEach(server -> all.add(new Candidate(contract, server))));
        return all.stream().filter(filter).collect(Collectors.toCollection(ArrayList::new));
    }

    private MatchOutcome matchPath(ApiContract contract, String method, String remainder) {
        List<String> segments = PathTemplate.split(remainder).stream().map(OperationMatcher::decode).toList();
        Optional<PathTemplate> best = contract.operations().stream().map(Operation::path).distinct()
                .filter(template -> template.match(segments).isPresent())
                .min(PathTemplate::compareSpecificity);
        if (best.isEmpty()) {
            return MatchOutcome.unmatched("no path of " + contract.name() + " matches " + remainder);
        }
        PathTemplate template = best.get();
        List<Operation> onPath = contract.operations().stream().filter(o -> o.path().equals(template)).toList();
        Optional<Operation> operation = onPath.stream().filter(o -> o.method().equalsIgnoreCase(method)).findFirst();
        if (operation.isEmpty()) {
            String allowed = onPath.stream().map(Operation::method).collect(Collectors.joining(", "));
            return MatchOutcome.unmatched(contract.name() + " has no " + method + " on " + template.template()
                    + " (documented: " + allowed + ")");
        }
        Map<String, String> parameters = template.match(segments).orElseThrow();
        return MatchOutcome.matched(new OperationMatch(contract, operation.get(), canonical(segments), parameters));
    }

    private String noServerReason(RequestUrl url, boolean knownHost) {
        List<String> bases = new ArrayList<>();
        contracts.forEach(c -> c.servers().forEach(s -> bases.add(s.url())));
        return (knownHost ? "the path " + url.path() + " is not under the base path of host " + url.host()
                : "the path " + url.path() + " is under no server of the specs") + " (servers: " + String.join(", ", bases) + ")";
    }

    private static String canonical(List<String> segments) {
        return segments.isEmpty() ? "/" : "/" + String.join("/", segments);
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }
}
