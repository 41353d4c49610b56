package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** Writes answers and vendor-specific error bodies; a client that has gone away is ignored. */
final class ResponseWriter {

    private static final String JSON = "application/json; charset=utf-8";
    private static final System.Logger LOG = System.getLogger(ResponseWriter.class.getName());

    private ResponseWriter() {
    }

    static void write(HttpExchange exchange, ApiResponse response) {
        byte[] body = response.body() == null ? null
                : response.body() instanceof RawJson raw ? raw.bytes() : Json.write(response.body());
        send(exchange, response.status(), response.headers(), body);
    }

    /**
     * Zendesk Chat: {@code {"error": "<Reason>", "description": "..."}}; Zoho SalesIQ:
     * {@code {"error": {"code": <int>, "message": "..."}}}.
     */
    static void writeError(HttpExchange exchange, Vendor vendor, ApiException error) {
        ObjectNode body = Json.object();
        if (vendor == Vendor.ZOHO_SALESIQ) {
            ObjectNode detail = body.putObject("error");
            detail.put("code", error.zohoCode());
            detail.put("message", error.description());
        } else {
            body.put("error", reasonPhrase(error.status()));
            body.put("description", error.description());
        }
        send(exchange, error.status(), error.headers(), Json.write(body));
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
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body) {
        try {
            headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (body == null) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", JSON);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException clientGone) {
            // the client closed the connection: nothing left to tell it
            logClientGone(exchange, false, "before the answer (" + status + ") was written: " + clientGone);
        }
    }

    /**
     * One log record, no stack trace, for a client that closed the connection mid-exchange ({@code dropped}
     * false) or whose connection the server closed (request time limit, stop).
     */
    static void logClientGone(HttpExchange exchange, boolean dropped, String detail) {
        LOG.log(System.Logger.Level.INFO, () -> "Client " + exchange.getRemoteAddress()
                + (dropped ? " dropped during " : " went away during ") + exchange.getRequestMethod() + " "
                + exchange.getRequestURI().getRawPath() + (dropped ? ": " : " ") + detail);
    }
}
