package dev.chatcontracts.mock;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/** The Zoho SalesIQ conversations by screen name and id; thread-safe. */
final class ConversationStore {

    private final ConcurrentMap<String, Conversation> byKey = new ConcurrentHashMap<>();
    private final Set<String> screenNames = ConcurrentHashMap.newKeySet();

    synchronized void replaceAll(Collection<Conversation> conversations) {
        byKey.clear();
        screenNames.clear();
        conversations.forEach(conversation -> {
            byKey.put(conversation.key(), conversation);
            screenNames.add(conversation.screenName());
        });
    }

    /**
     * Stores a conversation under its screen name and id, replacing the one with that key, and makes its
     * screen name known (provider states).
     */
    synchronized void put(Conversation conversation) {
        byKey.put(conversation.key(), conversation);
        screenNames.add(conversation.screenName());
    }

    /** Every conversation, in no particular order; a live, weakly consistent view. */
    Collection<Conversation> all() {
        return Collections.unmodifiableCollection(byKey.values());
    }

    boolean hasScreenName(String screenName) {
        return screenNames.contains(screenName);
    }

    Optional<Conversation> update(String screenName, String conversationId, UnaryOperator<Conversation> change) {
        return Optional.ofNullable(byKey.computeIfPresent(Conversation.key(screenName, conversationId),
                (key, conversation) -> change.apply(conversation)));
    }
}
