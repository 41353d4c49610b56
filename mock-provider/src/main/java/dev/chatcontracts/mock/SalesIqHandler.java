package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Zoho SalesIQ: update the visitor of a conversation. The payload's {@code last_name} becomes the
 * visitor's {@code name} in the answer (discrepancy D19). Errors use Zoho's body
 * {@code {"error":{"code":..,"message":..}}}: 1005 unknown screen name, 2311 unknown conversation (both
 * HTTP 400: Zoho documents no 404), 1011 absent or unknown parameters, 1007 wrong data types.
 */
final class SalesIqHandler {

    private static final List<String> FIELDS = List.of("last_name", "email", "phone");

    private final ConversationStore conversations;

    SalesIqHandler(ConversationStore conversations) {
        this.conversations = conversations;
    }

    void register(Map<Operation, OperationHandler> handlers) {
        handlers.put(Operation.UPDATE_CONVERSATION_VISITOR, this::updateVisitor);
    }

    private ApiResponse updateVisitor(ApiRequest request) {
        String screenName = request.pathParam("screen_name");
        String conversationId = request.pathParam("conversation_id");
        ObjectNode changes = validChanges(request.jsonObject(), request.strict());
        if (!conversations.hasScreenName(screenName)) {
            throw ApiException.badRequest("Invalid portal or screen name: " + screenName)
                    .withZohoCode(ZohoCodes.INVALID_SCREEN_NAME);
        }
        Conversation updated = conversations.update(screenName, conversationId, conversation -> apply(conversation, changes))
                .orElseThrow(() -> ApiException.badRequest("No visitor found for conversation " + conversationId)
                        .withZohoCode(ZohoCodes.NO_VISITOR_FOUND));
        return ApiResponse.ok(envelope(updated));
    }

    private static ObjectNode validChanges(ObjectNode body, boolean strict) {
        ObjectNode changes = Json.object();
        List<String> unknown = new ArrayList<>();
        body.properties().forEach(field -> {
            if (!FIELDS.contains(field.getKey())) {
                unknown.add(field.getKey());
            } else if (!field.getValue().isTextual()) {
                throw ApiException.badRequest("Invalid data type: " + field.getKey() + " must be a string")
                        .withZohoCode(ZohoCodes.INVALID_DATA_TYPES);
            } else {
                changes.set(field.getKey(), field.getValue());
            }
        });
        if (strict && !unknown.isEmpty()) {
            throw ApiException.badRequest("Invalid params: " + String.join(", ", unknown))
                    .withZohoCode(ZohoCodes.INVALID_PARAMS);
        }
        if (changes.isEmpty()) {
            throw ApiException.badRequest("Absent params: send at least one of " + String.join(", ", FIELDS))
                    .withZohoCode(ZohoCodes.INVALID_PARAMS);
        }
        return changes;
    }

    private static Conversation apply(Conversation conversation, ObjectNode changes) {
        ObjectNode visitor = conversation.visitor().deepCopy();
        copy(changes.get("last_name"), visitor, "name");
        copy(changes.get("email"), visitor, "email");
        copy(changes.get("phone"), visitor, "phone");
        return new Conversation(conversation.screenName(), conversation.id(), conversation.question(), visitor);
    }

    private static void copy(JsonNode value, ObjectNode target, String field) {
        if (value != null) {
            target.set(field, value);
        }
    }

    private static ObjectNode envelope(Conversation conversation) {
        ObjectNode data = Json.object();
        data.put("question", conversation.question());
        data.put("id", conversation.id());
        data.set("visitor", conversation.visitor());
        ObjectNode envelope = Json.object();
        envelope.put("url", "/visitor/v1/" + conversation.screenName() + "/conversations/" + conversation.id() + "/visitor");
        envelope.put("object", "conversations");
        envelope.set("data", data);
        return envelope;
    }
}
