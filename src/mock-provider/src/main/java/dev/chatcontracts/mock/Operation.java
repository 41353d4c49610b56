package dev.chatcontracts.mock;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 21 documented operations the mock serves (20 of Zendesk Chat, 1 of Zoho SalesIQ), each with the
 * operation id used by the specs and by {@link Faults}, its HTTP method, its path relative to the vendor's base
 * path and its documented status.
 *
 * <p>Declaration order matters: literal paths ({@code /agents/me}, {@code /chats/search}) come before the
 * templated paths that would otherwise capture them.
 */
public enum Operation {
    SHOW_ACCOUNT("showAccount", "GET", "/account", Role.ADMINISTRATOR, 200),
    UPDATE_ACCOUNT("updateAccount", "PUT", "/account", Role.OWNER, 200),
    LIST_AGENTS("listAgents", "GET", "/agents", Role.AGENT, 200),
    CREATE_AGENT("createAgent", "POST", "/agents", Role.ADMINISTRATOR, 201),
    SHOW_REQUESTING_AGENT("showRequestingAgent", "GET", "/agents/me", Role.AGENT, 200),
    UPDATE_REQUESTING_AGENT("updateRequestingAgent", "PUT", "/agents/me", Role.ADMINISTRATOR, 200),
    SHOW_AGENT_BY_EMAIL("showAgentByEmail", "GET", "/agents/email/{email_id}", Role.ADMINISTRATOR, 200),
    SHOW_AGENT("showAgent", "GET", "/agents/{agent_id}", Role.ADMINISTRATOR, 200),
    UPDATE_AGENT("updateAgent", "PUT", "/agents/{agent_id}", Role.ADMINISTRATOR, 200),
    DELETE_AGENT("deleteAgent", "DELETE", "/agents/{agent_id}", Role.ADMINISTRATOR, 204),
    LIST_CHATS("listChats", "GET", "/chats", Role.ADMINISTRATOR, 200),
    CREATE_CHAT("createChat", "POST", "/chats", Role.ADMINISTRATOR, 201),
    BULK_DELETE_CHATS("bulkDeleteChats", "DELETE", "/chats", Role.ADMINISTRATOR, 200),
    SEARCH_CHATS("searchChats", "GET", "/chats/search", Role.ADMINISTRATOR, 200),
    SHOW_CHAT("showChat", "GET", "/chats/{chat_id}", Role.ADMINISTRATOR, 200),
    UPDATE_CHAT("updateChat", "PUT", "/chats/{chat_id}", Role.ADMINISTRATOR, 200),
    DELETE_CHAT("deleteChat", "DELETE", "/chats/{chat_id}", Role.ADMINISTRATOR, 204),
    CREATE_VISITOR("createVisitor", "POST", "/visitors", Role.ADMINISTRATOR, 201),
    SHOW_VISITOR("showVisitor", "GET", "/visitors/{visitor_id}", Role.ADMINISTRATOR, 200),
    UPDATE_VISITOR("updateVisitor", "PUT", "/visitors/{visitor_id}", Role.ADMINISTRATOR, 200),
    UPDATE_CONVERSATION_VISITOR("updateConversationVisitor", "PUT",
            "/visitor/v1/{screen_name}/conversations/{conversation_id}/visitor", null, 200);

    private final String id;
    private final String method;
    private final String pathTemplate;
    private final Role requiredRole;
    private final int documentedStatus;

    Operation(String id, String method, String pathTemplate, Role requiredRole, int documentedStatus) {
        this.id = id;
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.requiredRole = requiredRole;
        this.documentedStatus = documentedStatus;
    }

    /** The operation id, e.g. {@code showAgent}. */
    public String id() {
        return id;
    }

    /** The HTTP method, e.g. {@code GET}. */
    public String method() {
        return method;
    }

    /** The path relative to the vendor's base path, e.g. {@code /agents/{agent_id}}. */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** The vendor whose API this operation belongs to. */
    public Vendor vendor() {
        return requiredRole == null ? Vendor.ZOHO_SALESIQ : Vendor.ZENDESK_CHAT;
    }

    /** The status of a successful answer, as documented. */
    public int documentedStatus() {
        return documentedStatus;
    }

    /** The least privileged Zendesk role allowed to call this operation ("Allowed for" in the docs). */
    Role requiredRole() {
        return requiredRole;
    }

    /** The operation of the given id, if there is one. */
    public static Optional<Operation> byId(String id) {
        return Arrays.stream(values()).filter(op -> op.id.equals(id)).findFirst();
    }

    /** All operation ids, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Operation::id).toList();
    }
}
