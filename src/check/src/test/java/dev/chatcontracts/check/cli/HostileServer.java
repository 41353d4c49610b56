package dev.chatcontracts.check.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hostile HTTP server on 127.0.0.1 for tests: every request gets {@code 200} and a JSON body that is
 * either huge (streamed in chunks, never held in memory) or that stalls after its first bytes.
 */
final class HostileServer implements AutoCloseable {

    /** What every answer is. */
    enum Mode { HUGE, STALL }

    private static final byte[] CHUNK = chunk();

    private final ServerSocket socket;
    private final Mode mode;
    private final long hugeBytes;
    private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "hostile-server");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger requests = new AtomicInteger();

    private HostileServer(Mode mode, long hugeBytes) throws IOException {
        this.mode = mode;
        this.hugeBytes = hugeBytes;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        connections.submit(this::accept);
    }

    /** Answers every request with a body of {@code bytes} bytes, declared in Content-Length. */
    static HostileServer huge(long bytes) throws IOException {
        return new HostileServer(Mode.HUGE, bytes);
    }

    /** Answers every request's headers, the body's first bytes, then nothing, for good. */
    static HostileServer stalling() throws IOException {
        return new HostileServer(Mode.STALL, 0);
    }

    /** The Zendesk Chat base URL on this server. */
    String zendeskUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/api/v2/chat";
    }

    int requests() {
        return requests.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.submit(() -> answer(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void answer(Socket connection) {
        try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
            while (readHeaders(in)) {
                requests.incrementAndGet();
                long length = mode == Mode.HUGE ? hugeBytes : 1_000_000;
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write('[');
                out.flush();
                if (mode == Mode.STALL) {
                    Thread.sleep(Long.MAX_VALUE);
                }
                for (long sent = 1; sent < length; ) {
                    int n = (int) Math.min(CHUNK.length, length - sent);
                    out.write(CHUNK, 0, n);
                    sent += n;
                }
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the client went away
        }
    }

    /** Reads a request's headers (no body: the check's reads are GETs); false at the end of the connection. */
    private static boolean readHeaders(InputStream in) throws IOException {
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
            if (matched == 4) {
                return true;
            }
        }
        return false;
    }

    private static byte[] chunk() {
        byte[] bytes = new byte[64 * 1024];
        Arrays.fill(bytes, (byte) ' ');
        return bytes;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        connections.shutdownNow();
    }
}
