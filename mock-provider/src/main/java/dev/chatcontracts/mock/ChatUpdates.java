package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Update Chat. A chat's writable fields are {@code comment}, {@code rating}, {@code tags} and {@code unread};
 * an offline message's only {@code unread}. Both accept the documented dotted key {@code "visitor.name"},
 * which renames the visitor although {@code visitor} is read-only (discrepancy D10). Other fields are
 * ignored by default, as the live API does, and rejected in strict mode.
 */
final class ChatUpdates {

    static final String VISITOR_NAME_KEY = "visitor.name";
    private static final Set<String> RATINGS = Set.of("good", "bad");

    private static final FieldRules CHAT = FieldRules.of("Chat")
            .writable("comment", JsonKind.NULLABLE_STRING)
            .writable("rating", JsonKind.NULLABLE_STRING)
            .writable("tags", JsonKind.STRING_ARRAY)
            .writable("unread", JsonKind.BOOLEAN)
            .writable(VISITOR_NAME_KEY, JsonKind.STRING)
            .readOnly("agent_ids", "agent_names", "conversions", "count", "department_id", "department_name",
                    "duration", "history", "id", "missed", "response_time", "session", "started_by", "timestamp",
                    "triggered", "triggered_response", "type", "visitor", "webpath", "zendesk_ticket_id",
                    "end_timestamp", "update_timestamp", "deleted", "engagements", "referrer_search_engine",
                    "referrer_search_terms");

    private static final FieldRules OFFLINE_MESSAGE = FieldRules.of("Offline message")
            .writable("unread", JsonKind.BOOLEAN)
            .writable(VISITOR_NAME_KEY, JsonKind.STRING)
            .readOnly("id", "department_id", "department_name", "visitor", "type", "session", "timestamp",
                    "message", "zendesk_ticket_id", "started_by", "webpath");

    private final ChatStore chats;

    ChatUpdates(ChatStore chats) {
        this.chats = chats;
    }

    ApiResponse update(ApiRequest request) {
        String id = request.pathParam("chat_id");
        ObjectNode body = request.jsonObject();
        ChatDocument current = chats.find(id).orElseThrow(() -> ChatsHandler.noSuchChat(id));
        FieldRules rules = current.isOfflineMessage() ? OFFLINE_MESSAGE : CHAT;
        ObjectNode changes = rules.writableFields(body, request.strict());
        requireKnownRating(changes);
        ChatDocument updated = chats.update(id, chat -> apply(chat, changes))
                .orElseThrow(() -> ChatsHandler.noSuchChat(id));
        return ApiResponse.ok(updated.json());
    }

    private static ChatDocument apply(ChatDocument chat, ObjectNode changes) {
        ObjectNode json = chat.json().deepCopy();
        changes.properties().forEach(change -> {
            if (VISITOR_NAME_KEY.equals(change.getKey())) {
                json.withObjectProperty("visitor").set("name", change.getValue());
            } else {
                json.set(change.getKey(), change.getValue());
            }
        });
        return new ChatDocument(json);
    }

    private static void requireKnownRating(ObjectNode changes) {
        JsonNode rating = changes.get("rating");
        if (rating != null && rating.isTextual() && !RATINGS.contains(rating.asText())) {
            throw ApiException.badRequest("Chat field 'rating' must be good, bad or null, got '" + rating.asText() + "'");
        }
    }
}
