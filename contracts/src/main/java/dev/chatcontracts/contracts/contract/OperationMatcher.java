package dev.chatcontracts.contracts.contract;

import dev.chatcontracts.contracts.exchange.RequestUrl;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Finds the operation of a request: by the server (host and base path), then the path template
 * (literal segments before parameters: {@code /agents/me} before {@code /agents/{agent_id}}), then the
 * method. A host that one of the specs' servers names must use that server's base path; any other host
 * (a mock on {@code http://127.0.0.1:8080}) matches when its path starts with a server's base path,
 * the longest base path tried first. The candidates of a host, the templates of each contract and the operations
 * on each template are worked out once, not per request.
 */
public final class OperationMatcher {

    private record Candidate(ApiContract contract, ServerBase server) {
    }

    /** A distinct template of a contract and the operations on it, in operation order. */
    private record Route(PathTemplate template, List<Operation> operations) {
    }

    /** The routes of a contract by their number of segments ({@code bySize[n]}: those of n, in operation order). */
    private record Paths(List<List<Route>> bySize) {

        static Paths of(ApiContract contract) {
            Map<PathTemplate, List<Operation>> onPath = new LinkedHashMap<>();
            contract.operations().forEach(o -> onPath.computeIfAbsent(o.path(), key -> new ArrayList<>()).add(o));
            List<List<Route>> bySize = new ArrayList<>();
            onPath.forEach((template, operations) -> {
                int size = template.segments().size();
                while (bySize.size() <= size) {
                    bySize.add(new ArrayList<>());
                }
                bySize.get(size).add(new Route(template, List.copyOf(operations)));
            });
            bySize.replaceAll(List::copyOf);
            return new Paths(List.copyOf(bySize));
        }

        /** The routes that may fit a path of {@code size} segments, in operation order. */
        List<Route> ofSize(int size) {
            return size < bySize.size() ? bySize.get(size) : List.of();
        }
    }

    private static final int MAX_CACHED_HOSTS = 256;

    private final List<ApiContract> contracts;
    /** Every (contract, server), the longest base path first (a stable sort: spec order within a length). */
    private final List<Candidate> all;
    private final Map<ApiContract, Paths> paths = new java.util.IdentityHashMap<>();
    /** The candidates whose server names a host, per host seen (bounded). */
    private final Map<String, List<Candidate>> knownByHost = new ConcurrentHashMap<>();

    public OperationMatcher(List<ApiContract> contracts) {
        this.contracts = List.copyOf(contracts);
        List<Candidate> candidates = new ArrayList<>();
        this.contracts.forEach(contract -> contract.servers().forEach(server -> candidates.add(new Candidate(contract, server))));
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.server().basePath().length()).reversed());
        this.all = List.copyOf(candidates);
        this.contracts.forEach(contract -> paths.put(contract, Paths.of(contract)));
    }

    /** The operation of {@code method} on {@code url}, or why there is none. */
    public MatchOutcome match(String method, String url) {
        RequestUrl parsed = url == null ? null : RequestUrl.parse(url);
        if (parsed == null) {
            return MatchOutcome.unmatched("not an absolute URL or a path");
        }
        List<Candidate> known = known(parsed.host());
        List<Candidate> candidates = known.isEmpty() ? all : known;
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

    private List<Candidate> known(String host) {
        if (host == null) {
            return List.of();
        }
        List<Candidate> cached = knownByHost.get(host);
        if (cached != null) {
            return cached;
        }
        List<Candidate> known = all.stream().filter(c -> c.server().hostMatches(host)).toList();
        if (knownByHost.size() < MAX_CACHED_HOSTS) {
            knownByHost.putIfAbsent(host, known);
        }
        return known;
    }

    private MatchOutcome matchPath(ApiContract contract, String method, String remainder) {
        List<String> segments = PathTemplate.split(remainder);
        boolean decoded = false;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            String value = decode(segment);
            if (value != segment) {
                segments.set(i, value);
                decoded = true;
            }
        }
        Route route = null;
        for (Route candidate : paths.get(contract).ofSize(segments.size())) {
            // as Stream.min: the first of the least, in operation order
            if (candidate.template().fits(segments) && (route == null || route.template().compareSpecificity(candidate.template()) > 0)) {
                route = candidate;
            }
        }
        if (route == null) {
            return MatchOutcome.unmatched("no path of " + contract.name() + " matches " + remainder);
        }
        for (Operation operation : route.operations()) {
            if (operation.method().equalsIgnoreCase(method)) {
                // a remainder is a normalized path (one slash between segments, none at the end): it is the canonical
                // path unless a segment was decoded
                String resourcePath = decoded ? canonical(segments) : remainder;
                return MatchOutcome.matched(new OperationMatch(contract, operation, resourcePath,
                        route.template().match(segments).orElseThrow()));
            }
        }
        String allowed = route.operations().stream().map(Operation::method).collect(Collectors.joining(", "));
        return MatchOutcome.unmatched(contract.name() + " has no " + method + " on " + route.template().template()
                + " (documented: " + allowed + ")");
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
        if (segment.indexOf('%') < 0 && segment.indexOf('+') < 0) {
            return segment;
        }
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }
}
