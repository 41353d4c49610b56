package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search index only narrows: for every query, the chats a search finds through the index are the chats a
 * walk over the whole store finds, in the same order; and a search for something rare looks at few chats.
 * Texts and queries are drawn (seeded) from pieces where case folding and word boundaries are tricky.
 */
class ChatSearchIndexTest {

    /** Word pieces: ASCII, accents, the Kelvin sign, sharp s, dotted/dotless i, U+0345, digits, an emoji. */
    private static final List<String> PIECES = List.of("chocolate", "Chocolate", "CAKE", "cake", "café", "cafe",
            "\u212Aelvin", "kelvin", "straße", "STRASSE", "İstanbul", "ıstanbul", "ι", "\u0345", "x\u0345y", "42",
            "e-mail", "e", "mail", "fudge", "\uD83D\uDE00", "Tom", "tom", "Baker", "naïve", "ǅemal", "Ⓐbc", "ⓐbc");
    /** Plain words: no text is kept aside, so the index alone decides the candidates. */
    private static final List<String> PLAIN = List.of("chocolate", "cake", "fudge", "Tom", "Baker", "hello", "order");
    private static final List<String> SEPARATORS = List.of(" ", "-", ", ", "", ".", "_", "  ");

    record Case(String query, List<String> expectedIds) {
        @Override
        public String toString() {
            return query;
        }
    }

    static Stream<String> queries() {
        Random random = new Random(20261202L);
        List<String> queries = new ArrayList<>();
        for (String piece : PIECES) {
            queries.add(quoted(piece));
            queries.add(quoted(piece + "*"));
            queries.add("agent_names:" + quoted(piece));
            queries.add("visitor_name:" + quoted(piece + "*"));
        }
        IntStream.range(0, 60).forEach(i -> queries.add(quoted(text(random, 2, PIECES)) + (random.nextBoolean() ? "" : "*")));
        queries.addAll(List.of("visitor_email:" + "HARRY@example.COM", "visitor_email:\u212Aate@example.com",
                "chat_type:offline_msg AND chocolate", "rating:GOOD AND cake*", "type:chat",
                "timestamp:[2014-10-10 TO *] AND tom", "rating:bad"));
        return queries.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void findsWhatAWalkOverEveryChatFinds(String query) {
        ChatStore store = store(new Random(7L), 400, PIECES);
        ChatSearchQuery parsed = ChatSearchQuery.parse(query);

        List<String> walked = store.inOrder().stream().filter(parsed::matches).map(ChatDocument::id).toList();
        List<String> indexed = StreamSupport.stream(store.searchCandidates(parsed).spliterator(), false)
                .filter(parsed::matches).map(ChatDocument::id).toList();

        assertThat(indexed).isEqualTo(walked);
    }

    @Test
    void aRareWordLooksAtItsChatsOnly() {
        ChatStore store = store(new Random(11L), 2_000, PLAIN);
        store.put(chat("rare-1", "2015-01-01T00:00:00Z", "a zanzibar question", "Ann", "ann@example.com", "chat"));

        assertThat(store.searchCandidates(ChatSearchQuery.parse("zanzibar"))).extracting(ChatDocument::id)
                .containsExactly("rare-1");
        assertThat(store.searchCandidates(ChatSearchQuery.parse("visitor_email:ANN@example.com")))
                .extracting(ChatDocument::id).containsExactly("rare-1");
        assertThat(store.searchCandidates(ChatSearchQuery.parse("zanz*"))).extracting(ChatDocument::id)
                .containsExactly("rare-1");
    }

    @Test
    void updatesAndDeletesLeaveTheIndex() {
        ChatStore store = store(new Random(3L), 50, PLAIN);
        store.put(chat("moving", "2015-01-01T00:00:00Z", "quokka", "Ann", "ann@example.com", "chat"));
        store.update("moving", old -> chat("moving", "2016-01-01T00:00:00Z", "wombat", "Ann", "ann@example.com", "chat"));

        assertThat(store.searchCandidates(ChatSearchQuery.parse("quokka"))).isEmpty();
        assertThat(store.searchCandidates(ChatSearchQuery.parse("wombat"))).extracting(ChatDocument::id)
                .containsExactly("moving");
        store.delete("moving");
        assertThat(store.searchCandidates(ChatSearchQuery.parse("wombat"))).isEmpty();
    }

    @Test
    void aQueryWithNoIndexedTermWalksEveryChat() {
        ChatStore store = store(new Random(5L), 30, PIECES);

        assertThat(store.searchCandidates(ChatSearchQuery.parse("timestamp:[* TO *]"))).hasSize(30);
    }

    private static ChatStore store(Random random, int size, List<String> pieces) {
        ChatStore store = new ChatStore();
        List<String> names = List.of("Harry", "harry", "Tom Baker", "ǅemal", "\u212Aate", "x\u0345y", "Sally");
        List<String> emails = List.of("harry@example.com", "HARRY@EXAMPLE.COM", "kate@example.com", "\u212Aate@example.com",
                "\uD83D\uDE00@example.com", "").stream()
                .filter(email -> pieces != PLAIN || email.chars().allMatch(c -> c < 0x80)).toList();
        for (int i = 0; i < size; i++) {
            String timestamp = "2014-%02d-%02dT10:00:00Z".formatted(1 + random.nextInt(12), 1 + random.nextInt(28));
            store.put(chat("c" + i, timestamp, text(random, 1 + random.nextInt(6), pieces), names.get(random.nextInt(names.size())),
                    emails.get(random.nextInt(emails.size())), random.nextInt(3) == 0 ? "offline_msg" : "chat"));
        }
        return store;
    }

    private static ChatDocument chat(String id, String timestamp, String message, String name, String email, String type) {
        ObjectNode json = Json.object();
        json.put("id", id).put("type", type).put("timestamp", timestamp).put("rating", id.hashCode() % 2 == 0 ? "good" : "bad");
        json.putObject("visitor").put("name", name).put("email", email);
        ArrayNode agents = json.putArray("agent_names");
        agents.add(name.equals("Harry") ? "Tom Baker" : name);
        if (type.equals("offline_msg")) {
            json.put("message", message);
        } else {
            json.putArray("history").addObject().put("type", "chat.msg").put("msg", message);
        }
        return new ChatDocument(json);
    }

    private static String text(Random random, int count, List<String> pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pieces.get(random.nextInt(pieces.size()))).append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
        }
        return text.toString().strip();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "") + "\"";
    }
}
