package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Search and listing over thousands of chats, created out of timestamp order (from several threads, half of
 * them sharing a timestamp with another, so the id decides), some then updated or deleted: every page is
 * the right slice of what a sort of the created chats gives.
 */
class ChatsAtScaleTest extends MockTestSupport {

    private static final int SEARCHED = 5_000;
    private static final int LISTED = 2_000;
    private static final int PAGE = 40;
    private static final Comparator<Stored> ORDER = Comparator.comparing(Stored::timestamp).thenComparing(Stored::id);

    /** A chat as created: where it must sort, and its message's kind (i % 4). */
    private record Stored(Instant timestamp, String id, int kind) {
    }

    @Test
    void searchOverFiveThousandChatsReturnsTheRightPages() throws Exception {
        assertThat(search("zebrafish*", 1).get("count").asInt()).as("not in the seed").isZero();
        List<Stored> created = createChats(SEARCHED);

        // Deleted chats leave the results; a seeded chat whose comment now mentions zebrafish joins them.
        List<Stored> deleted = created.stream().filter(chat -> chat.kind() == 0).limit(100).toList();
        deleted.forEach(chat -> assertThat(api.delete("/chats/" + chat.id()).status()).isEqualTo(204));
        created.removeAll(deleted);
        JsonNode commented = api.put("/chats/123", json("{'comment':'Asked about ZebraFish tanks'}")).json();
        List<Stored> expected = new ArrayList<>(created.stream().filter(chat -> chat.kind() % 2 == 0).toList());
        expected.add(new Stored(Instant.parse(commented.get("timestamp").asText()), "123", 0));
        expected.sort(ORDER);
        int lastPage = (expected.size() + PAGE - 1) / PAGE;

        for (int page : List.of(1, 2, 17, lastPage - 1, lastPage)) {
            JsonNode body = search("zebrafish", page);
            List<String> want = ids(expected.subList((page - 1) * PAGE, Math.min(page * PAGE, expected.size())));
            assertThat(body.get("count").asInt()).as("page %d", page).isEqualTo(expected.size());
            assertThat(resultIds(body)).as("page %d", page).containsExactlyElementsOf(want);
            assertThat(body.get("next_url").isNull()).as("page %d", page).isEqualTo(page == lastPage);
            assertThat(body.get("prev_url").isNull()).as("page %d", page).isEqualTo(page == 1);
        }
        assertThat(resultIds(search("zebrafish", 1))).first().isEqualTo("123");
        JsonNode pastTheEnd = search("zebrafish", lastPage + 1);
        assertThat(pastTheEnd.get("results")).isEmpty();
        assertThat(pastTheEnd.get("next_url").isNull()).isTrue();

        // The prefix also finds "zebrafishes"; the other queries pick by type, range and name.
        assertThat(search("ZEBRAFISH*", 1).get("count").asInt())
                .isEqualTo(created.stream().filter(chat -> chat.kind() != 3).count() + 1);
        assertThat(search("chat_type:offline_msg", 1).get("count").asInt()).isEqualTo(created.size() + 2);
        List<Stored> ordered = new ArrayList<>(created);
        ordered.sort(ORDER);
        Stored from = ordered.get(1_000);
        Stored to = ordered.get(1_199);
        String range = "timestamp:[" + from.timestamp().toString().replace("Z", "") + " TO "
                + to.timestamp().toString().replace("Z", "") + "]";
        List<Stored> inRange = ordered.stream().filter(chat -> !chat.timestamp().isBefore(from.timestamp())
                && !chat.timestamp().isAfter(to.timestamp())).toList();
        JsonNode rangePage = search(range, 2);
        assertThat(rangePage.get("count").asInt()).isEqualTo(inRange.size());
        assertThat(resultIds(rangePage)).containsExactlyElementsOf(ids(inRange.subList(PAGE, 2 * PAGE)));

        // A renamed visitor is found by the new name, and only the renamed chats are.
        List<Stored> renamed = List.of(ordered.get(4_000), ordered.get(7), ordered.get(2_500));
        renamed.forEach(chat -> assertThat(api.put("/chats/" + chat.id(), json("{'visitor.name':'Zed Quartermaine'}"))
                .status()).isEqualTo(200));
        assertThat(resultIds(search("visitor_name:quartermaine", 1)))
                .containsExactly(ordered.get(7).id(), ordered.get(2_500).id(), ordered.get(4_000).id());
    }

    @Test
    void listingWalksTwoThousandChatsInOrderForwardAndBack() throws Exception {
        List<String> expected = new ArrayList<>();
        JsonNode seeded = api.get("/chats").json();
        seeded.get("chats").forEach(chat -> expected.add(chat.get("id").asText()));
        List<Stored> created = createChats(LISTED);
        created.sort(ORDER);
        expected.addAll(ids(created));

        List<List<String>> forward = new ArrayList<>();
        JsonNode page = api.get("/chats").json();
        while (true) {
            assertThat(page.get("count").asInt()).isEqualTo(expected.size());
            forward.add(chatIds(page));
            if (page.get("next_url").isNull()) {
                break;
            }
            page = follow(page.get("next_url").asText());
        }
        assertThat(forward.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(expected);
        assertThat(forward).hasSize((expected.size() + PAGE - 1) / PAGE);

        List<List<String>> backward = new ArrayList<>();
        backward.add(chatIds(page));
        while (!page.get("prev_url").isNull()) {
            page = follow(page.get("prev_url").asText());
            assertThat(page.get("next_url").isNull()).isFalse();
            backward.add(chatIds(page));
        }
        Collections.reverse(backward);
        assertThat(backward.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(expected);

        // A cursor keeps its place when the chat it was made from is deleted.
        JsonNode third = follow(follow(api.get("/chats").json().get("next_url").asText()).get("next_url").asText());
        assertThat(chatIds(third)).containsExactlyElementsOf(expected.subList(2 * PAGE, 3 * PAGE));
        assertThat(api.delete("/chats/" + expected.get(2 * PAGE)).status()).isEqualTo(204);
        JsonNode backToSecond = follow(third.get("prev_url").asText());
        assertThat(chatIds(backToSecond)).containsExactlyElementsOf(expected.subList(PAGE, 2 * PAGE));
        JsonNode forwardAgain = follow(backToSecond.get("next_url").asText());
        assertThat(chatIds(forwardAgain)).containsExactlyElementsOf(expected.subList(2 * PAGE + 1, 3 * PAGE + 1));
        assertThat(forwardAgain.get("count").asInt()).isEqualTo(expected.size() - 1);
    }

    /** Creates chats from four threads; their timestamps are a shuffle of count / 2 minutes, each used twice. */
    private List<Stored> createChats(int count) throws Exception {
        List<Integer> minutes = new ArrayList<>(IntStream.range(0, count).map(i -> i / 2).boxed().toList());
        Collections.shuffle(minutes, new Random(20_261_121L));
        Queue<Stored> created = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    for (int i = thread; i < count; i += 4) {
                        String message = switch (i % 4) {
                            case 0 -> "Order " + i + " about Zebrafish food";
                            case 1 -> "Order " + i + " about zebrafishes";
                            case 2 -> "ZEBRAFISH-" + i;
                            default -> "Order " + i + " about goldfish";
                        };
                        long seconds = 1_600_000_000L + minutes.get(i) * 60L;
                        TestApi.Reply reply = api.post("/chats", offlineMessage(message, seconds));
                        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
                        created.add(new Stored(Instant.ofEpochSecond(seconds), reply.json().get("id").asText(), i % 4));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(created).hasSize(count);
        return new ArrayList<>(created);
    }

    private JsonNode search(String query, int page) {
        TestApi.Reply reply = api.get("/chats/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + page);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private JsonNode follow(String url) {
        URI uri = URI.create(url);
        TestApi.Reply reply = api.at(URI.create(uri.getScheme() + "://" + uri.getAuthority()))
                .get(uri.getRawPath() + "?" + uri.getRawQuery());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> ids(List<Stored> chats) {
        return chats.stream().map(Stored::id).toList();
    }

    private static List<String> resultIds(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("results").forEach(result -> ids.add(result.get("id").asText()));
        return ids;
    }

    private static List<String> chatIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("chats").forEach(chat -> ids.add(chat.get("id").asText()));
        return ids;
    }
}
