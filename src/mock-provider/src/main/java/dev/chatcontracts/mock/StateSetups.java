package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;

/**
 * What the setups of the provider states do to the mock's stores. Every resource a state puts is a copy of
 * a seed template with the state's id. Each method answers the values the state made true, for Pact
 * "provider state generators".
 */
final class StateSetups {

    /** The plain agent (enabled, role id 3) that agents put by a state are copies of. */
    static final long TEMPLATE_AGENT_ID = 360000000003L;
    static final String TEMPLATE_CHAT_ID = "123";
    static final String TEMPLATE_OFFLINE_MESSAGE_ID = "1410.655464.Qz8Xw2LmNb";
    static final String TEMPLATE_VISITOR_ID = "1";
    static final String TEMPLATE_CONVERSATION_KEY = Conversation.key("zylkerinc", "666300030000479029");

    private final MockState state;
    private final Authenticator authenticator;

    StateSetups(MockState state, Authenticator authenticator) {
        this.state = state;
        this.authenticator = authenticator;
    }

    /**
     * {@code agent {agent_id} exists}: a copy of the plain agent with this id, replacing the agent with that
     * id and any with its e-mail address. The owner already exists and is left as it is.
     */
    ObjectNode putAgent(long id) {
        boolean owner = state.agents().find(id).filter(agent -> agent.roles().owner()).isPresent();
        if (!owner) {
            state.agents().put(pactAgent(id, "pact-agent-" + id + "@example.com"));
        }
        return Json.object().put("agent_id", id);
    }

    /** {@code agent {agent_id} does not exist}: deletes the agent; the owner cannot be deleted (400). */
    ObjectNode removeAgent(long id) {
        state.agents().find(id).ifPresent(agent -> {
            requireNotOwner(agent);
            state.agents().delete(id);
        });
        return Json.object().put("agent_id", id);
    }

    /**
     * {@code agent with e-mail {email_id} exists}: keeps an agent with this e-mail address (compared
     * case-insensitively), or creates one with the next id as a copy of the plain agent.
     */
    ObjectNode ensureAgentWithEmail(String email) {
        Agent agent = state.agents().findByEmail(email)
                .orElseGet(() -> state.agents().createStored(id -> pactAgent(id, email)));
        return Json.object().put("email_id", email).put("agent_id", agent.id());
    }

    /** {@code agent with e-mail {email_id} does not exist}: deletes that agent; not the owner (400). */
    ObjectNode removeAgentWithEmail(String email) {
        state.agents().findByEmail(email).ifPresent(agent -> {
            requireNotOwner(agent);
            state.agents().delete(agent.id());
        });
        return Json.object().put("email_id", email);
    }

    /**
     * {@code chat {chat_id} exists} / {@code offline message {chat_id} exists}: a copy of the template
     * with this id, replacing any chat with that id; the id is no longer remembered as deleted.
     */
    ObjectNode putChat(String id, String templateId) {
        ChatDocument template = template(state.seed().chats().stream().filter(chat -> chat.id().equals(templateId)),
                "chat " + templateId);
        ObjectNode json = template.json().deepCopy();
        json.put("id", id);
        json.put("type", template.type());
        state.chats().put(new ChatDocument(json));
        return Json.object().put("chat_id", id);
    }

    /** {@code chat {chat_id} does not exist}: forgets the chat, as if it had never existed. */
    ObjectNode removeChat(String id) {
        state.chats().forget(id);
        return Json.object().put("chat_id", id);
    }

    /** {@code visitor {visitor_id} exists}: a copy of visitor {@code "1"} with this id, replacing. */
    ObjectNode putVisitor(String id) {
        Visitor template = template(state.seed().visitors().stream()
                .filter(visitor -> visitor.id().equals(TEMPLATE_VISITOR_ID)), "visitor " + TEMPLATE_VISITOR_ID);
        state.visitors().put(new Visitor(template.banned(), template.created(), template.email(),
                template.externalId(), id, template.name(), template.notes(), template.phone()));
        return Json.object().put("visitor_id", id);
    }

    /** {@code visitor {visitor_id} does not exist}: removes the visitor. */
    ObjectNode removeVisitor(String id) {
        state.visitors().remove(id);
        return Json.object().put("visitor_id", id);
    }

    /**
     * {@code conversation {conversation_id} of {screen_name} exists}: a copy of the seed conversation with
     * this screen name and id, replacing.
     */
    ObjectNode putConversation(String conversationId, String screenName) {
        Conversation template = template(state.seed().conversations().stream()
                .filter(conversation -> conversation.key().equals(TEMPLATE_CONVERSATION_KEY)),
                "conversation " + TEMPLATE_CONVERSATION_KEY);
        state.conversations().put(new Conversation(screenName, conversationId, template.question(),
                template.visitor().deepCopy()));
        return Json.object().put("conversation_id", conversationId).put("screen_name", screenName);
    }

    /** {@code the request has no valid credentials}: the next API request is answered as one without. */
    ObjectNode ignoreNextCredentials() {
        authenticator.ignoreNextCredentials();
        return Json.object();
    }

    /** Teardown: every store back to the seed, and a pending "no valid credentials" cleared. */
    void teardown() {
        state.reset();
        authenticator.clearIgnoreNextCredentials();
    }

    /** A copy of the plain agent template with this id and e-mail address, and password {@code pact-agent-<id>}. */
    private AgentStore.StoredAgent pactAgent(long id, String email) {
        Agent template = template(state.seed().agents().stream().map(AgentStore.StoredAgent::agent)
                .filter(agent -> agent.id() == TEMPLATE_AGENT_ID), "agent " + TEMPLATE_AGENT_ID);
        Agent agent = new Agent(id, "Pact", "Agent " + id, "Pact agent " + id, template.createDate(), email,
                new AgentRoles(false, false), Agent.AGENT_ROLE_ID, true, template.departments(), template.skills(),
                template.lastLogin(), template.loginCount(), template.enabledDepartments());
        return new AgentStore.StoredAgent(agent, "pact-agent-" + id);
    }

    private static void requireNotOwner(Agent agent) {
        if (agent.roles().owner()) {
            throw ApiException.badRequest("agent " + agent.id() + " (" + agent.email()
                    + ") is the account owner, which cannot be deleted");
        }
    }

    /** The seed entry a state copies; the built-in seed has them all, and seed files only add or replace. */
    private static <T> T template(Stream<T> candidates, String what) {
        return candidates.findFirst().orElseThrow(() -> new IllegalStateException("The seed has no " + what + " to copy"));
    }
}
