package dev.chatcontracts.mock;

import java.util.List;
import java.util.OptionalLong;

/**
 * The documented cursor pagination of List Agents: records ordered by id; {@code since_id} moves forward
 * from and including that id, {@code max_id} backward to and including that id; 10 records a page when any
 * pagination parameter is present (at most 200, as the spec's `limit` maximum: the documented examples use 200), the whole set when none is. The next page starts at the
 * last id + 1, the previous page ends at the first id - 1; their paths go in {@code X-Next-Page} and
 * {@code X-Previous-Page}, left out when there is no such page.
 */
final class AgentPagination {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 200;
    /** The documented header paths always use the legacy base path. */
    private static final String PAGE_PATH = Router.ZENDESK_LEGACY_BASE_PATH + "/agents";

    /**
     * One page of agents.
     *
     * @param agents       the agents, ascending by id
     * @param nextPage     the {@code X-Next-Page} path, or {@code null}
     * @param previousPage the {@code X-Previous-Page} path, or {@code null}
     */
    record Page(List<Agent> agents, String nextPage, String previousPage) {
    }

    private AgentPagination() {
    }

    static Page page(AgentStore store, QueryParams query) {
        OptionalLong sinceId = query.getLong("since_id");
        OptionalLong maxId = query.getLong("max_id");
        OptionalLong limitParam = query.getLong("limit");
        if (sinceId.isEmpty() && maxId.isEmpty() && limitParam.isEmpty()) {
            return new Page(store.all(), null, null);
        }
        int limit = validLimit(limitParam);
        List<Agent> candidates = store.range(sinceId.orElse(Long.MIN_VALUE), maxId.orElse(Long.MAX_VALUE));
        boolean backward = sinceId.isEmpty() && maxId.isPresent();
        List<Agent> page = backward
                ? candidates.subList(Math.max(0, candidates.size() - limit), candidates.size())
                : candidates.subList(0, Math.min(limit, candidates.size()));
        if (page.isEmpty()) {
            return new Page(List.of(), null, null);
        }
        long firstId = page.get(0).id();
        long lastId = page.get(page.size() - 1).id();
        String next = store.hasAfter(lastId) ? PAGE_PATH + "?since_id=" + (lastId + 1) + "&limit=" + limit : null;
        String previous = store.hasBefore(firstId) ? PAGE_PATH + "?max_id=" + (firstId - 1) + "&limit=" + limit : null;
        return new Page(List.copyOf(page), next, previous);
    }

    private static int validLimit(OptionalLong limitParam) {
        long limit = limitParam.orElse(DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return (int) limit;
    }
}
