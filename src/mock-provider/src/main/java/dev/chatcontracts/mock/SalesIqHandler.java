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

    /** The spec's field rules with Zoho's error codes: 1007 a wrong type, 1011 unknown (strict) or no known field. */
    private static ObjectNode validChanges(ObjectNode body, boolean strict) {
        FieldRules rules = SpecRules.request(Operation.UPDATE_CONVERSATION_VISITOR);
        FieldRules.Check check = rules.check(body);
        if (!check.invalid().isEmpty()) {
            throw ApiException.badRequest("Invalid data type: " + String.join("; ", check.invalid()))
                    .withZohoCode(ZohoCodes.INVALID_DATA_TYPES);
        }
        List<String> notWritable = new ArrayList<>(check.readOnly());
        notWritable.addAll(check.unknown());
        if (strict && !notWritable.isEmpty()) {
            throw ApiException.badRequest("Invalid params: " + String.join(", ", notWritable))
                    .withZohoCode(ZohoCodes.INVALID_PARAMS);
        }
        if (check.accepted().isEmpty()) {
            throw ApiException.badRequest("Absent params: send at least one of "
                    + String.join(", ", rules.names(field -> !field.readOnly())))
                    .withZohoCode(ZohoCodes.INVALID_PARAMS);
        }
        return check.accepted();
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
