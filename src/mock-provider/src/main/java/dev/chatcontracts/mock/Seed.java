package dev.chatcontracts.mock;

import java.util.List;

/**
 * Everything the mock starts with (and returns to on {@link MockProvider#reset()}).
 *
 * @param account       the account
 * @param agents        agents with their passwords
 * @param visitors      visitors
 * @param chats         chats and offline messages
 * @param conversations Zoho SalesIQ conversations
 */
record Seed(Account account, List<AgentStore.StoredAgent> agents, List<Visitor> visitors, List<ChatDocument> chats,
            List<Conversation> conversations) {

    Seed {
        agents = List.copyOf(agents);
        visitors = List.copyOf(visitors);
        chats = List.copyOf(chats);
        conversations = List.copyOf(conversations);
    }
}
