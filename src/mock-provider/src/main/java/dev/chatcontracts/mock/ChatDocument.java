package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chat or an offline message, kept as the JSON the API returns. The tree is never changed after it is
 * stored (updates copy it into a new document), so it can be written by many threads at once, and what
 * listing and search look at is worked out once, here: the sort key (the timestamp parsed once), the end
 * timestamp, and the searchable texts with their {@linkplain CaseFold folded} forms.
 */
final class ChatDocument {

    static final String CHAT = "chat";
    static final String OFFLINE_MESSAGE = "offline_msg";

    /**
     * Where a chat sorts in every listing: by its timestamp (the epoch without one), then by its id.
     *
     * @param instant the timestamp
     * @param id      the chat id
     */
    record SortKey(Instant instant, String id) implements Comparable<SortKey> {

        @Override
        public int compareTo(SortKey other) {
            int byTime = instant.compareTo(other.instant);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }

    /**
     * A text free-text or name search looks at, and its {@linkplain CaseFold#fold(String) fold}.
     *
     * @param text   as stored
     * @param folded case-folded, index for index
     * @param ascii  whether the text is all ASCII
     */
    record SearchText(String text, String folded, boolean ascii) {

        static SearchText of(String text) {
            return new SearchText(text, CaseFold.fold(text), text.chars().allMatch(c -> c < 0x80));
        }
    }

    private final ObjectNode json;
    private final String id;
    private final String type;
    private final Optional<Instant> timestamp;
    private final Optional<Instant> endTimestamp;
    private final SortKey sortKey;
    private final List<SearchText> agentNames;
    private final SearchText visitorName;
    private final String visitorEmail;
    private final String rating;
    private final List<SearchText> searchableTexts;
    /** The JSON's bytes, written on first use; a race only writes equal bytes twice (RawJson's field is final). */
    private RawJson serialized;

    /** @param json the chat as returned by the API; not changed afterwards */
    ChatDocument(ObjectNode json) {
        this.json = json;
        this.id = json.path("id").asText();
        this.type = canonical(json.path("type").asText());
        this.timestamp = instant(json.get("timestamp"));
        Optional<Instant> end = instant(json.get("end_timestamp"));
        this.endTimestamp = end.isPresent() ? end : instant(json.path("session").get("end_date"));
        this.sortKey = new SortKey(timestamp.orElse(Instant.EPOCH), id);
        List<SearchText> names = new ArrayList<>();
        json.path("agent_names").forEach(name -> names.add(SearchText.of(name.asText())));
        this.agentNames = List.copyOf(names);
        this.visitorName = SearchText.of(json.path("visitor").path("name").asText(""));
        this.visitorEmail = json.path("visitor").path("email").asText("");
        JsonNode ratingNode = json.get("rating");
        this.rating = ratingNode == null || ratingNode.isNull() ? "" : canonical(ratingNode.asText());
        List<String> texts = new ArrayList<>(messages());
        addText(texts, json.get("message"));
        addText(texts, json.get("comment"));
        this.searchableTexts = texts.stream().map(SearchText::of).toList();
    }

    /** The chat as returned by the API. */
    ObjectNode json() {
        return json;
    }

    /** The chat as the API returns it, serialised once: the tree never changes, so neither do its bytes. */
    RawJson rawJson() {
        RawJson bytes = serialized;
        if (bytes == null) {
            bytes = new RawJson(Json.write(json));
            serialized = bytes;
        }
        return bytes;
    }

    String id() {
        return id;
    }

    String type() {
        return type;
    }

    boolean isOfflineMessage() {
        return OFFLINE_MESSAGE.equals(type);
    }

    Optional<Instant> timestamp() {
        return timestamp;
    }

    /** When the chat ended: the undocumented {@code end_timestamp} if present, else the session's end date. */
    Optional<Instant> endTimestamp() {
        return endTimestamp;
    }

    SortKey sortKey() {
        return sortKey;
    }

    List<SearchText> agentNames() {
        return agentNames;
    }

    SearchText visitorName() {
        return visitorName;
    }

    String visitorEmail() {
        return visitorEmail;
    }

    String rating() {
        return rating;
    }

    /** The texts free-text search looks at: messages, the offline message and the comment. */
    List<SearchText> searchableTexts() {
        return searchableTexts;
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

    /** The string constant for a type or rating, so that search compares references rather than characters. */
    private static String canonical(String value) {
        for (String constant : List.of(CHAT, OFFLINE_MESSAGE, "good", "bad")) {
            if (constant.equals(value)) {
                return constant;
            }
        }
        return value;
    }

    private static void addText(List<String> texts, JsonNode value) {
        if (value != null && value.isTextual()) {
            texts.add(value.asText());
        }
    }

    private static Optional<Instant> instant(JsonNode value) {
        return value != null && value.isTextual() ? Timestamps.parseInstant(value.asText()) : Optional.empty();
    }

    /** Equal when the JSON is, as when this was a record of it. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ChatDocument document && json.equals(document.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "ChatDocument[json=" + json + "]";
    }
}
