package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Writes answers and vendor-specific error bodies; a client that has gone away is logged, not an error. */
final class ResponseWriter {

    static final String JSON = "application/json; charset=utf-8";

    private ResponseWriter() {
    }

    static void write(HttpCall call, ApiResponse response) {
        byte[] body = response.body() == null ? null
                : response.body() instanceof RawJson raw ? raw.bytes() : Json.write(response.body());
        call.send(response.status(), response.headers(), JSON, body);
    }

    /**
     * Zendesk Chat: {@code {"error": "<Reason>", "description": "..."}}; Zoho SalesIQ:
     * {@code {"error": {"code": <int>, "message": "..."}}}.
     */
    static void writeError(HttpCall call, Vendor vendor, ApiException error) {
        call.send(error.status(), error.headers(), JSON, errorBody(vendor, error));
    }

    /** The error body of {@link #writeError}. */
    static byte[] errorBody(Vendor vendor, ApiException error) {
        ObjectNode body = Json.object();
        if (vendor == Vendor.ZOHO_SALESIQ) {
            ObjectNode detail = body.putObject("error");
            detail.put("code", error.zohoCode());
            detail.put("message", error.description());
        } else {
            body.put("error", reasonPhrase(error.status()));
            body.put("description", error.description());
        }
        return Json.write(body);
    }

    static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 414 -> "URI Too Long";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 505 -> "HTTP Version Not Supported";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
