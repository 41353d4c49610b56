package dev.chatcontracts.mock;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer: the HTTP status, a human readable description and, for Zoho SalesIQ, the Zoho error
 * code. The dispatcher renders it in the body format of the vendor that was called.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final Integer zohoCode;
    private final transient Map<String, String> headers;

    ApiException(int status, String description) {
        this(status, description, null, Map.of());
    }

    private ApiException(int status, String description, Integer zohoCode, Map<String, String> headers) {
        super(description);
        this.status = status;
        this.zohoCode = zohoCode;
        this.headers = Map.copyOf(headers);
    }

    static ApiException badRequest(String description) {
        return new ApiException(400, description);
    }

    static ApiException unauthorized(String description) {
        return new ApiException(401, description);
    }

    static ApiException forbidden(String description) {
        return new ApiException(403, description);
    }

    static ApiException notFound(String description) {
        return new ApiException(404, description);
    }

    static ApiException tooManyRequests(long retryAfterSeconds) {
        return new ApiException(429, "Rate limit exceeded: retry after " + retryAfterSeconds + " seconds", null,
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** The same error carrying an explicit Zoho SalesIQ error code. */
    ApiException withZohoCode(int code) {
        return new ApiException(status, getMessage(), code, headers);
    }

    /** The same error with an extra response header. */
    ApiException withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new ApiException(status, getMessage(), zohoCode, all);
    }

    int status() {
        return status;
    }

    String description() {
        return getMessage();
    }

    /** The Zoho error code: the explicit one, else the code Zoho uses for this kind of failure. */
    int zohoCode() {
        if (zohoCode != null) {
            return zohoCode;
        }
        return switch (status) {
            case 400, 404, 405 -> ZohoCodes.INVALID_PARAMS;
            case 401 -> ZohoCodes.INVALID_OAUTH_TOKEN;
            case 403 -> ZohoCodes.PERMISSION_DENIED;
            case 429 -> ZohoCodes.TOO_MANY_REQUESTS;
            default -> status;
        };
    }

    Map<String, String> headers() {
        return headers;
    }
}
