package dev.chatcontracts.mock;

/**
 * The deprecated role flags of an agent.
 *
 * @param owner         whether the agent owns the account
 * @param administrator whether the agent has administrator privileges
 */
record AgentRoles(boolean owner, boolean administrator) {
}
