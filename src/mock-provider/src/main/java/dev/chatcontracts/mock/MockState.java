package dev.chatcontracts.mock;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** The in-memory state of the account, seeded, and the handlers of every operation over it. */
final class MockState {

    private final Seed seed;
    private final AgentStore agents = new AgentStore();
    private final VisitorStore visitors = new VisitorStore();
    private final ChatStore chats = new ChatStore();
    private final ConversationStore conversations = new ConversationStore();
    private final AtomicReference<Account> account = new AtomicReference<>();
    private final Map<Operation, OperationHandler> handlers = new EnumMap<>(Operation.class);

    MockState(Seed seed, Clock clock) {
        this.seed = seed;
        IdGenerator ids = new IdGenerator(seed.account().accountId());
        new AccountHandler(account).register(handlers);
        new AgentsHandler(agents, clock).register(handlers);
        new VisitorsHandler(visitors, ids, clock).register(handlers);
        new ChatsHandler(chats, new OfflineMessages(chats, ids), new ChatUpdates(chats), new ChatSearch(chats))
                .register(handlers);
        new SalesIqHandler(conversations).register(handlers);
        if (handlers.size() != Operation.values().length) {
            throw new IllegalStateException("Operations without a handler: " + handlers.keySet());
        }
        reset();
    }

    /** Puts every store back to the seed. */
    void reset() {
        account.set(seed.account());
        agents.replaceAll(seed.agents());
        visitors.replaceAll(seed.visitors());
        chats.replaceAll(seed.chats());
        conversations.replaceAll(seed.conversations());
    }

    /** What the mock starts with and returns to. */
    Seed seed() {
        return seed;
    }

    Account account() {
        return account.get();
    }

    AgentStore agents() {
        return agents;
    }

    VisitorStore visitors() {
        return visitors;
    }

    ChatStore chats() {
        return chats;
    }

    ConversationStore conversations() {
        return conversations;
    }

    Map<Operation, OperationHandler> handlers() {
        return handlers;
    }
}
