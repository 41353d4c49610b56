package dev.chatcontracts.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the load test created, and how it checks it: the answers of writes carry the values sent, and
 * after the load every created resource reads back as its last write answered.
 */
final class ReadBack {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadBack() {
    }

    static final class Created {
        final boolean visitor;
        final String id;
        /** The last answer of a write to it (create or update): what a read must return. */
        byte[] expected;
        /** The values this run last sent, which the answers must carry. */
        final Map<String, String> sent;

        Created(boolean visitor, String id, byte[] expected, Map<String, String> sent) {
            this.visitor = visitor;
            this.id = id;
            this.expected = expected;
            this.sent = sent;
        }
    }

    /** Reads back every created resource: 200 and the JSON of the last write, carrying the values sent. */
    static final class VerifyPlan implements LoadRun.Plan {
        private final ConcurrentLinkedQueue<Created> queue;
        private final String base;
        private final String auth;

        VerifyPlan(ConcurrentLinkedQueue<Created> queue, String base, String auth) {
            this.queue = queue;
            this.base = base;
            this.auth = auth;
        }

        @Override
        public LoadRun.Request next() {
            Created created = queue.poll();
            if (created == null) {
                return null;
            }
            return new LoadRun.Request(created.visitor ? 0 : 1, "GET",
                    base + (created.visitor ? "/visitors/" : "/chats/") + created.id, auth, null, 200, created);
        }

        @Override
        public String check(LoadRun.Request request, HttpConnection.Response response) {
            Created created = (Created) request.context();
            try {
                JsonNode actual = JSON.readTree(response.body());
                String problem = created.visitor ? visitorProblem(actual, created.sent) : chatProblem(actual, created.sent);
                return problem != null ? problem : sameJson(created, response.body());
            } catch (IOException e) {
                return "answer is not JSON: " + e.getMessage();
            }
        }
    }

    static String visitorProblem(JsonNode visitor, Map<String, String> sent) {
        if (!visitor.path("id").isTextual() || visitor.path("id").asText().isEmpty()) {
            return "visitor without a string id: " + visitor;
        }
        for (Map.Entry<String, String> field : sent.entrySet()) {
            if (!field.getValue().equals(visitor.path(field.getKey()).asText(null))) {
                return "visitor " + visitor.path("id").asText() + " has " + field.getKey() + "="
                        + visitor.path(field.getKey()) + ", sent " + field.getValue();
            }
        }
        return null;
    }

    static String chatProblem(JsonNode chat, Map<String, String> sent) {
        if (!chat.path("id").isTextual() || chat.path("id").asText().isEmpty()) {
            return "offline message without a string id: " + chat;
        }
        if (!"offline_msg".equals(chat.path("type").asText())) {
            return "chat " + chat.path("id").asText() + " has type " + chat.path("type");
        }
        if (!sent.get("message").equals(chat.path("message").asText(null))
                || !sent.get("visitor.email").equals(chat.path("visitor").path("email").asText(null))) {
            return "chat " + chat.path("id").asText() + " does not carry the message and visitor sent: " + chat;
        }
        return null;
    }

    static String sameJson(Created created, byte[] body) throws IOException {
        JsonNode expected = JSON.readTree(created.expected);
        JsonNode actual = JSON.readTree(body);
        return expected.equals(actual) ? null
                : (created.visitor ? "visitor " : "chat ") + created.id + " reads back as " + LoadRun.abbreviate(actual.toString())
                        + ", last written " + LoadRun.abbreviate(expected.toString());
    }
}
