package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends MockTestSupport {

    private static final int THREADS = 8;
    private static final int ROUNDS = 15;

    @Test
    void manyThreadsCreatingAndReadingSeeNoErrorsAndEverythingIsReadableAfter() throws Exception {
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Queue<Long> agentIds = new ConcurrentLinkedQueue<>();
        Queue<String> chatIds = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                go.await();
                for (int round = 0; round < ROUNDS; round++) {
                    work(thread, round, failures, agentIds, chatIds);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> worker : workers) {
            worker.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(failures).isEmpty();
        assertThat(new HashSet<>(agentIds)).hasSize(THREADS * ROUNDS);
        assertThat(new HashSet<>(chatIds)).hasSize(THREADS * ROUNDS);
        List<Long> listed = ids(api.get("/agents").json());
        assertThat(listed).hasSize(5 + THREADS * ROUNDS).doesNotHaveDuplicates().isSorted().containsAll(agentIds);
        assertThat(api.get("/chats").json().get("count").asInt()).isEqualTo(7 + THREADS * ROUNDS);
        for (String chatId : chatIds) {
            JsonNode chat = api.get("/chats/" + chatId).json();
            assertThat(chat.get("unread").asBoolean()).as(chatId).isTrue();
        }
    }

    private void work(int thread, int round, Queue<String> failures, Queue<Long> agentIds, Queue<String> chatIds) {
        String email = "t" + thread + "r" + round + "@example.com";
        TestApi.Reply agent = api.post("/agents", json("{'email':'" + email + "','password':'p','first_name':'T'}"));
        expect(agent, 201, failures);
        if (agent.status() == 201) {
            long id = agent.json().get("id").asLong();
            agentIds.add(id);
            expect(api.get("/agents/" + id), 200, failures);
            expect(api.get("/agents/email/" + email), 200, failures);
        }
        TestApi.Reply chat = api.post("/chats", offlineMessage("t" + thread + " r" + round, 1_500_000_000L + round));
        expect(chat, 201, failures);
        if (chat.status() == 201) {
            String id = chat.json().get("id").asText();
            chatIds.add(id);
            expect(api.put("/chats/" + id, json("{'unread':true}")), 200, failures);
        }
        expect(api.get("/chats"), 200, failures);
    }

    private static void expect(TestApi.Reply reply, int status, Queue<String> failures) {
        if (reply.status() != status) {
            failures.add(reply.toString());
        }
    }
}
