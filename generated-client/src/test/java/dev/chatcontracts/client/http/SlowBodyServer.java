package dev.chatcontracts.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A raw HTTP/1.1 server on 127.0.0.1 that sends its headers at once and then a JSON body of
 * {@code Content-Length} 1000 at one byte a second, on every connection.
 */
public final class SlowBodyServer implements AutoCloseable {

    private static final int BODY_LENGTH = 1000;

    private final ServerSocket socket;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    private SlowBodyServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "slow-body-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static SlowBodyServer start() throws IOException {
        return new SlowBodyServer();
    }

    /** The base URL of the API on this server. */
    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + StubServer.BASE_PATH;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.add(connection);
                Thread trickle = new Thread(() -> trickle(connection), "slow-body-connection");
                trickle.setDaemon(true);
                trickle.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void trickle(Socket connection) {
        try (connection) {
            skipRequestHeaders(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + BODY_LENGTH + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < BODY_LENGTH; i++) {
                out.write(i == 0 ? '{' : ' ');
                out.flush();
                Thread.sleep(1000);
            }
        } catch (IOException | InterruptedException gone) {
            // the client gave up, or the server closed
        }
    }

    private static void skipRequestHeaders(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new SocketException("request ended early");
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }
}
