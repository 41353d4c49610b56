package dev.chatcontracts.mock;

/**
 * The authenticated Zendesk Chat agent behind a request.
 *
 * @param agentId the agent's id ({@code /agents/me})
 * @param role    what the agent may do
 */
record Caller(long agentId, Role role) {

    /** The caller of a Zoho SalesIQ request, which has no Zendesk agent. */
    static final Caller ZOHO_CLIENT = new Caller(0, Role.AGENT);

    boolean isOwner() {
        return role == Role.OWNER;
    }
}
