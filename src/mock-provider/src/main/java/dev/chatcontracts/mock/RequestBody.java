package dev.chatcontracts.mock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * Reads a request body within the size limit, without ever holding more than the limit: a declared
 * {@code Content-Length} over the limit is a 413 before a byte is read; a chunked body is counted while it
 * is read and is a 413 as soon as it passes the limit. A chunked body the server cannot parse is a 400. A
 * client that goes away mid-body, or does not send it whole within {@link MockServer#REQUEST_TIME_LIMIT_MILLIS}
 * (its connection is then closed), is a {@link ClientGoneException}.
 */
final class RequestBody {

    private static final int BUFFER = 8192;
    private static final byte[] EMPTY = new byte[0];

    private RequestBody() {
    }

    static byte[] read(HttpCall call, long maxBytes) {
        String transferEncoding = call.header("Transfer-Encoding");
        boolean chunked = transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked");
        if (!chunked) {
            long declared = declaredLength(call);
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
            InputStream in = call.body(MockServer.REQUEST_TIME_LIMIT_MILLIS);
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
            if (call.timedOut()) {
                throw new ClientGoneException(true, "the request was not complete within the request time limit ("
                        + MockServer.REQUEST_TIME_LIMIT_MILLIS / 1000 + " s); " + total + " body bytes read");
            }
            if (isBadMessage(failure, chunked)) {
                // Jetty's parser: a bad chunk size, a missing CRLF, a chunk size that overflows
                throw ApiException.badRequest("Malformed " + (chunked ? "chunked " : "") + "request body: "
                        + failure.getMessage()).withHeader("Connection", "close");
            }
            throw new ClientGoneException(false, "while sending the request body (" + total + " bytes read): " + failure);
        } finally {
            call.bodyRead();
        }
        return body.toByteArray();
    }

    private static long declaredLength(HttpCall call) {
        String value = call.header("Content-Length");
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0; // the server has refused such a request before a handler runs
        }
    }

    /**
     * Whether the server's parser refused the body rather than the client going away. Jetty ends a chunked body
     * it cannot parse as it ends one whose client went away (an early end of file), so for a chunked body an early
     * end counts as malformed; for a body with a {@code Content-Length} it is a client gone.
     */
    private static boolean isBadMessage(Throwable failure, boolean chunked) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException) {
                return chunked || !(cause instanceof EofException);
            }
        }
        return false;
    }

    private static ApiException tooLarge(String what, long maxBytes) {
        return new ApiException(413, "The request body is too large: " + what + "; the limit is " + maxBytes
                + " bytes").withHeader("Connection", "close");
    }

    /** The client closed the connection (or the mock dropped it) before the request was read. */
    static final class ClientGoneException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final boolean dropped;

        /** {@code dropped}: the mock closed the connection (request time limit, stop) rather than the client. */
        ClientGoneException(boolean dropped, String message) {
            super(message, null, false, false);
            this.dropped = dropped;
        }

        boolean dropped() {
            return dropped;
        }
    }
}
