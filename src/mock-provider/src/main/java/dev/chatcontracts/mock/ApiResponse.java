package dev.chatcontracts.mock;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A successful answer before it is written: status, body (a record, a JSON tree, or raw JSON bytes that
 * are written as they are) and extra headers.
 *
 * @param status  the HTTP status
 * @param body    the body, or {@code null} for none
 * @param headers extra response headers
 */
record ApiResponse(int status, Object body, Map<String, String> headers) {

    ApiResponse {
        headers = Map.copyOf(headers);
    }

    static ApiResponse ok(Object body) {
        return new ApiResponse(200, body, Map.of());
    }

    static ApiResponse created(Object body) {
        return new ApiResponse(201, body, Map.of());
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, null, Map.of());
    }

    /** The same answer with one more header. */
    ApiResponse withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new ApiResponse(status, body, all);
    }
}
