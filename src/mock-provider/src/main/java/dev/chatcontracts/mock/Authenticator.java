package dev.chatcontracts.mock;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Checks the {@code Authorization} header of every request. Zendesk Chat: HTTP basic with an agent's
 * e-mail and password, or the bearer token (which acts as the owner). Zoho SalesIQ: the Zoho OAuth token.
 *
 * <p>The provider state {@code the request has no valid credentials} makes the next request that reaches
 * authentication be treated as one without an {@code Authorization} header, once.
 */
final class Authenticator {

    private static final String ZOHO_SCHEME = "zoho-oauthtoken ";

    private final AgentStore agents;
    private final Credentials credentials;
    private final AtomicBoolean ignoreNextCredentials = new AtomicBoolean();

    Authenticator(AgentStore agents, Credentials credentials) {
        this.agents = agents;
        this.credentials = credentials;
    }

    /** The caller behind the header, for the vendor the request was sent to; failures are 401s. */
    Caller authenticate(Vendor vendor, String authorization) {
        String header = ignoreNextCredentials.compareAndSet(true, false) ? null : authorization;
        return vendor == Vendor.ZOHO_SALESIQ ? authenticateZoho(header) : authenticateZendesk(header);
    }

    /** The next request to authenticate, of either vendor, is treated as carrying no credentials. */
    void ignoreNextCredentials() {
        ignoreNextCredentials.set(true);
    }

    /** Undoes {@link #ignoreNextCredentials()} if no request has used it yet. */
    void clearIgnoreNextCredentials() {
        ignoreNextCredentials.set(false);
    }

    private Caller authenticateZendesk(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ApiException.unauthorized(
                    "No credentials: send HTTP basic authentication (agent e-mail and password) or an OAuth bearer token");
        }
        String lower = authorization.toLowerCase(Locale.ROOT);
        if (lower.startsWith("bearer ")) {
            return bearer(authorization.substring("bearer ".length()).trim());
        }
        if (lower.startsWith("basic ")) {
            return basic(authorization.substring("basic ".length()).trim());
        }
        throw ApiException.unauthorized("Unsupported authorization scheme: use Basic or Bearer");
    }

    private Caller bearer(String token) {
        if (!token.equals(credentials.bearerToken())) {
            throw ApiException.unauthorized("The OAuth access token is invalid or has expired");
        }
        Agent owner = agents.owner().orElseThrow(() -> ApiException.unauthorized("The account has no owner"));
        return new Caller(owner.id(), Role.OWNER);
    }

    private Caller basic(String encoded) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.unauthorized("Malformed basic authentication header");
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            throw ApiException.unauthorized("Malformed basic authentication header: expected email:password");
        }
        Agent agent = agents.authenticate(pair.substring(0, colon), pair.substring(colon + 1))
                .orElseThrow(() -> ApiException.unauthorized("Invalid e-mail address or password"));
        if (!agent.enabled()) {
            throw ApiException.unauthorized("The agent " + agent.email() + " is disabled");
        }
        return new Caller(agent.id(), agent.role());
    }

    private Caller authenticateZoho(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(ZOHO_SCHEME)) {
            throw ApiException.unauthorized("Invalid authorization header: expected 'Zoho-oauthtoken <token>'")
                    .withZohoCode(ZohoCodes.INVALID_AUTHORIZATION_HEADER);
        }
        String token = authorization.substring(ZOHO_SCHEME.length()).trim();
        if (!token.equals(credentials.zohoToken())) {
            throw ApiException.unauthorized("Invalid OAuth token").withZohoCode(ZohoCodes.INVALID_OAUTH_TOKEN);
        }
        return Caller.ZOHO_CLIENT;
    }
}
