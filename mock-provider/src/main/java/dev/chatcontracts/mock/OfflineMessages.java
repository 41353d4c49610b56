package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * Create Chat, which only creates offline messages: {@code visitor}, {@code message}, {@code type}
 * ({@code offline_msg}), {@code session} and {@code timestamp} are required. The timestamp is sent as
 * Unix epoch seconds (D11; an ISO-8601 string is accepted too) and returned as an ISO-8601 string; extra
 * keys inside {@code session} are kept, as the live API does.
 */
final class OfflineMessages {

    private static final FieldRules CREATE = FieldRules.of("Offline message")
            .writable("visitor", JsonKind.OBJECT)
            .writable("message", JsonKind.STRING)
            .writable("type", JsonKind.STRING)
            .writable("session", JsonKind.OBJECT)
            .writable("timestamp", JsonKind.EPOCH_SECONDS_OR_ISO)
            .writable("department_id", JsonKind.NULLABLE_INT64)
            .writable("department_name", JsonKind.NULLABLE_STRING)
            .writable("unread", JsonKind.BOOLEAN)
            .readOnly("id", "zendesk_ticket_id", "started_by", "webpath");

    private static final FieldRules VISITOR = FieldRules.of("Offline message visitor")
            .writable("id", JsonKind.ANY)
            .writable("name", JsonKind.STRING)
            .writable("email", JsonKind.STRING)
            .writable("phone", JsonKind.STRING)
            .writable("notes", JsonKind.STRING);

    private static final List<String> SESSION_FIELDS = List.of("browser", "city", "country_code", "country_name",
            "end_date", "id", "ip", "platform", "region", "start_date", "user_agent");

    private final ChatStore chats;
    private final IdGenerator ids;

    OfflineMessages(ChatStore chats, IdGenerator ids) {
        this.chats = chats;
        this.ids = ids;
    }

    ApiResponse create(ApiRequest request) {
        ObjectNode fields = CREATE.writableFields(request.jsonObject(), request.strict());
        FieldRules.requirePresent("Offline message", fields, "visitor", "message", "type", "session", "timestamp");
        if (!ChatDocument.OFFLINE_MESSAGE.equals(fields.get("type").asText())) {
            throw ApiException.badRequest("Only offline messages can be created: type must be 'offline_msg', got '"
                    + fields.get("type").asText() + "'");
        }
        Instant timestamp = timestamp(fields.get("timestamp"));
        ObjectNode visitor = visitor((ObjectNode) fields.get("visitor"), request.strict());
        ObjectNode session = session((ObjectNode) fields.get("session"), timestamp);
        ChatDocument created = chats.create(() -> ids.chatId(timestamp), id -> {
            ObjectNode json = Json.object();
            json.set("department_id", valueOrNull(fields, "department_id"));
            json.set("department_name", valueOrNull(fields, "department_name"));
            json.put("id", id);
            json.put("message", fields.get("message").asText());
            json.set("session", session);
            json.put("started_by", "visitor");
            json.put("timestamp", Timestamps.iso(timestamp));
            json.put("type", ChatDocument.OFFLINE_MESSAGE);
            json.put("unread", fields.path("unread").asBoolean(false));
            json.set("visitor", visitor);
            json.set("webpath", Json.array());
            json.putNull("zendesk_ticket_id");
            return new ChatDocument(json);
        });
        return ApiResponse.created(created.json());
    }

    private static JsonNode valueOrNull(ObjectNode fields, String name) {
        return fields.has(name) ? fields.get(name) : NullNode.getInstance();
    }

    private static Instant timestamp(JsonNode value) {
        if (value.isIntegralNumber()) {
            return Instant.ofEpochSecond(value.asLong());
        }
        return Timestamps.parseInstant(value.asText()).orElseThrow();
    }

    /** The visitor with all five fields; its id is kept as a string (D5), or generated when absent. */
    private ObjectNode visitor(ObjectNode given, boolean strict) {
        ObjectNode fields = VISITOR.writableFields(given, strict);
        JsonNode id = fields.get("id");
        if (id != null && !id.isTextual() && !JsonKind.INT64.accepts(id)) {
            throw ApiException.badRequest("Offline message visitor field 'id' must be a string, got " + id);
        }
        ObjectNode visitor = Json.object();
        visitor.put("email", Json.text(fields, "email", ""));
        visitor.put("id", id == null ? ids.visitorId() : id.asText());
        visitor.put("name", Json.text(fields, "name", ""));
        visitor.put("notes", Json.text(fields, "notes", ""));
        visitor.put("phone", Json.text(fields, "phone", ""));
        return visitor;
    }

    /** The session as sent (extra keys kept); known fields must be strings; a missing id is generated. */
    private ObjectNode session(ObjectNode given, Instant timestamp) {
        for (String field : SESSION_FIELDS) {
            JsonNode value = given.get(field);
            if (value != null && !value.isTextual() && !value.isNull()) {
                throw ApiException.badRequest("Offline message session field '" + field + "' must be a string, got "
                        + value);
            }
        }
        ObjectNode session = given.deepCopy();
        if (!session.hasNonNull("id")) {
            session.put("id", ids.sessionId(timestamp));
        }
        return session;
    }
}
