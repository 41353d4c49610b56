package dev.chatcontracts.mock;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedChannelException;

/**
 * Reads a request body within the size limit, without ever holding more than the limit: a declared
 * {@code Content-Length} over the limit is a 413 before a byte is read; a chunked body is counted while it
 * is read and is a 413 as soon as it passes the limit. A chunked body the JDK cannot parse is a 400. A
 * client that goes away mid-body (or is dropped by the JDK's request timeout) is a {@link ClientGoneException}.
 */
final class RequestBody {

    private static final int BUFFER = 8192;
    private static final byte[] EMPTY = new byte[0];

    private RequestBody() {
    }

    static byte[] read(HttpExchange exchange, long maxBytes) {
        String transferEncoding = exchange.getRequestHeaders().getFirst("Transfer-Encoding");
        // the JDK treats a body as chunked exactly when this header says "chunked", else uses Content-Length
        boolean chunked = transferEncoding != null && transferEncoding.equalsIgnoreCase("chunked");
        if (!chunked) {
            long declared = declaredLength(exchange);
            if (declared > maxBytes) {
                throw tooLarge(declared + " bytes declared in Content-Length", maxBytes);
            }
            if (declared == 0) {
                return EMPTY; // no Content-Length, or 0: no body, nothing to read or buffer
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        try {
            InputStream in = exchange.getRequestBody();
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge("more than " + maxBytes + " bytes sent", maxBytes);
                }
                body.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException failure) {
            if (failure instanceof ApiException api) {
                throw api;
            }
            String message = String.valueOf(failure.getMessage());
            if (chunked && (message.contains("chunk") || failure instanceof RuntimeException)) {
                // the JDK's ChunkedInputStream: "invalid chunk length", "invalid chunk end", or a runtime
                // exception for a chunk size that overflows
                throw ApiException.badRequest("Malformed chunked request body: " + failure)
                        .withHeader("Connection", "close");
            }
            if (failure instanceof ClosedChannelException) { // AsynchronousCloseException too
                throw new ClientGoneException(true, "the request was not complete within the request time limit ("
                        + JdkServerProperties.MAX_REQUEST_TIME + "=" + System.getProperty(JdkServerProperties.MAX_REQUEST_TIME)
                        + " s) or the mock stopped; " + total + " body bytes read");
            }
            throw new ClientGoneException(false, "while sending the request body (" + total + " bytes read): " + failure);
        }
        return body.toByteArray();
    }

    private static long declaredLength(HttpExchange exchange) {
        String value = exchange.getRequestHeaders().getFirst("Content-Length");
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0; // the JDK has refused such a request before a handler runs
        }
    }

    private static ApiException tooLarge(String what, long maxBytes) {
        return new ApiException(413, "The request body is too large: " + what + "; the limit is " + maxBytes
                + " bytes").withHeader("Connection", "close");
    }

    /** The client closed the connection (or the JDK dropped it) before the request was read. */
    static final class ClientGoneException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final boolean dropped;

        /** {@code dropped}: the server closed the connection (request time limit, stop) rather than the client. */
        ClientGoneException(boolean dropped, String message) {
            super(message, null, false, false);
            this.dropped = dropped;
        }

        boolean dropped() {
            return dropped;
        }
    }
}
