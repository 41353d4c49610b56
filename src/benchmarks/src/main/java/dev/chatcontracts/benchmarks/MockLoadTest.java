package dev.chatcontracts.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.mock.MockProvider;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Load test of the embedded mock provider: starts it in this JVM, drives it over loopback with a fixed
 * number of connections (one platform thread and one keep-alive connection each) with a mix of reads and
 * writes, then reads back every visitor and offline message it created and checks each answers 200 with
 * the data last written.
 *
 * <pre>
 * java -cp ... dev.chatcontracts.benchmarks.MockLoadTest [--requests 1000000] [--connections 64]
 *      [--mock-threads 16] [--time-cap-seconds 600] [--verify-cap-seconds 300]
 *      [--mix showAgent=20,listAgents=15,showChat=20,searchChats=15,createVisitor=10,createChat=10,updateVisitor=10]
 *      [--seed 42] [--progress-seconds 10]
 * </pre>
 *
 * <p>Exit status: 0 when every request and every read-back was right and the requested load was sent; 1 on
 * any error (an unexpected status, a wrong body, an I/O error) or read-back mismatch; 2 when there was no
 * error but the time cap stopped the run before all requests were sent.
 */
public final class MockLoadTest {

    /** The operations of the mix, in report order. */
    static final List<String> OPERATIONS = List.of(
            "showAgent", "listAgents", "showChat", "searchChats", "createVisitor", "createChat", "updateVisitor");
    static final String DEFAULT_MIX =
            "showAgent=20,listAgents=15,showChat=20,searchChats=15,createVisitor=10,createChat=10,updateVisitor=10";

    private static final int SHOW_AGENT = 0;
    private static final int LIST_AGENTS = 1;
    private static final int SHOW_CHAT = 2;
    private static final int SEARCH_CHATS = 3;
    private static final int CREATE_VISITOR = 4;
    private static final int CREATE_CHAT = 5;
    private static final int UPDATE_VISITOR = 6;

    private static final long[] AGENT_IDS = {360000000001L, 360000000002L, 360000000003L, 360000000005L, 360000000008L};
    private static final String[] SEEDED_CHATS = {"123", "1234", "1410.655464.Hk3Lm9PqRs", "1411.655464.Ff9Kd1QaZx"};
    private static final String[] SEARCHES = {"chocolate", "chat_type:offline_msg", "hello", "visitor_name:%22Load%20visitor%22"};
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The settings.
     *
     * @param requests         requests of the mix, over all connections
     * @param connections      concurrent connections (one thread each)
     * @param mockThreads      the mock's request threads ({@code MockProvider.builder().threads(n)})
     * @param timeCap          hard cap of the mixed phase
     * @param verifyCap        hard cap of the read-back phase
     * @param mix              operation weights
     * @param seed             random seed (thread {@code i} uses {@code seed + i})
     * @param progressEvery    progress line interval, or null
     */
    public record Settings(long requests, int connections, int mockThreads, Duration timeCap, Duration verifyCap,
                           Map<String, Integer> mix, long seed, Duration progressEvery) {

        public Settings {
            mix = Map.copyOf(mix);
            if (!OPERATIONS.containsAll(mix.keySet())) {
                throw new IllegalArgumentException("Unknown operation in the mix " + mix + "; known: " + OPERATIONS);
            }
            if (mix.values().stream().mapToInt(Integer::intValue).sum() <= 0) {
                throw new IllegalArgumentException("The mix has no weight");
            }
        }

        public static Settings defaults() {
            return new Settings(1_000_000, 64, 16, Duration.ofMinutes(10), Duration.ofMinutes(5), parseMix(DEFAULT_MIX),
                    42, Duration.ofSeconds(10));
        }
    }

    /**
     * The outcome.
     *
     * @param load            the mixed phase
     * @param verification    the read-back phase
     * @param createdVisitors visitors created (and read back)
     * @param createdChats    offline messages created (and read back)
     */
    public record Report(Settings settings, LoadRun.Result load, LoadRun.Result verification, long createdVisitors,
                         long createdChats) {

        /** Whether every request and every read-back was right. */
        public boolean errorFree() {
            return load.errors() == 0 && verification.errors() == 0 && !verification.timeCapped()
                    && verification.completed() == createdVisitors + createdChats;
        }

        /** Whether all the requested load was sent. */
        public boolean complete() {
            return !load.timeCapped() && load.completed() == settings.requests();
        }

        public int exitCode() {
            return !errorFree() ? 1 : complete() ? 0 : 2;
        }
    }

    private MockLoadTest() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, Set.of("requests", "connections", "mock-threads", "time-cap-seconds",
                "verify-cap-seconds", "mix", "seed", "progress-seconds"), usage());
        Settings d = Settings.defaults();
        long progress = args.longValue("progress-seconds", d.progressEvery().toSeconds());
        Settings settings = new Settings(
                args.longValue("requests", d.requests()),
                args.intValue("connections", d.connections()),
                args.intValue("mock-threads", d.mockThreads()),
                Duration.ofSeconds(args.longValue("time-cap-seconds", d.timeCap().toSeconds())),
                Duration.ofSeconds(args.longValue("verify-cap-seconds", d.verifyCap().toSeconds())),
                parseMix(args.string("mix", DEFAULT_MIX)),
                args.longValue("seed", d.seed()),
                progress <= 0 ? null : Duration.ofSeconds(progress));
        Report report = run(settings, System.out);
        System.exit(report.exitCode());
    }

    private static String usage() {
        return "Usage: MockLoadTest [--requests 1000000] [--connections 64] [--mock-threads 16] [--time-cap-seconds 600]"
                + " [--verify-cap-seconds 300] [--mix " + DEFAULT_MIX + "] [--seed 42] [--progress-seconds 10]";
    }

    static Map<String, Integer> parseMix(String text) {
        Map<String, Integer> mix = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] pair = part.trim().split("=");
            if (pair.length != 2) {
                throw new IllegalArgumentException("mix entries are name=weight, got " + part);
            }
            mix.put(pair[0].trim(), Integer.parseInt(pair[1].trim()));
        }
        return mix;
    }

    /** Starts a mock, runs the load and the read-back, stops the mock and prints a report to {@code out}. */
    public static Report run(Settings settings, PrintStream out) throws InterruptedException {
        out.printf(Locale.ROOT, "Mock provider load test, %s: %,d requests over %d connections, mock threads %d, "
                        + "time cap %d s, mix %s%n", Instant.now(), settings.requests(), settings.connections(),
                settings.mockThreads(), settings.timeCap().toSeconds(), mixText(settings.mix()));
        out.println("Machine: " + Machine.describe());
        try (MockProvider mock = MockProvider.builder().threads(settings.mockThreads()).maxThreads(settings.mockThreads()).start()) {
            String basePath = mock.zendeskBaseUrl().getRawPath();
            String auth = mock.credentials().bearerAuthorization();
            int[] cumulative = cumulativeWeights(settings.mix());
            List<ThreadPlan> plans = new ArrayList<>();
            for (int t = 0; t < settings.connections(); t++) {
                plans.add(new ThreadPlan(t, basePath, auth, cumulative, new Random(settings.seed() + t)));
            }
            LoadRun.Result load = LoadRun.run(new LoadRun.Settings("load", "127.0.0.1", mock.port(),
                    settings.connections(), settings.requests(), settings.timeCap(), 60_000, OPERATIONS,
                    settings.progressEvery(), out), plans::get);
            print(out, "mixed load", load);

            ConcurrentLinkedQueue<ReadBack.Created> toVerify = new ConcurrentLinkedQueue<>();
            long visitors = 0;
            long chats = 0;
            for (ThreadPlan plan : plans) {
                toVerify.addAll(plan.visitors);
                toVerify.addAll(plan.chats);
                visitors += plan.visitors.size();
                chats += plan.chats.size();
            }
            out.printf(Locale.ROOT, "Reading back %,d created resources (%,d visitors, %,d offline messages)...%n",
                    visitors + chats, visitors, chats);
            LoadRun.Result verification = LoadRun.run(new LoadRun.Settings("verify", "127.0.0.1", mock.port(),
                    settings.connections(), visitors + chats, settings.verifyCap(), 60_000,
                    List.of("showVisitor", "showChat"), settings.progressEvery(), out), t -> new ReadBack.VerifyPlan(toVerify, basePath, auth));
            print(out, "read-back", verification);
            Report report = new Report(settings, load, verification, visitors, chats);
            out.println("Machine at the end: " + Machine.loadAverage());
            out.printf(Locale.ROOT, "Read-back: %,d of %,d resources answered 200 with the data last written; %,d mismatches%n",
                    verification.completed() - verification.errors(), visitors + chats, verification.errors());
            out.println(report.errorFree()
                    ? report.complete() ? "RESULT: PASS (no errors, every created resource read back)"
                            : "RESULT: INCOMPLETE: the time cap stopped the load after " + load.completed() + " of "
                                    + settings.requests() + " requests (no errors)"
                    : "RESULT: FAIL (errors above)");
            return report;
        }
    }

    static void print(PrintStream out, String phase, LoadRun.Result result) {
        out.printf(Locale.ROOT, "%s: %,d requests in %.1f s = %,.0f req/s; errors %,d (I/O %,d)%s%n", phase,
                result.completed(), result.elapsedNanos() / 1e9, result.throughput(), result.errors(), result.ioErrors(),
                result.timeCapped() ? "; STOPPED BY THE TIME CAP" : "");
        out.printf(Locale.ROOT, "  %-14s %10s %10s %10s %10s %10s%n", "operation", "count", "p50 ms", "p99 ms", "max ms", "mean ms");
        List<LoadRun.Latencies> rows = new ArrayList<>(result.perOperation());
        rows.add(result.all());
        for (LoadRun.Latencies l : rows) {
            if (l.count() == 0) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-14s %,10d %10.2f %10.2f %10.2f %10.2f%n", l.name(), l.count(), l.percentile(50) / 1e6,
                    l.percentile(99) / 1e6, l.max() / 1e6, l.meanNanos() / 1e6);
        }
        result.errorSamples().forEach(sample -> out.println("  error: " + sample));
    }

    private static String mixText(Map<String, Integer> mix) {
        StringBuilder text = new StringBuilder();
        OPERATIONS.stream().filter(mix::containsKey)
                .forEach(op -> text.append(text.length() == 0 ? "" : ",").append(op).append('=').append(mix.get(op)));
        return text.toString();
    }

    private static int[] cumulativeWeights(Map<String, Integer> mix) {
        int[] cumulative = new int[OPERATIONS.size()];
        int sum = 0;
        for (int i = 0; i < OPERATIONS.size(); i++) {
            sum += mix.getOrDefault(OPERATIONS.get(i), 0);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    /** A visitor or offline message this run created, and what it must read back as. */
    /** The mixed requests of one thread; creates and updates only its own resources, so it knows their state. */
    static final class ThreadPlan implements LoadRun.Plan {
        private final int thread;
        private final String base;
        private final String auth;
        private final int[] cumulative;
        private final Random random;
        final List<ReadBack.Created> visitors = new ArrayList<>();
        final List<ReadBack.Created> chats = new ArrayList<>();
        private long sequence;

        ThreadPlan(int thread, String base, String auth, int[] cumulative, Random random) {
            this.thread = thread;
            this.base = base;
            this.auth = auth;
            this.cumulative = cumulative;
            this.random = random;
        }

        @Override
        public LoadRun.Request next() {
            int pick = random.nextInt(cumulative[cumulative.length - 1]);
            int op = 0;
            while (pick >= cumulative[op]) {
                op++;
            }
            long n = ++sequence;
            switch (op) {
                case SHOW_AGENT:
                    return get(op, "/agents/" + AGENT_IDS[random.nextInt(AGENT_IDS.length)], null);
                case LIST_AGENTS:
                    return get(op, "/agents", null);
                case SHOW_CHAT:
                    if (!chats.isEmpty() && random.nextBoolean()) {
                        ReadBack.Created chat = chats.get(random.nextInt(chats.size()));
                        return get(op, "/chats/" + chat.id, chat);
                    }
                    return get(op, "/chats/" + SEEDED_CHATS[random.nextInt(SEEDED_CHATS.length)], null);
                case SEARCH_CHATS:
                    return get(op, "/chats/search?q=" + SEARCHES[random.nextInt(SEARCHES.length)], null);
                case CREATE_CHAT:
                    return createChat(n);
                case UPDATE_VISITOR:
                    if (!visitors.isEmpty()) {
                        return updateVisitor(visitors.get(random.nextInt(visitors.size())), n);
                    }
                    return createVisitor(n);
                case CREATE_VISITOR:
                default:
                    return createVisitor(n);
            }
        }

        private LoadRun.Request get(int op, String path, Object context) {
            return new LoadRun.Request(op, "GET", base + path, auth, null, 200, context);
        }

        private LoadRun.Request createVisitor(long n) {
            Map<String, String> sent = Map.of(
                    "name", "Load visitor " + thread + "-" + n,
                    "email", "load-" + thread + "-" + n + "@example.com",
                    "phone", "+1555" + String.format(Locale.ROOT, "%07d", n % 10_000_000));
            return new LoadRun.Request(CREATE_VISITOR, "POST", base + "/visitors", auth, json(sent), 201, sent);
        }

        private LoadRun.Request updateVisitor(ReadBack.Created visitor, long n) {
            Map<String, String> sent = new LinkedHashMap<>(visitor.sent);
            sent.put("name", "Load visitor " + thread + "-" + n + " (updated)");
            sent.put("phone", "+1666" + String.format(Locale.ROOT, "%07d", n % 10_000_000));
            Map<String, String> change = Map.of("name", sent.get("name"), "phone", sent.get("phone"));
            return new LoadRun.Request(UPDATE_VISITOR, "PUT", base + "/visitors/" + visitor.id, auth, json(change), 200,
                    new Object[] {visitor, sent});
        }

        private LoadRun.Request createChat(long n) {
            ObjectNode body = JSON.createObjectNode();
            ObjectNode visitor = body.putObject("visitor");
            visitor.put("name", "Load visitor " + thread + "-" + n);
            visitor.put("email", "load-" + thread + "-" + n + "@example.com");
            String message = "Offline message " + n + " from load thread " + thread;
            body.put("message", message);
            body.put("type", "offline_msg");
            ObjectNode session = body.putObject("session");
            session.put("browser", "LoadTest");
            session.put("platform", "Linux");
            body.put("timestamp", System.currentTimeMillis() / 1000);
            Map<String, String> sent = Map.of("message", message, "visitor.email", visitor.get("email").asText());
            return new LoadRun.Request(CREATE_CHAT, "POST", base + "/chats", auth, bytes(body), 201, sent);
        }

        @Override
        @SuppressWarnings("unchecked")
        public String check(LoadRun.Request request, HttpConnection.Response response) {
            try {
                switch (request.op()) {
                    case CREATE_VISITOR: {
                        Map<String, String> sent = (Map<String, String>) request.context();
                        JsonNode visitor = JSON.readTree(response.body());
                        String problem = ReadBack.visitorProblem(visitor, sent);
                        if (problem == null) {
                            visitors.add(new ReadBack.Created(true, visitor.path("id").asText(), response.body(), new LinkedHashMap<>(sent)));
                        }
                        return problem;
                    }
                    case UPDATE_VISITOR: {
                        Object[] context = (Object[]) request.context();
                        ReadBack.Created visitor = (ReadBack.Created) context[0];
                        Map<String, String> sent = (Map<String, String>) context[1];
                        JsonNode answer = JSON.readTree(response.body());
                        String problem = !visitor.id.equals(answer.path("id").asText()) ? "update answered another id: " + answer.path("id")
                                : ReadBack.visitorProblem(answer, sent);
                        if (problem == null) {
                            visitor.expected = response.body();
                            visitor.sent.putAll(sent);
                        }
                        return problem;
                    }
                    case CREATE_CHAT: {
                        Map<String, String> sent = (Map<String, String>) request.context();
                        JsonNode chat = JSON.readTree(response.body());
                        String problem = ReadBack.chatProblem(chat, sent);
                        if (problem == null) {
                            chats.add(new ReadBack.Created(false, chat.path("id").asText(), response.body(), sent));
                        }
                        return problem;
                    }
                    case SHOW_CHAT: {
                        if (request.context() instanceof ReadBack.Created chat) {
                            return ReadBack.sameJson(chat, response.body());
                        }
                        return response.body().length == 0 ? "empty body" : null;
                    }
                    default:
                        return response.body().length == 0 ? "empty body" : null;
                }
            } catch (IOException e) {
                return "answer is not JSON: " + e.getMessage();
            }
        }
    }

    private static byte[] json(Map<String, String> fields) {
        ObjectNode node = JSON.createObjectNode();
        fields.forEach(node::put);
        return bytes(node);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
