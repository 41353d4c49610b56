package dev.chatcontracts.mock;

import java.io.EOFException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * One request and its answer, as the mock's handlers see them: the request line and headers, the body as a
 * stream, and exactly one way to end it (an answer, or the connection dropped). Confines the HTTP server's
 * types to this class and {@link MockServer}.
 */
final class HttpCall {

    /** The logger the README names for these lines (they were written by {@link ResponseWriter} once). */
    private static final System.Logger LOG = System.getLogger(ResponseWriter.class.getName());

    /** How much longer than the request time limit a connection may stay silent while its body is read. */
    private static final long BODY_IDLE_MARGIN_MILLIS = 5_000;

    private final Request request;
    private final Response response;
    private final Callback callback;
    /** Whether an answer was written or the connection dropped (only the handler's thread ends a call). */
    private boolean ended;
    private volatile boolean timedOut;
    private Scheduler.Task deadline;
    /** The connection's idle timeout before the body was read (it is lengthened meanwhile), or -1. */
    private long idleTimeout = -1;

    HttpCall(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    String method() {
        return request.getMethod();
    }

    /** The path as sent, escapes not decoded. */
    String rawPath() {
        String path = request.getHttpURI().getPath();
        return path == null ? "/" : path;
    }

    /** The query as sent, escapes not decoded, or null. */
    String rawQuery() {
        return request.getHttpURI().getQuery();
    }

    /** The first value of a request header, or null. */
    String header(String name) {
        return request.getHeaders().get(name);
    }

    /** The client's address, for log lines. */
    String remote() {
        return String.valueOf(request.getConnectionMetaData().getRemoteSocketAddress());
    }

    /**
     * The request body, to be read within {@code limitMillis} from now: past it the connection is closed (a read
     * then fails and {@link #timedOut()} is true), which frees the thread a slow client holds.
     */
    InputStream body(long limitMillis) {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        // a body that stalls is the request time limit's to drop, not the idle timeout's (both run from about the
        // last byte read: which fired first was a race)
        idleTimeout = endPoint.getIdleTimeout();
        endPoint.setIdleTimeout(Math.max(idleTimeout, limitMillis + BODY_IDLE_MARGIN_MILLIS));
        deadline = request.getComponents().getScheduler().schedule(() -> {
            timedOut = true;
            endPoint.close();
        }, limitMillis, TimeUnit.MILLISECONDS);
        return Content.Source.asInputStream(request);
    }

    /** The body has been read (or given up on): the time limit no longer runs ({@link RequestBody} calls it). */
    void bodyRead() {
        if (deadline != null) {
            deadline.cancel();
        }
        if (idleTimeout >= 0) {
            request.getConnectionMetaData().getConnection().getEndPoint().setIdleTimeout(idleTimeout);
            idleTimeout = -1;
        }
    }

    /** Whether the request time limit closed the connection. */
    boolean timedOut() {
        return timedOut;
    }

    /** Answers; a client that has gone away by then is logged as one line. */
    void send(int status, Map<String, String> headers, String contentType, byte[] body) {
        if (ended) {
            return;
        }
        ended = true;
        response.setStatus(status);
        headers.forEach(response.getHeaders()::put);
        if (body == null) {
            response.getHeaders().put("Content-Length", "0");
            response.write(true, null, written(status));
            return;
        }
        response.getHeaders().put("Content-Type", contentType);
        response.getHeaders().put("Content-Length", Integer.toString(body.length));
        response.write(true, ByteBuffer.wrap(body), written(status));
    }

    /** Closes the connection without an answer, unless the call has been answered already. */
    void drop() {
        if (!ended) {
            ended = true;
            request.getConnectionMetaData().getConnection().getEndPoint().close();
            callback.failed(new EOFException("connection dropped by the mock"));
        }
    }

    private Callback written(int status) {
        return Callback.from(callback::succeeded, failure -> {
            logClientGone(false, "before the answer (" + status + ") was written: " + failure);
            callback.failed(failure);
        });
    }

    /**
     * One log record, no stack trace, for a client that closed the connection mid-exchange ({@code dropped}
     * false) or whose connection the server closed (request time limit, stop).
     */
    void logClientGone(boolean dropped, String detail) {
        LOG.log(System.Logger.Level.INFO, () -> "Client " + remote() + (dropped ? " dropped during " : " went away during ")
                + method() + " " + rawPath() + (dropped ? ": " : " ") + detail);
    }
}
