package dev.chatcontracts.mock;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The visitors of the account by id; thread-safe. */
final class VisitorStore {

    private final ConcurrentMap<String, Visitor> byId = new ConcurrentHashMap<>();

    synchronized void replaceAll(Collection<Visitor> visitors) {
        byId.clear();
        visitors.forEach(visitor -> byId.put(visitor.id(), visitor));
    }

    Optional<Visitor> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    int size() {
        return byId.size();
    }

    /** Creates a visitor under a fresh id from the supplier (retried on the unlikely clash). */
    Visitor create(Supplier<String> ids, Function<String, Visitor> factory) {
        while (true) {
            String id = ids.get();
            Visitor visitor = factory.apply(id);
            if (byId.putIfAbsent(id, visitor) == null) {
                return visitor;
            }
        }
    }

    /** Stores a visitor under its own id, replacing the visitor with that id (provider states). */
    void put(Visitor visitor) {
        byId.put(visitor.id(), visitor);
    }

    /** Removes a visitor (provider states); {@code false} when none had that id. */
    boolean remove(String id) {
        return byId.remove(id) != null;
    }

    /** Every visitor, in no particular order; a live, weakly consistent view. */
    Collection<Visitor> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    Optional<Visitor> update(String id, UnaryOperator<Visitor> change) {
        return Optional.ofNullable(byId.computeIfPresent(id, (key, visitor) -> change.apply(visitor)));
    }
}
