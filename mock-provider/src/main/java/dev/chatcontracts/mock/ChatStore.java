package dev.chatcontracts.mock;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The chats and offline messages of the account, and the ids of those deleted; thread-safe. */
final class ChatStore {

    /** What deleting one id did. */
    enum DeleteOutcome { DELETED, ALREADY_DELETED, NOT_FOUND }

    private final ConcurrentMap<String, ChatDocument> byId = new ConcurrentHashMap<>();
    private final Set<String> deletedIds = ConcurrentHashMap.newKeySet();

    synchronized void replaceAll(Collection<ChatDocument> chats) {
        byId.clear();
        deletedIds.clear();
        chats.forEach(chat -> byId.put(chat.id(), chat));
    }

    /** Every chat, in {@link ChatDocument#ORDER}. */
    List<ChatDocument> all() {
        return byId.values().stream().sorted(ChatDocument.ORDER).toList();
    }

    Optional<ChatDocument> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Stores a new chat under a fresh id from the supplier (retried on the unlikely clash). */
    ChatDocument create(Supplier<String> ids, Function<String, ChatDocument> factory) {
        while (true) {
            String id = ids.get();
            ChatDocument chat = factory.apply(id);
            if (!deletedIds.contains(id) && byId.putIfAbsent(id, chat) == null) {
                return chat;
            }
        }
    }

    Optional<ChatDocument> update(String id, UnaryOperator<ChatDocument> change) {
        return Optional.ofNullable(byId.computeIfPresent(id, (key, chat) -> change.apply(chat)));
    }

    synchronized DeleteOutcome delete(String id) {
        if (byId.remove(id) != null) {
            deletedIds.add(id);
            return DeleteOutcome.DELETED;
        }
        return deletedIds.contains(id) ? DeleteOutcome.ALREADY_DELETED : DeleteOutcome.NOT_FOUND;
    }
}
