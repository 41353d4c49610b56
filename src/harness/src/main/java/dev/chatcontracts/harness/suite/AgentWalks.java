package dev.chatcontracts.harness.suite;

import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.harness.client.zendeskchat.ApiException;
import dev.chatcontracts.harness.client.zendeskchat.ApiResponse;
import dev.chatcontracts.harness.client.zendeskchat.api.AgentsApi;
import dev.chatcontracts.harness.client.zendeskchat.model.Agent;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cursor walks over the agents, each checked against the whole set: every agent seen once, pages no
 * larger than the limit, and a walk that ends ({@code suite.pagination.*}).
 */
final class AgentWalks {

    private final SuiteContext context;
    private final List<Long> wholeSet;
    private final int limit;

    AgentWalks(SuiteContext context, List<Long> wholeSet, int limit) {
        this.context = context;
        this.wholeSet = wholeSet;
        this.limit = limit;
    }

    /** Walks {@code pages} (one {@code List} a page) and reports what breaks the walk's promises. */
    void check(String walk, Iterable<List<Agent>> pages) {
        Set<Long> seen = new HashSet<>();
        int count = 0;
        for (List<Agent> page : pages) {
            if (++count > wholeSet.size() + 2) {
                context.fail(FindingKeys.SUITE_PAGINATION_NOT_TERMINATED, "listAgents", null, "an end after " + wholeSet.size() + " agents",
                        count + " pages", "walk", walk);
                return;
            }
            if (page.size() > limit) {
                context.fail(FindingKeys.SUITE_PAGINATION_PAGE_TOO_LARGE, "listAgents", null, "at most " + limit, String.valueOf(page.size()),
                        "walk", walk);
            }
            for (Agent agent : page) {
                if (!seen.add(agent.getId())) {
                    context.fail(FindingKeys.SUITE_PAGINATION_DUPLICATE, "listAgents", null, "once", "again",
                            "id", agent.getId(), "walk", walk);
                }
            }
        }
        wholeSet.stream().filter(id -> !seen.contains(id)).forEach(id -> context.fail(FindingKeys.SUITE_PAGINATION_MISSING, "listAgents", null,
                "seen", "never seen", "id", id, "walk", walk));
    }

    /** Backward from the highest id: {@code max_id} includes its agent, the next page ends below the lowest id seen. */
    static Iterable<List<Agent>> backward(AgentsApi agents, List<Long> wholeSet, int limit) throws ApiException {
        List<List<Agent>> pages = new ArrayList<>();
        Long maxId = wholeSet.stream().max(Long::compare).orElse(null);
        for (int guard = 0; maxId != null && guard <= wholeSet.size() + 2; guard++) {
            List<Agent> page = agents.listAgents(null, maxId, limit);
            if (page.isEmpty()) {
                break;
            }
            pages.add(page);
            long lowest = page.stream().mapToLong(Agent::getId).min().orElseThrow();
            maxId = lowest - 1 >= 1 ? lowest - 1 : null;
        }
        return pages;
    }

    /** Forward from the first page, following each answer's {@code X-Next-Page} ({@code ...?since_id=N&limit=L}) to its end. */
    static Iterable<List<Agent>> followingNextPage(AgentsApi agents, int limit) throws ApiException {
        List<List<Agent>> pages = new ArrayList<>();
        ApiResponse<List<Agent>> answer = agents.listAgentsWithHttpInfo(null, null, limit);
        for (int guard = 0; guard < 10_000; guard++) {
            if (!answer.getData().isEmpty()) {
                pages.add(answer.getData());
            }
            String next = header(answer, "X-Next-Page");
            if (next == null || next.isBlank()) {
                break;
            }
            answer = agents.listAgentsWithHttpInfo(longParameter(next, "since_id"), longParameter(next, "max_id"),
                    longParameter(next, "limit") == null ? null : longParameter(next, "limit").intValue());
        }
        return pages;
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }

    private static Long longParameter(String url, String name) {
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name) && parts.length == 2 && parts[1].matches("\\d{1,18}")) {
                return Long.parseLong(parts[1]);
            }
        }
        return null;
    }
}
