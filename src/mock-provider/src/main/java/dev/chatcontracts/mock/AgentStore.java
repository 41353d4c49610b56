package dev.chatcontracts.mock;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

/**
 * The agents of the account, ordered by id, with their passwords. Reads are lock-free; writes are
 * serialised so that ids stay sequential and e-mail addresses unique.
 */
final class AgentStore {

    /**
     * An agent and its write-only password.
     *
     * @param agent    the agent
     * @param password the password used for HTTP basic authentication
     */
    record StoredAgent(Agent agent, String password) {
    }

    /**
     * An agent's JSON, serialised once per stored version: valid while {@code source} is still the stored
     * entry (every write stores a new {@link StoredAgent}, so a changed agent never matches an old entry).
     *
     * @param source the stored entry the bytes were made from
     * @param json   its agent as the API returns it
     */
    private record Serialized(StoredAgent source, RawJson json) {
    }

    private final ConcurrentSkipListMap<Long, StoredAgent> byId = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<Long, Serialized> serialized = new ConcurrentHashMap<>();
    /** The owner, looked up again by every write (all of which hold the lock); reads take no lock. */
    private volatile Optional<Agent> owner = Optional.empty();

    /** Replaces every agent (seeding and reset). */
    synchronized void replaceAll(Collection<StoredAgent> agents) {
        byId.clear();
        serialized.clear();
        agents.forEach(stored -> byId.put(stored.agent().id(), stored));
        findOwner();
    }

    /** All agents, ordered by id. */
    List<Agent> all() {
        return byId.values().stream().map(StoredAgent::agent).toList();
    }

    Optional<Agent> find(long id) {
        return Optional.ofNullable(byId.get(id)).map(StoredAgent::agent);
    }

    /** The agent's JSON as the API returns it ({@link Json#write} of {@link #find}), serialised once per version. */
    Optional<RawJson> findJson(long id) {
        StoredAgent stored = byId.get(id);
        if (stored == null) {
            serialized.remove(id);
            return Optional.empty();
        }
        Serialized cached = serialized.get(id);
        if (cached == null || cached.source() != stored) {
            cached = new Serialized(stored, new RawJson(Json.write(stored.agent())));
            serialized.put(id, cached);
        }
        return Optional.of(cached.json());
    }

    Optional<Agent> findByEmail(String email) {
        return findStoredByEmail(email).map(StoredAgent::agent);
    }

    Optional<Agent> owner() {
        return owner;
    }

    /** The agent whose e-mail and password match. */
    Optional<Agent> authenticate(String email, String password) {
        return findStoredByEmail(email).filter(stored -> stored.password().equals(password)).map(StoredAgent::agent);
    }

    /** Creates an agent with the next id (last id + 1); a taken e-mail address is a 400. */
    synchronized Agent create(String password, LongFunction<Agent> factory) {
        return createStored(id -> new StoredAgent(factory.apply(id), password));
    }

    /** Creates an agent with the next id, as {@link #create} does, with a password that may depend on the id. */
    synchronized Agent createStored(LongFunction<StoredAgent> factory) {
        long id = byId.isEmpty() ? 1 : byId.lastKey() + 1;
        StoredAgent stored = factory.apply(id);
        requireFreeEmail(stored.agent().email(), id);
        byId.put(id, stored);
        findOwner();
        return stored.agent();
    }

    /** Applies a change to an existing agent; a taken e-mail address is a 400. */
    synchronized Optional<Agent> update(long id, UnaryOperator<Agent> change) {
        return update(id, change, null);
    }

    /** Applies a change to an existing agent and, when {@code newPassword} is not null, sets its password. */
    synchronized Optional<Agent> update(long id, UnaryOperator<Agent> change, String newPassword) {
        StoredAgent stored = byId.get(id);
        if (stored == null) {
            return Optional.empty();
        }
        Agent changed = change.apply(stored.agent());
        requireFreeEmail(changed.email(), id);
        byId.put(id, new StoredAgent(changed, newPassword != null ? newPassword : stored.password()));
        findOwner();
        return Optional.of(changed);
    }

    synchronized boolean delete(long id) {
        boolean deleted = byId.remove(id) != null;
        serialized.remove(id);
        findOwner();
        return deleted;
    }

    /**
     * Stores an agent under its own id (provider states), replacing the agent with that id and any other
     * agent with the same e-mail address. The ids {@link #create} assigns are not affected unless the id is
     * above every other. The owner is never replaced: a clash with it is a 400.
     */
    synchronized void put(StoredAgent stored) {
        Agent agent = stored.agent();
        StoredAgent sameId = byId.get(agent.id());
        Optional<StoredAgent> sameEmail = findStoredByEmail(agent.email())
                .filter(other -> other.agent().id() != agent.id());
        sameEmail.ifPresent(AgentStore::requireNotOwner);
        if (sameId != null) {
            requireNotOwner(sameId);
        }
        sameEmail.ifPresent(other -> byId.remove(other.agent().id()));
        byId.put(agent.id(), stored);
        findOwner();
    }

    /** After a write: the first agent (by id) that is the owner, as {@link #owner()} answers until the next write. */
    private void findOwner() {
        owner = byId.values().stream().map(StoredAgent::agent).filter(agent -> agent.roles().owner()).findFirst();
    }

    /** Agents with ids in [fromId, toId], ascending. */
    List<Agent> range(long fromId, long toId) {
        if (fromId > toId) {
            return List.of();
        }
        return byId.subMap(fromId, true, toId, true).values().stream().map(StoredAgent::agent).toList();
    }

    /** Whether any agent has an id above {@code id}. */
    boolean hasAfter(long id) {
        return byId.higherKey(id) != null;
    }

    /** Whether any agent has an id below {@code id}. */
    boolean hasBefore(long id) {
        return byId.lowerKey(id) != null;
    }

    private static void requireNotOwner(StoredAgent stored) {
        if (stored.agent().roles().owner()) {
            throw ApiException.badRequest("agent " + stored.agent().id() + " (" + stored.agent().email()
                    + ") is the account owner, which cannot be replaced");
        }
    }

    private void requireFreeEmail(String email, long ownId) {
        findStoredByEmail(email).filter(other -> other.agent().id() != ownId).ifPresent(other -> {
            throw ApiException.badRequest("The e-mail address " + email + " is already used by agent "
                    + other.agent().id());
        });
    }

    /** The agent with this e-mail address (case-insensitive); none for a null or empty address. */
    private Optional<StoredAgent> findStoredByEmail(String email) {
        if (email == null || email.isEmpty()) {
            return Optional.empty();
        }
        String wanted = email.toLowerCase(Locale.ROOT);
        return byId.values().stream()
                .filter(stored -> stored.agent().email() != null
                        && stored.agent().email().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
