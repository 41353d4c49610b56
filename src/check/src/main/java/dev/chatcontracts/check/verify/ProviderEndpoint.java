package dev.chatcontracts.check.verify;

import dev.chatcontracts.harness.ContractTarget;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the interactions of one spec go on a target: the target's base URL for that spec (a pact's full
 * path {@code /api/v2/chat/agents} becomes {@code <zendeskBaseUrl>/agents}),
 * and the Authorization header the target's credentials give. {@link #toString()} leaves the
 * credentials out.
 *
 * @param specName the spec
 * @param baseUrl the target's base URL for the spec, path prefix included, no trailing slash
 * @param authorization the Authorization header value, or null when the target has none for this spec
 */
record ProviderEndpoint(String specName, URI baseUrl, String authorization) {

    static final String ZENDESK = "zendesk-chat";
    static final String SALESIQ = "zoho-salesiq";

    /**
     * The endpoint of a pact's spec on a target: {@code zendesk-chat} on {@link ContractTarget#zendeskBaseUrl()},
     * {@code zoho-salesiq} on {@link ContractTarget#salesIqBaseUrl()}; another spec by its server URL's
     * host. Empty when the target has no base URL for it.
     */
    static Optional<ProviderEndpoint> of(ContractTarget target, String specName, String serverUrl) {
        return switch (vendor(specName, serverUrl)) {
            case ZENDESK -> Optional.of(zendesk(target, specName));
            case SALESIQ -> target.salesIqBaseUrl().map(base -> new ProviderEndpoint(specName, base, header(target.zohoAuthentication())));
            default -> Optional.empty();
        };
    }

    /** The Zendesk Chat endpoint of a target (where the state handlers look agents, chats and visitors up). */
    static ProviderEndpoint zendesk(ContractTarget target, String specName) {
        return new ProviderEndpoint(specName, target.zendeskBaseUrl(), header(target.zendeskAuthentication()));
    }

    private static String vendor(String specName, String serverUrl) {
        if (specName.equals(ZENDESK) || specName.equals(SALESIQ)) {
            return specName;
        }
        String url = serverUrl == null ? "" : serverUrl.toLowerCase(Locale.ROOT);
        if (url.contains("zendesk") || url.contains("zopim")) {
            return ZENDESK;
        }
        return url.contains("zoho") || url.contains("salesiq") ? SALESIQ : "";
    }

    /** The header the target's authentication sets, read off a throw-away request builder. */
    private static String header(Consumer<HttpRequest.Builder> authentication) {
        if (authentication == null) {
            return null;
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost/"));
        authentication.accept(builder);
        return builder.build().headers().firstValue("Authorization").orElse(null);
    }

    /**
     * The base URL's origin and path + {@code path} (a path relative to the spec's server URL, starting with {@code /}):
     * the URL requests go to, without the base URL's user info or query.
     */
    String url(String path) {
        String base = origin() + basePath();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /**
     * The URL of a pact path: a full path starting with the pact's base path has it replaced by the
     * target's; a path of a pact without a base path is relative to the target's base URL.
     */
    String url(String pactPath, String pactBasePath) {
        if (pactBasePath != null && pactPath.startsWith(pactBasePath)) {
            return url(pactPath.substring(pactBasePath.length()));
        }
        return url(pactPath);
    }

    /** A pact path relative to the target's base URL: without the pact's base path when it starts with it. */
    String relative(String pactPath, String pactBasePath) {
        return pactBasePath != null && pactPath.startsWith(pactBasePath) ? pactPath.substring(pactBasePath.length()) : pactPath;
    }

    /** {@code scheme://host[:port]} of the base URL: no user info (credentials come from the environment only). */
    String origin() {
        return baseUrl.getScheme() + "://" + baseUrl.getHost() + (baseUrl.getPort() >= 0 ? ":" + baseUrl.getPort() : "");
    }

    /** The path of the base URL without a trailing slash ({@code /api/v2/chat}); empty for the root. */
    String basePath() {
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Override
    public String toString() {
        return specName + " at " + origin() + basePath() + (authorization == null ? " (no credentials)" : " (credentials set)");
    }
}
