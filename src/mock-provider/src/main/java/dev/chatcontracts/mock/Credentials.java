package dev.chatcontracts.mock;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The credentials the mock accepts, as seeded. Zendesk Chat accepts HTTP basic authentication with an
 * agent's e-mail address and password, or an OAuth bearer token that acts as the account owner;
 * Zoho SalesIQ accepts {@code Authorization: Zoho-oauthtoken <token>}.
 *
 * @param ownerAgentId    the id of the owner agent
 * @param ownerEmail      the owner's e-mail address (basic authentication user)
 * @param ownerPassword   the owner's password
 * @param adminAgentId    the id of an administrator agent
 * @param adminEmail      the administrator's e-mail address
 * @param adminPassword   the administrator's password
 * @param agentAgentId    the id of a plain agent (neither owner nor administrator)
 * @param agentEmail      the plain agent's e-mail address
 * @param agentPassword   the plain agent's password
 * @param bearerToken     the Zendesk OAuth bearer token; it acts as the owner
 * @param zohoToken       the Zoho SalesIQ OAuth token
 */
public record Credentials(
        long ownerAgentId, String ownerEmail, String ownerPassword,
        long adminAgentId, String adminEmail, String adminPassword,
        long agentAgentId, String agentEmail, String agentPassword,
        String bearerToken, String zohoToken) {

    /** The credentials matching the built-in seed. */
    public static Credentials defaults() {
        return new Credentials(
                360000000001L, "owner@example.com", "owner-password",
                360000000002L, "admin@example.com", "admin-password",
                360000000003L, "agent@example.com", "agent-password",
                "mock-oauth-token", "mock-zoho-token");
    }

    /** An {@code Authorization} header value for HTTP basic authentication. */
    public static String basicAuthorization(String email, String password) {
        String pair = email + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code Authorization} header value that logs in as the owner with HTTP basic authentication. */
    public String ownerBasicAuthorization() {
        return basicAuthorization(ownerEmail, ownerPassword);
    }

    /** The {@code Authorization} header value that logs in as the administrator. */
    public String adminBasicAuthorization() {
        return basicAuthorization(adminEmail, adminPassword);
    }

    /** The {@code Authorization} header value that logs in as the plain agent. */
    public String agentBasicAuthorization() {
        return basicAuthorization(agentEmail, agentPassword);
    }

    /** The {@code Authorization} header value carrying the Zendesk OAuth bearer token. */
    public String bearerAuthorization() {
        return "Bearer " + bearerToken;
    }

    /** The {@code Authorization} header value carrying the Zoho SalesIQ OAuth token. */
    public String zohoAuthorization() {
        return "Zoho-oauthtoken " + zohoToken;
    }
}
