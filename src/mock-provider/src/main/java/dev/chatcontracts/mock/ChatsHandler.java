package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Chats resource: list (40 a page with a cursor, or by ids as a docs map), show, delete and bulk
 * delete. Create, update and search are delegated to {@link OfflineMessages}, {@link ChatUpdates} and
 * {@link ChatSearch}.
 */
final class ChatsHandler {

    static final int PAGE_SIZE = 40;
    static final int MAX_IDS = 50;
    private static final Pattern VALID_ID = Pattern.compile("[0-9A-Za-z.]+");

    private final ChatStore chats;
    private final OfflineMessages offlineMessages;
    private final ChatUpdates updates;
    private final ChatSearch search;

    ChatsHandler(ChatStore chats, OfflineMessages offlineMessages, ChatUpdates updates, ChatSearch search) {
        this.chats = chats;
        this.offlineMessages = offlineMessages;
        this.updates = updates;
        this.search = search;
    }

    void register(Map<Operation, OperationHandler> handlers) {
        handlers.put(Operation.LIST_CHATS, this::list);
        handlers.put(Operation.SEARCH_CHATS, search::search);
        handlers.put(Operation.SHOW_CHAT, request -> ApiResponse.ok(find(request.pathParam("chat_id")).rawJson()));
        handlers.put(Operation.CREATE_CHAT, offlineMessages::create);
        handlers.put(Operation.UPDATE_CHAT, updates::update);
        handlers.put(Operation.DELETE_CHAT, this::delete);
        handlers.put(Operation.BULK_DELETE_CHATS, this::bulkDelete);
    }

    private ApiResponse list(ApiRequest request) {
        if (request.query().has("ids")) {
            return listByIds(request);
        }
        ChatStore.Page found = chats.page(request.query().get("cursor").map(ChatCursor::decode).orElse(null), PAGE_SIZE);
        List<ChatDocument> page = found.chats();
        ArrayNode chatArray = Json.array();
        page.forEach(chat -> chatArray.add(chat.json()));
        ObjectNode body = Json.object();
        body.set("chats", chatArray);
        body.put("count", found.total());
        body.put("next_url", !found.moreAfter() ? null
                : page.isEmpty() ? request.absoluteUrl("/chats") // a "before" cursor with nothing left before it
                : pageUrl(request, ChatCursor.after(page.get(page.size() - 1))));
        body.put("prev_url", found.moreBefore() && !page.isEmpty() ? pageUrl(request, ChatCursor.before(page.get(0))) : null);
        return ApiResponse.ok(body);
    }

    private static String pageUrl(ApiRequest request, ChatCursor cursor) {
        return request.absoluteUrl("/chats?cursor=" + cursor.encode());
    }

    private ApiResponse listByIds(ApiRequest request) {
        ObjectNode docs = Json.object();
        for (String id : ids(request, "ids")) {
            chats.find(id).ifPresent(chat -> docs.set(id, chat.json()));
        }
        ObjectNode body = Json.object();
        body.put("count", docs.size());
        body.set("docs", docs);
        return ApiResponse.ok(body);
    }

    private ApiResponse delete(ApiRequest request) {
        String id = request.pathParam("chat_id");
        if (chats.delete(id) != ChatStore.DeleteOutcome.DELETED) {
            throw noSuchChat(id);
        }
        return ApiResponse.noContent();
    }

    private ApiResponse bulkDelete(ApiRequest request) {
        ArrayNode alreadyDeleted = Json.array();
        ArrayNode invalid = Json.array();
        ArrayNode notFound = Json.array();
        int succeeded = 0;
        for (String id : ids(request, "ids")) {
            if (!VALID_ID.matcher(id).matches()) {
                invalid.add(id);
                continue;
            }
            switch (chats.delete(id)) {
                case DELETED -> succeeded++;
                case ALREADY_DELETED -> alreadyDeleted.add(id);
                case NOT_FOUND -> notFound.add(id);
                default -> throw new IllegalStateException();
            }
        }
        ObjectNode failed = Json.object();
        failed.set("already_deleted", alreadyDeleted);
        failed.set("invalid_id", invalid);
        failed.set("not_found", notFound);
        ObjectNode body = Json.object();
        body.set("failed", failed);
        body.put("number_fail", alreadyDeleted.size() + invalid.size() + notFound.size());
        body.put("number_success", succeeded);
        return ApiResponse.ok(body);
    }

    /** The comma-separated ids of a required parameter: at least one, at most 50. */
    private static List<String> ids(ApiRequest request, String parameter) {
        String raw = request.query().get(parameter)
                .orElseThrow(() -> ApiException.badRequest("Query parameter '" + parameter + "' is required"));
        List<String> ids = Arrays.stream(raw.split(",", -1)).map(String::trim).toList();
        if (raw.isBlank()) {
            throw ApiException.badRequest("Query parameter '" + parameter + "' must list at least one chat id");
        }
        if (ids.size() > MAX_IDS) {
            throw ApiException.badRequest("Query parameter '" + parameter + "' accepts at most " + MAX_IDS
                    + " chat ids, got " + ids.size());
        }
        return ids;
    }

    ChatDocument find(String id) {
        return chats.find(id).orElseThrow(() -> noSuchChat(id));
    }

    static ApiException noSuchChat(String id) {
        return ApiException.notFound("No chat with id " + id);
    }
}
