package dev.chatcontracts.mock;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.ExecutorThreadPool;

/**
 * The HTTP server: Jetty 12's core API (no servlets) on one connector. Jetty parses request lines and headers
 * without a thread, on its selector; a request takes a thread of the {@link ElasticExecutor} once its headers
 * are in, for as long as its handler runs. Every answer is the mock's JSON, including the ones Jetty makes
 * itself for requests it cannot parse ({@link JsonErrors}).
 */
final class MockServer implements AutoCloseable {

    /** Jetty's own threads, leased from the pool for the server's life: one acceptor, one selector. */
    private static final int SERVER_THREADS = 2;

    /** How long a request may take to send its body; then its connection is closed. */
    static final long REQUEST_TIME_LIMIT_MILLIS = 10_000;
    /** How long a connection may stay silent (no byte sent nor read) before it is closed. */
    static final long IDLE_TIMEOUT_MILLIS = 10_000;
    /** The most bytes of request line and headers. */
    static final int MAX_REQUEST_HEADER_BYTES = 64 * 1024;

    private final ElasticExecutor executor;
    private final Server server;
    private final ServerConnector connector;
    private final int port;

    /** A server with its port bound ({@link #port()} is known), not yet serving: {@link #start} does. */
    MockServer(String host, int port, int threads, int maxThreads) throws IOException {
        this.executor = ElasticExecutor.create(threads + SERVER_THREADS, maxThreads + SERVER_THREADS, daemonThreads());
        this.server = new Server(new ExecutorThreadPool(executor, 0));
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
        // the mock routes on the raw path and decodes escapes itself (its own 400 for what is not UTF-8)
        http.setUriCompliance(UriCompliance.UNSAFE);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setAcceptQueueSize(128);
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        server.addConnector(connector);
        server.setErrorHandler(new JsonErrors());
        server.setStopTimeout(0);
        try {
            connector.open();
        } catch (IOException | RuntimeException cannotBind) {
            executor.shutdownNow(); // its threads run from its creation
            throw cannotBind;
        }
        this.port = connector.getLocalPort();
    }

    /** Serves {@code providerStates} (when not null) at its path, {@code api} everywhere else. */
    void start(RequestDispatcher api, ProviderStatesHandler providerStates) throws Exception {
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                boolean states = providerStates != null && ProviderStatesHandler.PATH.equals(request.getHttpURI().getPath());
                return states ? providerStates.handle(request, response, callback) : api.handle(request, response, callback);
            }
        });
        server.start();
    }

    /** The bound port (also after {@link #close()}). */
    int port() {
        return port;
    }

    /** Stops at once: open connections are closed, the request threads end (also after a failed start). */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the mock's server", e);
        } finally {
            executor.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "chat-mock-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The answers Jetty makes itself (a request line or header it cannot parse, headers over the size limit):
     * the mock's JSON error, in the format of the vendor whose path was called, rather than Jetty's HTML.
     */
    static final class JsonErrors extends ErrorHandler {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : 500;
            Object message = request.getAttribute(ERROR_MESSAGE);
            String path = request.getHttpURI().getPath();
            byte[] body = ResponseWriter.errorBody(Router.vendorOf(path == null ? "/" : path),
                    new ApiException(status, describe(status, message)));
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, ResponseWriter.JSON);
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, ResponseWriter.JSON);
            return ByteBuffer.wrap(ResponseWriter.errorBody(Vendor.ZENDESK_CHAT, new ApiException(status, describe(status, reason))));
        }

        private static String describe(int status, Object reason) {
            String text = reason == null ? ResponseWriter.reasonPhrase(status) : reason.toString();
            return "The mock's HTTP server refused the request: " + text;
        }
    }
}
