package dev.chatcontracts.mock;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * An operation with its path template cut into segments once, so that routing a request splits only
     * the request's path.
     *
     * @param operation the operation
     * @param segments  the template's segments: a literal, or a parameter name with {@code parameter} true
     * @param parameter per segment, whether it is a parameter
     */
    private record Route(Operation operation, String[] segments, boolean[] parameter) {

        static Route of(Operation operation) {
            String[] segments = operation.pathTemplate().split("/", -1);
            boolean[] parameter = new boolean[segments.length];
            for (int i = 0; i < segments.length; i++) {
                String segment = segments[i];
                parameter[i] = segment.startsWith("{") && segment.endsWith("}");
                if (parameter[i]) {
                    segments[i] = segment.substring(1, segment.length() - 1);
                }
            }
            return new Route(operation, segments, parameter);
        }
    }

    private static final List<Route> ROUTES = Arrays.stream(Operation.values()).map(Route::of).toList();

    /** Resolves a request; unknown paths are a 404, known paths with another method a 405. */
    Match route(String method, String rawPath) {
        String basePath = basePathOf(rawPath);
        if (basePath == null) {
            throw ApiException.notFound("No API is served at " + rawPath);
        }
        Vendor vendor = vendorOf(rawPath);
        String[] actual = rawPath.substring(basePath.length()).split("/", -1);
        // the first template that fits names the resource (literal paths such as /agents/me come first)
        String resource = null;
        Map<String, String> params = null;
        List<String> allowed = null;
        for (Route route : ROUTES) {
            Operation operation = route.operation();
            if (operation.vendor() != vendor || resource != null && !resource.equals(operation.pathTemplate())) {
                continue;
            }
            if (resource == null) {
                params = matchTemplate(route, actual);
                if (params == null) {
                    continue;
                }
                resource = operation.pathTemplate();
            }
            if (operation.method().equals(method)) {
                return new Match(operation, basePath, params);
            }
            if (allowed == null) {
                allowed = new ArrayList<>();
            }
            allowed.add(operation.method());
        }
        if (allowed != null) {
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

    /** The decoded path parameters when the path's segments fit the route's template, else {@code null}. */
    private static Map<String, String> matchTemplate(Route route, String[] actual) {
        String[] expected = route.segments();
        if (expected.length != actual.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < expected.length; i++) {
            if (route.parameter()[i]) {
                if (actual[i].isEmpty()) {
                    return null;
                }
                params.put(expected[i], decodeSegment(actual[i]));
            } else if (!expected[i].equals(actual[i])) {
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
