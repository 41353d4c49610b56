package dev.chatcontracts.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import dev.chatcontracts.mock.MockConfig;
import dev.chatcontracts.mock.MockProvider;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Serves the same two GETs (Show Agent 360000000001 and Show Chat 123, with the mock's own answers captured
 * once) from the mock provider and from an in-process WireMock, in the same JVM and the same run, and drives
 * each with the same number of connections and requests: a warm-up of each (100,000 requests by default:
 * WireMock's Jetty needs more than 20,000 to reach its steady state), then measured runs in alternating order
 * (mock first in odd rounds, WireMock first in even ones). Both servers check the Authorization header.
 *
 * <pre>
 * java -cp ... dev.chatcontracts.benchmarks.ThroughputComparison [--requests 200000] [--connections 32]
 *      [--rounds 4] [--warmup 100000] [--mock-threads N] [--wiremock-threads 32] [--time-cap-seconds 300]
 * </pre>
 *
 * <p>Without {@code --mock-threads} the mock runs with its default threads (as a user gets it: 2 per processor
 * kept, at least 4, growing to 1024 only while requests are stuck); {@code --mock-threads N} gives it a fixed
 * pool of N.
 *
 * <p>Exit status 1 on any error (a status other than 200, a body differing from the captured one, an I/O
 * error); the targets (throughput ratio mock/WireMock at least 1.5, mock p99 at most 5 ms) are reported,
 * met or missed, and do not change the exit status.
 */
public final class ThroughputComparison {

    static final String AGENT_PATH = "/api/v2/chat/agents/360000000001";
    static final String CHAT_PATH = "/api/v2/chat/chats/123";
    static final double TARGET_RATIO = 1.5;
    static final double TARGET_P99_MS = 5.0;

    private ThroughputComparison() {
    }

    /** One server under test. */
    private record Server(String name, int port) {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, Set.of("requests", "connections", "rounds", "warmup", "mock-threads",
                "wiremock-threads", "time-cap-seconds"), "Usage: ThroughputComparison [--requests 200000] [--connections 32]"
                + " [--rounds 4] [--warmup 100000] [--mock-threads N] [--wiremock-threads 32] [--time-cap-seconds 300]");
        long requests = args.longValue("requests", 200_000);
        int connections = args.intValue("connections", 32);
        int rounds = args.intValue("rounds", 4);
        long warmup = args.longValue("warmup", 100_000);
        int mockThreads = args.intValue("mock-threads", 0); // 0: the mock's defaults
        int wiremockThreads = args.intValue("wiremock-threads", 32);
        Duration cap = Duration.ofSeconds(args.longValue("time-cap-seconds", 300));
        System.exit(run(requests, connections, rounds, warmup, mockThreads, wiremockThreads, cap, System.out));
    }

    static int run(long requests, int connections, int rounds, long warmup, int mockThreads, int wiremockThreads,
                   Duration cap, PrintStream out) throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "Mock provider vs WireMock, %s: %d connections, %,d requests per measured run, %d rounds,"
                        + " %,d warm-up requests each; WireMock container threads %d; cap %d s per run%n",
                Instant.now(), connections, requests, rounds, warmup, wiremockThreads, cap.toSeconds());
        out.println("Machine: " + Machine.describe());
        MockConfig.Builder settings = mockThreads > 0 ? MockProvider.builder().threads(mockThreads).maxThreads(mockThreads)
                : MockProvider.builder();
        try (MockProvider mock = settings.start()) {
            out.printf(Locale.ROOT, "Mock threads: %d kept, at most %d (%s)%n", mock.config().threads(),
                    mock.config().maxThreads(), mockThreads > 0 ? "--mock-threads" : "the mock's defaults");
            String auth = mock.credentials().bearerAuthorization();
            Map<String, byte[]> bodies = new LinkedHashMap<>();
            try (HttpConnection capture = new HttpConnection("127.0.0.1", mock.port(), 10_000)) {
                for (String path : List.of(AGENT_PATH, CHAT_PATH)) {
                    HttpConnection.Response response = capture.send("GET", path, auth, null);
                    if (response.status() != 200) {
                        throw new IllegalStateException("The mock answered " + response.status() + " to " + path);
                    }
                    bodies.put(path, response.body());
                }
            }
            WireMockServer wireMock = new WireMockServer(options()
                    .dynamicPort()
                    .bindAddress("127.0.0.1")
                    .disableRequestJournal()
                    .containerThreads(wiremockThreads)
                    .stubRequestLoggingDisabled(true)
                    .notifier(new ConsoleNotifier(false)));
            wireMock.start();
            try {
                bodies.forEach((path, body) -> wireMock.stubFor(get(urlEqualTo(path))
                        .withHeader("Authorization", equalTo(auth))
                        .willReturn(aResponse().withStatus(200)
                                .withHeader("Content-Type", "application/json; charset=utf-8")
                                .withBody(body))));
                Server mockServer = new Server("mock", mock.port());
                Server wireMockServer = new Server("wiremock", wireMock.port());
                out.printf(Locale.ROOT, "Bodies: %s %d bytes, %s %d bytes%n", AGENT_PATH, bodies.get(AGENT_PATH).length,
                        CHAT_PATH, bodies.get(CHAT_PATH).length);

                long errors = 0;
                for (Server server : List.of(mockServer, wireMockServer)) {
                    LoadRun.Result result = drive(server, warmup, connections, cap, auth, bodies);
                    line(out, "warm-up", server, result);
                    errors += result.errors();
                }
                Map<String, List<LoadRun.Result>> measured = new LinkedHashMap<>();
                measured.put("mock", new ArrayList<>());
                measured.put("wiremock", new ArrayList<>());
                for (int round = 0; round < rounds; round++) {
                    List<Server> order = round % 2 == 0 ? List.of(mockServer, wireMockServer) : List.of(wireMockServer, mockServer);
                    for (Server server : order) {
                        LoadRun.Result result = drive(server, requests, connections, cap, auth, bodies);
                        line(out, "round " + (round + 1), server, result);
                        measured.get(server.name()).add(result);
                        errors += result.errors();
                    }
                }
                Pooled mockTotal = Pooled.of(measured.get("mock"));
                Pooled wireMockTotal = Pooled.of(measured.get("wiremock"));
                out.printf(Locale.ROOT, "%nPooled over %d rounds (%d connections):%n", rounds, connections);
                out.printf(Locale.ROOT, "  %-9s %12s %9s %9s %9s %9s %s%n", "server", "req/s", "p50 ms", "p99 ms", "p99.9 ms", "max ms", "requests");
                for (Pooled pooled : List.of(mockTotal, wireMockTotal)) {
                    out.printf(Locale.ROOT, "  %-9s %,12.0f %9.2f %9.2f %9.2f %9.2f %,d%n", pooled == mockTotal ? "mock" : "wiremock",
                            pooled.throughput(), pooled.latencies.percentile(50) / 1e6, pooled.latencies.percentile(99) / 1e6,
                            pooled.latencies.percentile(99.9) / 1e6, pooled.latencies.max() / 1e6, pooled.requests);
                }
                double ratio = mockTotal.throughput() / wireMockTotal.throughput();
                double mockP99 = mockTotal.latencies.percentile(99) / 1e6;
                StringBuilder perRound = new StringBuilder();
                for (int round = 0; round < rounds; round++) {
                    perRound.append(round == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f",
                            measured.get("mock").get(round).throughput() / measured.get("wiremock").get(round).throughput()));
                }
                out.printf(Locale.ROOT, "Throughput ratio mock/WireMock: %.2fx (per round: %s); target >= %.1fx: %s%n", ratio,
                        perRound, TARGET_RATIO, ratio >= TARGET_RATIO ? "MET" : "MISSED");
                out.printf(Locale.ROOT, "Mock p99 at %d connections: %.2f ms; target <= %.0f ms: %s%n", connections, mockP99,
                        TARGET_P99_MS, mockP99 <= TARGET_P99_MS ? "MET" : "MISSED");
                boolean capped = measured.values().stream().flatMap(List::stream).anyMatch(LoadRun.Result::timeCapped);
                if (capped) {
                    out.println("Note: at least one run was stopped by the time cap; its numbers cover fewer requests.");
                }
                out.println("Machine at the end: " + Machine.loadAverage());
                out.println(errors == 0 ? "RESULT: no errors" : "RESULT: FAIL, " + errors + " errors");
                return errors == 0 ? 0 : 1;
            } finally {
                wireMock.stop();
            }
        }
    }

    private static LoadRun.Result drive(Server server, long requests, int connections, Duration cap, String auth,
                                        Map<String, byte[]> bodies) throws InterruptedException {
        List<String> paths = List.copyOf(bodies.keySet());
        List<byte[]> expected = paths.stream().map(bodies::get).toList();
        return LoadRun.run(new LoadRun.Settings(server.name(), "127.0.0.1", server.port(), connections, requests, cap,
                30_000, List.of("showAgent", "showChat"), null, null), thread -> new LoadRun.Plan() {
                    private long n = thread;

                    @Override
                    public LoadRun.Request next() {
                        int op = (int) (n++ & 1);
                        return new LoadRun.Request(op, "GET", paths.get(op), auth, null, 200, null);
                    }

                    @Override
                    public String check(LoadRun.Request request, HttpConnection.Response response) {
                        return Arrays.equals(expected.get(request.op()), response.body()) ? null
                                : "body differs from the captured one: " + LoadRun.abbreviate(response.bodyText());
                    }
                });
    }

    private static void line(PrintStream out, String phase, Server server, LoadRun.Result result) {
        out.printf(Locale.ROOT, "  %-8s %-9s %,9d requests in %6.1f s: %,9.0f req/s, p50 %6.2f ms, p99 %6.2f ms, max %7.2f ms,"
                        + " errors %d%s%n", phase, server.name(), result.completed(), result.elapsedNanos() / 1e9,
                result.throughput(), result.all().percentile(50) / 1e6, result.all().percentile(99) / 1e6,
                result.all().max() / 1e6, result.errors(), result.timeCapped() ? " (TIME CAP)" : "");
        result.errorSamples().stream().limit(5).forEach(sample -> out.println("    error: " + sample));
    }

    /** Runs of one server added up: requests over total time, and every latency. */
    private record Pooled(long requests, long nanos, LoadRun.Latencies latencies) {
        static Pooled of(List<LoadRun.Result> results) {
            LoadRun.LongBuffer all = new LoadRun.LongBuffer(16);
            long requests = 0;
            long nanos = 0;
            for (LoadRun.Result result : results) {
                all.addAll(result.all().sortedNanos());
                requests += result.completed();
                nanos += result.elapsedNanos();
            }
            return new Pooled(requests, nanos, new LoadRun.Latencies("all", all.sorted()));
        }

        double throughput() {
            return nanos == 0 ? 0 : requests / (nanos / 1e9);
        }
    }
}
