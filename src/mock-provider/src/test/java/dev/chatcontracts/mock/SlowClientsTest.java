package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slow and idle clients, over raw sockets: they neither stop the mock nor keep others waiting, slow ones are
 * dropped by the request timeout (which frees their thread), and a client that goes away logs one line.
 */
@Timeout(90)
class SlowClientsTest {

    private static final int SLOW_CONNECTIONS = 200;
    private static final Logger WRITER_LOG = Logger.getLogger(ResponseWriter.class.getName());

    private final List<Socket> sockets = new ArrayList<>();
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            records.add(logRecord);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private ScheduledExecutorService trickle;

    @BeforeEach
    void captureLog() {
        WRITER_LOG.addHandler(capture);
        trickle = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void closeSockets() throws IOException {
        WRITER_LOG.removeHandler(capture);
        trickle.shutdownNow();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void twoHundredSlowConnectionsDoNotKeepANormalRequestWaiting() throws Exception {
        try (MockProvider mock = MockProvider.start()) {
            String auth = mock.credentials().bearerAuthorization();
            List<OutputStream> bodies = new ArrayList<>();
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                Socket socket = connect(mock);
                switch (i % 4) {
                    case 0 -> { } // connected, silent
                    case 1 -> write(socket, "GET /api/v2/chat/acc"); // half a request line
                    case 2 -> write(socket, "POST /api/v2/chat/visitors HTTP/1.1\r\nHost: x\r\nAuthorization: " + auth
                            + "\r\nContent-Ty"); // half the headers
                    default -> {
                        write(socket, "POST /api/v2/chat/visitors HTTP/1.1\r\nHost: x\r\nAuthorization: " + auth
                                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
                        bodies.add(socket.getOutputStream()); // then a byte a second
                    }
                }
            }
            trickle.scheduleAtFixedRate(() -> bodies.forEach(out -> {
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException closedByTheMock) {
                    // dropped: fine
                }
            }), 1, 1, TimeUnit.SECONDS);
            Thread.sleep(500); // let every partial request reach a request thread

            TestApi api = TestApi.zendesk(mock);
            long slowest = 0;
            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                TestApi.Reply reply = api.get("/account");
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                slowest = Math.max(slowest, millis);
                assertThat(reply.status()).isEqualTo(200);
                assertThat(millis).as("ms to answer GET /account with %d slow connections open", SLOW_CONNECTIONS)
                        .isLessThan(5000);
            }
            System.out.println("SlowClientsTest: slowest of 5 GET /account with " + SLOW_CONNECTIONS
                    + " slow connections open: " + slowest + " ms");
            assertThat(mock.unexpectedFailures()).isZero();
        }
    }

    @Test
    void aSlowRequestIsDroppedByTheRequestTimeoutWhichFreesItsThread() throws Exception {
        // one request thread only: while the slow body holds it, nothing else is read
        try (MockProvider mock = MockProvider.builder().threads(1).maxThreads(1).start();
             RawHttp slow = new RawHttp(mock);
             RawHttp silent = new RawHttp(mock)) {
            slow.socket.setSoTimeout(20_000);
            silent.socket.setSoTimeout(12_000); // closed after 10 s of silence
            long started = System.nanoTime();
            slow.send("POST /api/v2/chat/visitors HTTP/1.1\r\nHost: x\r\nAuthorization: "
                    + mock.credentials().bearerAuthorization() + "\r\nContent-Length: 100\r\n\r\n{\"name\"");

            assertThat(slow.closedByServer()).as("closed by the mock within 20 s").isTrue();
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            System.out.println("SlowClientsTest: a stalled request body was dropped after " + seconds + " s");
            long limit = MockServer.REQUEST_TIME_LIMIT_MILLIS / 1000;
            assertThat(seconds).isBetween(limit - 1, limit + 5);
            assertThat(silent.closedByServer()).as("a connection that sends nothing is dropped as well").isTrue();
            // the only thread is free again
            assertThat(TestApi.zendesk(mock).get("/account").status()).isEqualTo(200);
            awaitRecords(slow.socket.getLocalPort());
            assertThat(recordsAbout(slow.socket.getLocalPort())).singleElement().satisfies(oneLine -> {
                assertThat(oneLine.getLevel()).isEqualTo(Level.INFO);
                assertThat(oneLine.getThrown()).isNull();
                assertThat(oneLine.getMessage()).contains("dropped during POST /api/v2/chat/visitors: the request was not complete within the request time limit")
                        .doesNotContain("\n");
            });
            assertThat(mock.unexpectedFailures()).isZero();
        }
    }

    /** A connection silent for the idle timeout is closed, wherever it stopped: before, within or after a request. */
    @Test
    void silentConnectionsAreClosedAfterTheIdleTimeout() throws Exception {
        try (MockProvider mock = MockProvider.start();
             RawHttp connected = new RawHttp(mock);
             RawHttp halfLine = new RawHttp(mock);
             RawHttp halfHeaders = new RawHttp(mock);
             RawHttp keptAlive = new RawHttp(mock)) {
            long started = System.nanoTime();
            halfLine.send("GET /api/v2/chat/acc");
            halfHeaders.send("GET /api/v2/chat/account HTTP/1.1\r\nHost: x\r\nAuthori");
            assertThat(keptAlive.send(keepAliveGet(mock)).read().status()).isEqualTo(200);
            for (RawHttp silent : List.of(connected, halfLine, halfHeaders, keptAlive)) {
                silent.socket.setSoTimeout(15_000);
                assertThat(silent.closedByServer()).isTrue();
            }
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            long limit = MockServer.IDLE_TIMEOUT_MILLIS / 1000;
            System.out.println("SlowClientsTest: four silent connections closed after " + seconds + " s");
            assertThat(seconds).isBetween(limit - 1, limit + 3);
        }
    }

    @Test
    void idleKeepAliveAndSilentConnectionsHoldNoThread() throws Exception {
        try (MockProvider mock = MockProvider.builder().threads(2).maxThreads(2).start()) {
            List<RawHttp> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 50; i++) {
                    RawHttp keptAlive = new RawHttp(mock);
                    idle.add(keptAlive);
                    RawHttp.Response response = keptAlive.send(keepAliveGet(mock)).read();
                    assertThat(response.status()).isEqualTo(200);
                    sockets.add(connect(mock)); // and one that never sends a byte
                }

                long started = System.nanoTime();
                assertThat(TestApi.zendesk(mock).get("/account").status()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
                // the idle connections are still usable
                for (RawHttp keptAlive : idle.subList(0, 5)) {
                    assertThat(keptAlive.send(keepAliveGet(mock)).read().status()).isEqualTo(200);
                }
            } finally {
                idle.forEach(RawHttp::close);
            }
        }
    }

    @Test
    void aClientThatGoesAwayMidBodyLogsOneLine() throws Exception {
        try (MockProvider mock = MockProvider.start()) {
            int clientPort;
            try (RawHttp gone = new RawHttp(mock)) {
                clientPort = gone.socket.getLocalPort();
                gone.send("PUT /api/v2/chat/visitors/1 HTTP/1.1\r\nHost: x\r\nAuthorization: "
                        + mock.credentials().bearerAuthorization() + "\r\nContent-Length: 100\r\n\r\n{\"na");
            }
            awaitRecords(clientPort);
            Thread.sleep(200);

            assertThat(recordsAbout(clientPort)).singleElement().satisfies(oneLine -> {
                assertThat(oneLine.getThrown()).isNull();
                assertThat(oneLine.getMessage()).contains("went away during PUT /api/v2/chat/visitors/1")
                        .doesNotContain("\n");
            });
            assertThat(TestApi.zendesk(mock).get("/visitors/1").status()).isEqualTo(200);
            assertThat(mock.unexpectedFailures()).isZero();
        }
    }

    private Socket connect(MockProvider mock) throws IOException {
        Socket socket = new Socket("127.0.0.1", mock.port());
        sockets.add(socket);
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    private static String keepAliveGet(MockProvider mock) {
        return "GET /api/v2/chat/account HTTP/1.1\r\nHost: x\r\nAuthorization: " + mock.credentials().bearerAuthorization()
                + "\r\n\r\n";
    }

    /** The log records about one client connection (other mocks' late records are left out). */
    private List<LogRecord> recordsAbout(int clientPort) {
        return records.stream().filter(r -> r.getMessage().contains("Client /127.0.0.1:" + clientPort + " ")).toList();
    }

    private void awaitRecords(int clientPort) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (recordsAbout(clientPort).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
