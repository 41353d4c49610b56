package dev.chatcontracts.mock;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Search Chats: {@code q} is required; 40 results a page; {@code page} is 1-based and past 250 (10,000
 * results) is a 400; {@code next_url}/{@code prev_url} are absolute URLs, JSON null at the ends.
 */
final class ChatSearch {

    static final int PAGE_SIZE = 40;
    static final int MAX_PAGE = 250;

    /**
     * One search hit.
     *
     * @param id        chat id
     * @param preview   first message (or comment)
     * @param timestamp the chat's timestamp
     * @param type      {@code chat} or {@code offline_msg}
     * @param url       absolute URL of the chat
     */
    record Result(String id, String preview, String timestamp, String type, String url) {
    }

    /**
     * The answer.
     *
     * @param count   number of matching chats
     * @param nextUrl next page, or null
     * @param prevUrl previous page, or null
     * @param results this page's hits
     */
    @JsonPropertyOrder({"count", "next_url", "prev_url", "results"})
    record Answer(int count, String nextUrl, String prevUrl, List<Result> results) {
    }

    private final ChatStore chats;

    ChatSearch(ChatStore chats) {
        this.chats = chats;
    }

    ApiResponse search(ApiRequest request) {
        String q = request.query().get("q").filter(text -> !text.isBlank())
                .orElseThrow(() -> ApiException.badRequest("Query parameter 'q' is required"));
        long page = request.query().getLong("page").orElse(1);
        if (page < 1 || page > MAX_PAGE) {
            throw ApiException.badRequest("page must be between 1 and " + MAX_PAGE
                    + " (at most 10,000 results, 40 a page), got " + page);
        }
        // One walk in listing order over the candidates the index gives: count every match, keep the page's.
        ChatSearchQuery query = ChatSearchQuery.parse(q);
        Predicate<ChatDocument> matches = query.newTest();
        int start = (int) (page - 1) * PAGE_SIZE;
        List<ChatDocument> onPage = new ArrayList<>(PAGE_SIZE);
        int count = 0;
        for (ChatDocument chat : chats.searchCandidates(query)) {
            if (matches.test(chat)) {
                if (count >= start && count < start + PAGE_SIZE) {
                    onPage.add(chat);
                }
                count++;
            }
        }
        int reachable = Math.min(count, PAGE_SIZE * MAX_PAGE);
        int from = Math.min(start, reachable);
        int to = Math.min(from + PAGE_SIZE, reachable);
        // onPage holds the matches [from, to): start + PAGE_SIZE <= PAGE_SIZE * MAX_PAGE since page <= MAX_PAGE.
        List<Result> results = onPage.stream().map(chat -> result(request, chat)).toList();
        String next = to < reachable ? pageUrl(request, q, page + 1) : null;
        String previous = page > 1 ? pageUrl(request, q, page - 1) : null;
        return ApiResponse.ok(new Answer(count, next, previous, results));
    }

    private static Result result(ApiRequest request, ChatDocument chat) {
        return new Result(chat.id(), chat.preview(), chat.json().path("timestamp").asText(), chat.type(),
                request.absoluteUrl("/chats/" + chat.id()));
    }

    private static String pageUrl(ApiRequest request, String q, long page) {
        return request.absoluteUrl("/chats/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=" + page);
    }
}
