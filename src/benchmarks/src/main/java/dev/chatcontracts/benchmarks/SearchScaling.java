package dev.chatcontracts.benchmarks;

import dev.chatcontracts.mock.MockProvider;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * How the mock's Search Chats (and, for comparison, Show Chat) latency grows with the number of chats
 * stored: one connection, no concurrency, offline messages created in steps, then a few timed searches at
 * each step. Explains the load test's default-mix result.
 *
 * <pre>
 * java -cp ... dev.chatcontracts.benchmarks.SearchScaling [--steps 0,1000,5000,20000] [--samples 10]
 * </pre>
 */
public final class SearchScaling {

    private SearchScaling() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, Set.of("steps", "samples"),
                "Usage: SearchScaling [--steps 0,1000,5000,20000] [--samples 10]");
        int[] steps = Arrays.stream(args.string("steps", "0,1000,5000,20000").split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).sorted().toArray();
        int samples = Math.max(1, args.intValue("samples", 10));
        if (steps[steps.length - 1] > 200_000) {
            throw new IllegalArgumentException("at most 200,000 chats");
        }
        System.out.printf(Locale.ROOT, "Search Chats latency against the number of stored chats, %s; %s%n", Instant.now(),
                Machine.describe());
        try (MockProvider mock = MockProvider.start();
             HttpConnection http = new HttpConnection("127.0.0.1", mock.port(), 60_000)) {
            String base = mock.zendeskBaseUrl().getRawPath();
            String auth = mock.credentials().bearerAuthorization();
            int created = 0;
            for (int step : steps) {
                while (created < step) {
                    String body = "{\"visitor\":{\"name\":\"Scaling visitor\",\"email\":\"scaling@example.com\"},"
                            + "\"message\":\"Scaling message " + created + "\",\"type\":\"offline_msg\",\"session\":{},"
                            + "\"timestamp\":" + (1_700_000_000L + created) + "}";
                    expect(http.send("POST", base + "/chats", auth, body.getBytes(StandardCharsets.UTF_8)), 201);
                    created++;
                }
                for (String q : new String[] {"chocolate", "chat_type:offline_msg"}) {
                    String search = base + "/chats/search?q=" + q;
                    for (int i = 0; i < 3; i++) {
                        expect(http.send("GET", search, auth, null), 200);
                    }
                    long began = System.nanoTime();
                    for (int i = 0; i < samples; i++) {
                        expect(http.send("GET", search, auth, null), 200);
                    }
                    double searchMs = (System.nanoTime() - began) / 1e6 / samples;
                    began = System.nanoTime();
                    for (int i = 0; i < samples; i++) {
                        expect(http.send("GET", base + "/chats/123", auth, null), 200);
                    }
                    double showMs = (System.nanoTime() - began) / 1e6 / samples;
                    System.out.printf(Locale.ROOT, "  %,7d chats created: searchChats q=%-22s %9.2f ms a request; showChat %6.2f ms%n",
                            created, q, searchMs, showMs);
                }
            }
        }
    }

    private static void expect(HttpConnection.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("HTTP " + response.status() + ": " + response.bodyText());
        }
    }
}
