package dev.chatcontracts.client.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 for the client's tests: answers with a handler of the test's, and
 * keeps every request URI and {@code Authorization} header it saw.
 */
public final class StubServer implements AutoCloseable {

    /** The base path the clients are given. */
    public static final String BASE_PATH = "/api/v2/chat";

    private final HttpServer server;
    private final List<URI> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

    private StubServer(HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                authorizations.add(authorization);
            }
            try (exchange) {
                handler.handle(exchange);
            } catch (IOException clientWentAway) {
                // a client that gave up on a body is what some tests expect
            }
        });
        server.start();
    }

    /** A server answering every request with {@code handler}. */
    public static StubServer start(HttpHandler handler) throws IOException {
        return new StubServer(handler);
    }

    /** A server answering every request 200 with the JSON {@code answer} gives for the request URI. */
    public static StubServer json(Function<URI, String> answer) throws IOException {
        return new StubServer(exchange -> send(exchange, 200, answer.apply(exchange.getRequestURI())));
    }

    /** Sends {@code json} with its length. */
    public static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** {@code http://127.0.0.1:port}. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The base URL of the API on this server. */
    public String baseUrl() {
        return origin() + BASE_PATH;
    }

    /** Every request URI seen, in order. */
    public List<URI> requests() {
        return List.copyOf(requests);
    }

    /** Every {@code Authorization} header seen. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
