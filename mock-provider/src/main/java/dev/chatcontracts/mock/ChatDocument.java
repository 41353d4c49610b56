package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A chat or an offline message, kept as the JSON the API returns. The tree is never changed after it is
 * stored (updates copy it), so it can be written by many threads at once.
 *
 * @param json the chat as returned by the API
 */
record ChatDocument(ObjectNode json) {

    static final String CHAT = "chat";
    static final String OFFLINE_MESSAGE = "offline_msg";

    /** The order of every chat listing: by timestamp, then by id. */
    static final Comparator<ChatDocument> ORDER =
            Comparator.comparing(ChatDocument::sortInstant).thenComparing(ChatDocument::id);

    String id() {
        return json.path("id").asText();
    }

    String type() {
        return json.path("type").asText();
    }

    boolean isOfflineMessage() {
        return OFFLINE_MESSAGE.equals(type());
    }

    Optional<Instant> timestamp() {
        return instant(json.get("timestamp"));
    }

    /** When the chat ended: the undocumented {@code end_timestamp} if present, else the session's end date. */
    Optional<Instant> endTimestamp() {
        Optional<Instant> end = instant(json.get("end_timestamp"));
        return end.isPresent() ? end : instant(json.path("session").get("end_date"));
    }

    List<String> agentNames() {
        List<String> names = new ArrayList<>();
        json.path("agent_names").forEach(name -> names.add(name.asText()));
        return names;
    }

    String visitorName() {
        return json.path("visitor").path("name").asText("");
    }

    String visitorEmail() {
        return json.path("visitor").path("email").asText("");
    }

    String rating() {
        JsonNode rating = json.get("rating");
        return rating == null || rating.isNull() ? "" : rating.asText();
    }

    /** The texts free-text search looks at: messages, the offline message and the comment. */
    List<String> searchableTexts() {
        List<String> texts = new ArrayList<>(messages());
        addText(texts, json.get("message"));
        addText(texts, json.get("comment"));
        return texts;
    }

    /** A short text for search results: the first message, else the comment. */
    String preview() {
        List<String> messages = messages();
        if (!messages.isEmpty()) {
            return messages.get(0);
        }
        return json.hasNonNull("message") ? json.get("message").asText() : json.path("comment").asText("");
    }

    private List<String> messages() {
        List<String> messages = new ArrayList<>();
        for (JsonNode event : json.path("history")) {
            if ("chat.msg".equals(event.path("type").asText())) {
                addText(messages, event.get("msg"));
            }
        }
        return messages;
    }

    private Instant sortInstant() {
        return timestamp().orElse(Instant.EPOCH);
    }

    private static void addText(List<String> texts, JsonNode value) {
        if (value != null && value.isTextual()) {
            texts.add(value.asText());
        }
    }

    private static Optional<Instant> instant(JsonNode value) {
        return value != null && value.isTextual() ? Timestamps.parseInstant(value.asText()) : Optional.empty();
    }
}
