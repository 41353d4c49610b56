package dev.chatcontracts.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Exchange;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The engine's worst case for its guesses: a capture of List Chats answers of one size, each of chats only, then each
 * with one offline message at 90 % of its list (the engine guesses every object a chat, misses late and reads the body
 * again, then pauses its guesses). Blocks of bodies of each kind in turns, one JVM, the median time per body of the
 * second half of each block. Compare {@code late} with {@code all}; for the engine without guesses, run the same with
 * an older build's jar first on the class path.
 *
 * <pre>
 * java -cp "src/benchmarks/target/classes:src/benchmarks/target/lib/*" dev.chatcontracts.benchmarks.LateOfflineComparison \
 *     --bytes 1000000 --bodies 300 --blocks 3
 * </pre>
 */
public final class LateOfflineComparison {

    private static final String OFFLINE_MESSAGE = """
            {"id":"1410.123.OFFLINE","visitor":{"id":"1.12345","phone":"","notes":"","email":"visitor@example.com","name":"John"},
             "type":"offline_msg","message":"Hi there!","started_by":"visitor",
             "session":{"city":"Orlando","id":"141009.655464.1KhqS0Nw","platform":"Mac OS","country_code":"US"},
             "timestamp":"2014-10-09T05:28:35Z","department_id":1,"department_name":"Billing Department","unread":false,
             "webpath":[],"zendesk_ticket_id":null}""";

    private LateOfflineComparison() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, Set.of("root", "bytes", "bodies", "blocks"),
                "Usage: LateOfflineComparison [--root .] [--bytes 1000000] [--bodies 300] [--blocks 3]");
        ChatCorpus corpus = new ChatCorpus(args.string("root", "."));
        ObjectMapper mapper = corpus.mapper();
        int perChat = corpus.listChats(100, -1).length / 100;
        int chats = (int) Math.max(10, args.longValue("bytes", 1_000_000) / perChat);
        byte[] all = corpus.listChats(chats, -1);
        ObjectNode list = (ObjectNode) mapper.readTree(all);
        ((ArrayNode) list.get("chats")).set(chats * 9 / 10, mapper.readTree(OFFLINE_MESSAGE));
        byte[] late = mapper.writeValueAsBytes(list);
        ContractValidator engine = new ContractValidator(Contracts.load(List.of(corpus.specFile())), ValidationOptions.builder().build());
        Exchange allChats = ChatCorpus.listChatsExchange(all);
        Exchange lateOffline = ChatCorpus.listChatsExchange(late);
        for (Exchange exchange : List.of(allChats, lateOffline)) {
            if (!engine.validate(exchange).findings().isEmpty()) {
                throw new IllegalStateException("the valid bodies have findings");
            }
        }
        System.out.printf(Locale.ROOT, "%d chats a body (%,d and %,d bytes)%n", chats, all.length, late.length);
        int bodies = args.intValue("bodies", 300);
        for (int block = 1; block <= args.longValue("blocks", 3); block++) {
            System.out.printf(Locale.ROOT, "block %d: all %.2f ms, late %.2f ms a body%n", block, median(engine, allChats, bodies),
                    median(engine, lateOffline, bodies));
        }
    }

    /** The median time of the second half of {@code count} validations of {@code exchange}, in ms. */
    private static double median(ContractValidator engine, Exchange exchange, int count) {
        double[] times = new double[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            engine.validate(exchange);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] kept = Arrays.copyOfRange(times, count / 2, count);
        Arrays.sort(kept);
        return kept[kept.length / 2];
    }
}
