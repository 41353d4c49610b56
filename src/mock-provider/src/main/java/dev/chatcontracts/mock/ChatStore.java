package dev.chatcontracts.mock;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The chats and offline messages of the account, and the ids of those deleted; thread-safe.
 *
 * <p>Chats are kept by id and in an ordered index by {@link ChatDocument.SortKey} (timestamp, then id), so
 * listing and search walk them in order without sorting, and a page is found from its cursor by a lookup.
 * Writes hold the store's lock, so both maps change together; reads take no lock and see each chat either
 * before or after a concurrent write, as the maps' views are weakly consistent.
 */
final class ChatStore {

    /** What deleting one id did. */
    enum DeleteOutcome { DELETED, ALREADY_DELETED, NOT_FOUND }

    /**
     * One page of the listing.
     *
     * @param chats      the page's chats, in order
     * @param total      the number of chats stored
     * @param moreBefore whether chats sort before the page's position
     * @param moreAfter  whether chats sort after the page's position
     */
    record Page(List<ChatDocument> chats, int total, boolean moreBefore, boolean moreAfter) {
    }

    private final ConcurrentMap<String, ChatDocument> byId = new ConcurrentHashMap<>();
    private final ConcurrentNavigableMap<ChatDocument.SortKey, ChatDocument> ordered = new ConcurrentSkipListMap<>();
    private final Set<String> deletedIds = ConcurrentHashMap.newKeySet();
    private final ChatSearchIndex searchIndex = new ChatSearchIndex();

    synchronized void replaceAll(Collection<ChatDocument> chats) {
        byId.clear();
        ordered.clear();
        searchIndex.clear();
        deletedIds.clear();
        chats.forEach(chat -> index(chat.id(), chat));
    }

    /** Every chat, in listing order (timestamp, then id); a live, weakly consistent view. */
    Collection<ChatDocument> inOrder() {
        return Collections.unmodifiableCollection(ordered.values());
    }

    /**
     * The chats a search may match, in listing order: those the index narrows its terms to, or every chat when
     * no term can use the index. A weakly consistent view, as {@link #inOrder()}.
     */
    Iterable<ChatDocument> searchCandidates(ChatSearchQuery query) {
        NavigableSet<ChatDocument.SortKey> keys = searchIndex.candidates(query.lookups());
        if (keys == null) {
            return inOrder();
        }
        return () -> keys.stream().map(ordered::get).filter(Objects::nonNull).iterator();
    }

    /**
     * The page of at most {@code size} chats that a cursor designates: the first page without one, the chats
     * after its key going forward, and going backward the chats before it, leaving out the chat the cursor
     * was made from.
     */
    Page page(ChatCursor cursor, int size) {
        if (cursor == null) {
            Iterator<ChatDocument> all = ordered.values().iterator();
            List<ChatDocument> chats = fill(all, size, new ArrayList<>(size));
            return new Page(chats, byId.size(), false, all.hasNext());
        }
        ChatDocument.SortKey key = cursor.key();
        if (cursor.forward()) {
            Iterator<ChatDocument> after = ordered.tailMap(key, false).values().iterator();
            List<ChatDocument> chats = fill(after, size, new ArrayList<>(size));
            return new Page(chats, byId.size(), ordered.floorKey(key) != null, after.hasNext());
        }
        Iterator<ChatDocument> before = ordered.headMap(key, true).descendingMap().values().iterator();
        ChatDocument last = before.hasNext() ? before.next() : null;
        boolean cursorChat = last != null && last.id().equals(cursor.chatId());
        List<ChatDocument> chats = new ArrayList<>(size);
        if (last != null && !cursorChat && size > 0) {
            chats.add(last);
        }
        fill(before, size, chats);
        Collections.reverse(chats);
        return new Page(chats, byId.size(), before.hasNext(), cursorChat || ordered.higherKey(key) != null);
    }

    Optional<ChatDocument> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Stores a new chat under a fresh id from the supplier (retried on the unlikely clash). */
    ChatDocument create(Supplier<String> ids, Function<String, ChatDocument> factory) {
        while (true) {
            String id = ids.get();
            ChatDocument chat = factory.apply(id);
            if (putIfNew(id, chat)) {
                return chat;
            }
        }
    }

    /** Replaces a chat with {@code change} applied to it (under the store's lock), if it is stored. */
    synchronized Optional<ChatDocument> update(String id, UnaryOperator<ChatDocument> change) {
        ChatDocument current = byId.get(id);
        if (current == null) {
            return Optional.empty();
        }
        ChatDocument updated = Objects.requireNonNull(change.apply(current), "updated chat");
        index(id, updated);
        return Optional.of(updated);
    }

    synchronized DeleteOutcome delete(String id) {
        ChatDocument removed = byId.remove(id);
        if (removed != null) {
            ordered.remove(removed.sortKey());
            searchIndex.remove(removed);
            deletedIds.add(id);
            return DeleteOutcome.DELETED;
        }
        return deletedIds.contains(id) ? DeleteOutcome.ALREADY_DELETED : DeleteOutcome.NOT_FOUND;
    }

    /**
     * Stores a chat under its own id (provider states), replacing the chat with that id; an id that was
     * deleted is no longer remembered as deleted.
     */
    synchronized void put(ChatDocument chat) {
        deletedIds.remove(chat.id());
        index(chat.id(), chat);
    }

    /**
     * Forgets a chat (provider states): it is removed and not remembered as deleted, as if it had never
     * existed, so bulk delete reports it {@code not_found}. {@code false} when no chat had that id.
     */
    synchronized boolean forget(String id) {
        deletedIds.remove(id);
        ChatDocument removed = byId.remove(id);
        if (removed == null) {
            return false;
        }
        ordered.remove(removed.sortKey());
        searchIndex.remove(removed);
        return true;
    }

    /** Every chat, in no particular order; a live, weakly consistent view. */
    Collection<ChatDocument> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    /** The ids of the chats deleted since the seed, in no particular order. */
    Set<String> deletedIds() {
        return Collections.unmodifiableSet(deletedIds);
    }

    private synchronized boolean putIfNew(String id, ChatDocument chat) {
        if (deletedIds.contains(id) || byId.containsKey(id)) {
            return false;
        }
        index(id, chat);
        return true;
    }

    /** Stores or replaces a chat in both maps; the caller holds the lock. */
    private void index(String id, ChatDocument chat) {
        ChatDocument previous = byId.put(id, chat);
        if (previous != null) {
            searchIndex.remove(previous);
        }
        ordered.put(chat.sortKey(), chat);
        if (previous != null && !previous.sortKey().equals(chat.sortKey())) {
            ordered.remove(previous.sortKey());
        }
        searchIndex.add(chat);
    }

    /** Adds chats from the iterator until the list holds {@code size}. */
    private static List<ChatDocument> fill(Iterator<ChatDocument> chats, int size, List<ChatDocument> into) {
        while (into.size() < size && chats.hasNext()) {
            into.add(chats.next());
        }
        return into;
    }
}
