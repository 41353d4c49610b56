package dev.chatcontracts.mock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a method and a raw request path to an {@link Operation}. Zendesk Chat is served under the current
 * base path {@code /api/v2/chat} and the legacy {@code /api/v2}; Zoho SalesIQ under {@code /api}.
 */
final class Router {

    static final String ZENDESK_BASE_PATH = "/api/v2/chat";
    static final String ZENDESK_LEGACY_BASE_PATH = "/api/v2";
    static final String SALESIQ_BASE_PATH = "/api";

    /**
     * A resolved route.
     *
     * @param operation  the operation
     * @param basePath   the base path the request used
     * @param pathParams decoded path parameters
     */
    record Match(Operation operation, String basePath, Map<String, String> pathParams) {
    }

    /** The vendor whose error format applies to a path, whether or not it routes. */
    static Vendor vendorOf(String rawPath) {
        boolean zendesk = rawPath.equals(ZENDESK_LEGACY_BASE_PATH) || rawPath.startsWith(ZENDESK_LEGACY_BASE_PATH + "/");
        return zendesk || !rawPath.startsWith(SALESIQ_BASE_PATH + "/") ? Vendor.ZENDESK_CHAT : Vendor.ZOHO_SALESIQ;
    }

    /** Resolves a request; unknown paths are a 404, known paths with another method a 405. */
    Match route(String method, String rawPath) {
        String basePath = basePathOf(rawPath);
        if (basePath == null) {
            throw ApiException.notFound("No API is served at " + rawPath);
        }
        Vendor vendor = vendorOf(rawPath);
        String relative = rawPath.substring(basePath.length());
        // the first template that fits names the resource (literal paths such as /agents/me come first)
        String resource = null;
        Map<String, String> params = null;
        List<String> allowed = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            if (operation.vendor() != vendor || resource != null && !resource.equals(operation.pathTemplate())) {
                continue;
            }
            if (resource == null) {
                params = matchTemplate(operation.pathTemplate(), relative);
                if (params == null) {
                    continue;
                }
                resource = operation.pathTemplate();
            }
            if (operation.method().equals(method)) {
                return new Match(operation, basePath, params);
            }
            allowed.add(operation.method());
        }
        if (!allowed.isEmpty()) {
            throw new ApiException(405, method + " is not allowed on " + rawPath)
                    .withHeader("Allow", String.join(", ", allowed));
        }
        throw ApiException.notFound("No operation is served at " + rawPath);
    }

    private static String basePathOf(String rawPath) {
        if (rawPath.startsWith(ZENDESK_BASE_PATH + "/")) {
            return ZENDESK_BASE_PATH;
        }
        if (rawPath.startsWith(ZENDESK_LEGACY_BASE_PATH + "/")) {
            return ZENDESK_LEGACY_BASE_PATH;
        }
        if (rawPath.startsWith(SALESIQ_BASE_PATH + "/")) {
            return SALESIQ_BASE_PATH;
        }
        return null;
    }

    /** The decoded path parameters when the path fits the template, else {@code null}. */
    private static Map<String, String> matchTemplate(String template, String path) {
        String[] expected = template.split("/", -1);
        String[] actual = path.split("/", -1);
        if (expected.length != actual.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < expected.length; i++) {
            String segment = expected[i];
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return null;
                }
                params.put(segment.substring(1, segment.length() - 1), decodeSegment(actual[i]));
            } else if (!segment.equals(actual[i])) {
                return null;
            }
        }
        return params;
    }

    private static String decodeSegment(String raw) {
        // a path segment keeps '+' literally; only percent escapes are decoded, as strict UTF-8
        return Utf8.percentDecode(raw, false, "the path");
    }
}
