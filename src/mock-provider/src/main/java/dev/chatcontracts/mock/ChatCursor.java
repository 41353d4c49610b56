package dev.chatcontracts.mock;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The opaque cursor in List Chats' {@code next_url}/{@code prev_url}: the sort key (timestamp, id) of the
 * chat the page ends (or starts) at, and the direction to move from it. Keyset paging keeps pages stable
 * while chats are created or deleted between calls.
 *
 * @param forward   {@code true} for the page after the key, {@code false} for the page before it
 * @param timestamp the key's timestamp
 * @param chatId    the key's chat id
 */
record ChatCursor(boolean forward, Instant timestamp, String chatId) {

    static ChatCursor after(ChatDocument chat) {
        return new ChatCursor(true, chat.sortKey().instant(), chat.id());
    }

    static ChatCursor before(ChatDocument chat) {
        return new ChatCursor(false, chat.sortKey().instant(), chat.id());
    }

    String encode() {
        String raw = (forward ? "after" : "before") + "|" + timestamp + "|" + chatId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static ChatCursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            if (parts.length != 3 || !List.of("after", "before").contains(parts[0])) {
                throw new IllegalArgumentException(raw);
            }
            return new ChatCursor("after".equals(parts[0]), Instant.parse(parts[1]), parts[2]);
        } catch (RuntimeException e) {
            throw ApiException.badRequest("Invalid cursor '" + encoded + "'");
        }
    }

    /** The sort key the cursor moves from. */
    ChatDocument.SortKey key() {
        return new ChatDocument.SortKey(timestamp, chatId);
    }
}
