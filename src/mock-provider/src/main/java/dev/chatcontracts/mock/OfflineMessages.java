package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Create Chat, which only creates offline messages, with the spec's field rules ({@link SpecRules}):
 * {@code visitor}, {@code message}, {@code type} ({@code offline_msg}), {@code session} and {@code timestamp}
 * are required. The timestamp is sent as Unix epoch seconds (D11; an ISO-8601 string is accepted too) and
 * returned as an ISO-8601 string; extra keys inside {@code session} are kept ({@code additionalProperties}),
 * as the live API does.
 */
final class OfflineMessages {

    private static final Instant FIRST_INSTANT = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59Z");

    private final ChatStore chats;
    private final IdGenerator ids;

    OfflineMessages(ChatStore chats, IdGenerator ids) {
        this.chats = chats;
        this.ids = ids;
    }

    ApiResponse create(ApiRequest request) {
        FieldRules rules = SpecRules.request(Operation.CREATE_CHAT);
        ObjectNode fields = rules.writableFields(request.jsonObject(), request.strict());
        rules.requirePresent(fields);
        if (!ChatDocument.OFFLINE_MESSAGE.equals(fields.get("type").asText())) {
            throw ApiException.badRequest("Only offline messages can be created: type must be 'offline_msg', got '"
                    + fields.get("type").asText() + "'");
        }
        Instant timestamp = timestamp(fields.get("timestamp"));
        ObjectNode visitor = visitor((ObjectNode) fields.get("visitor"));
        ObjectNode session = session((ObjectNode) fields.get("session"), timestamp);
        ChatDocument created = chats.create(() -> ids.chatId(timestamp), id -> {
            ObjectNode json = Json.object();
            json.set("department_id", valueOrNull(fields, "department_id"));
            json.putNull("department_name"); // not in the create schema: assigned by the API
            json.put("id", id);
            json.put("message", fields.get("message").asText());
            json.set("session", session);
            json.put("started_by", "visitor");
            json.put("timestamp", Timestamps.iso(timestamp));
            json.put("type", ChatDocument.OFFLINE_MESSAGE);
            json.put("unread", false); // not in the create schema: assigned by the API
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

    /** Epoch seconds or ISO-8601, within the years 0000-9999 (ids carry the year; the JDK formats no further). */
    private static Instant timestamp(JsonNode value) {
        Instant instant = value.isIntegralNumber()
                ? Instant.ofEpochSecond(Math.max(FIRST_INSTANT.getEpochSecond() - 1, Math.min(value.asLong(), LAST_INSTANT.getEpochSecond() + 1)))
                : Timestamps.parseInstant(value.asText()).orElseThrow();
        if (instant.isBefore(FIRST_INSTANT) || instant.isAfter(LAST_INSTANT)) {
            throw ApiException.badRequest("Offline message field 'timestamp' must be within the years 0000-9999, got " + value);
        }
        return instant;
    }

    /** The visitor (its fields already checked) with all five fields; its id (a string, D5) is generated when absent. */
    private ObjectNode visitor(ObjectNode fields) {
        JsonNode id = fields.get("id");
        ObjectNode visitor = Json.object();
        visitor.put("email", Json.text(fields, "email", ""));
        visitor.put("id", id == null ? ids.visitorId() : id.asText());
        visitor.put("name", Json.text(fields, "name", ""));
        visitor.put("notes", Json.text(fields, "notes", ""));
        visitor.put("phone", Json.text(fields, "phone", ""));
        return visitor;
    }

    /** The session as sent (its fields already checked, extra keys kept); a missing id is generated. */
    private ObjectNode session(ObjectNode given, Instant timestamp) {
        ObjectNode session = given.deepCopy();
        if (!session.hasNonNull("id")) {
            session.put("id", ids.sessionId(timestamp));
        }
        return session;
    }
}
