package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Update Chat, with the spec's field rules ({@link SpecRules}). A chat's writable fields are {@code comment},
 * {@code rating}, {@code tags} and {@code unread}; an offline message's only {@code unread}. Both accept the
 * documented dotted key {@code "visitor.name"} (write-only in the spec), which renames the visitor although
 * {@code visitor} is read-only (discrepancy D10). Other fields are ignored by default, as the live API does,
 * and rejected in strict mode.
 */
final class ChatUpdates {

    static final String VISITOR_NAME_KEY = "visitor.name";

    private final ChatStore chats;

    ChatUpdates(ChatStore chats) {
        this.chats = chats;
    }

    ApiResponse update(ApiRequest request) {
        String id = request.pathParam("chat_id");
        ObjectNode body = request.jsonObject();
        ChatDocument current = chats.find(id).orElseThrow(() -> ChatsHandler.noSuchChat(id));
        FieldRules rules = current.isOfflineMessage() ? SpecRules.offlineMessageUpdate() : SpecRules.request(Operation.UPDATE_CHAT);
        ObjectNode changes = rules.writableFields(body, request.strict());
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

}
