package dev.chatcontracts.contracts.engine;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.json;
import static dev.chatcontracts.contracts.TestExchanges.keysAndPointers;
import static dev.chatcontracts.contracts.TestExchanges.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.exchange.Exchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link ContractValidator} used by several threads at once: what the plans keep for the next bodies (the branches
 * their objects chose lately, the pauses of the guesses and of the certifier) is shared by every thread as a hint only,
 * so each exchange gets the findings it gets when the exchanges are validated one after the other.
 */
@Timeout(120)
class ConcurrentValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 4;

    @Test
    void threadsSharingAValidatorGetTheFindingsOfOneThread() throws Exception {
        List<Exchange> exchanges = exchanges(new Random(20_261_204L), 240);
        ContractValidator sequential = ContractValidator.bundled();
        List<List<String>> expected = new ArrayList<>();
        for (Exchange exchange : exchanges) {
            expected.add(keysAndPointers(sequential.validate(exchange)));
        }
        assertThat(expected).as("valid bodies").contains(List.of());
        assertThat(expected.stream().filter(f -> !f.isEmpty()).count()).as("bodies with findings").isGreaterThan(60);

        ContractValidator shared = new ContractValidator(Contracts.of(ApiContract.bundled("zendesk-chat")),
                ValidationOptions.builder().build());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < exchanges.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(t));
                runs.add(pool.submit(() -> {
                    List<String> failures = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (int i : order) {
                            List<String> actual = keysAndPointers(shared.validate(exchanges.get(i)));
                            if (!actual.equals(expected.get(i))) {
                                failures.add("exchange " + i + ": " + actual + ", alone " + expected.get(i));
                            }
                        }
                    }
                    return failures;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get(100, TimeUnit.SECONDS)).as("exchanges whose findings differ from one thread's").isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Show Chat and List Chats answers: chats and offline messages, valid, with an undeclared field, with a value of the
     * wrong type, with a repeated name; lists of chats with now and then an offline message among them.
     */
    private static List<Exchange> exchanges(Random random, int count) throws IOException {
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (random.nextInt(4) == 0) {
                ObjectNode list = JSON.createObjectNode();
                ArrayNode chats = list.putArray("chats");
                for (int c = random.nextInt(6); c >= 0; c--) {
                    chats.add(body(random));
                }
                list.put("count", chats.size());
                exchanges.add(json("GET", ZENDESK + "/chats", null, 200, list.toString()));
            } else {
                String body = body(random).toString();
                if (random.nextInt(8) == 0) {
                    body = "{\"unread\": true, " + body.substring(1);
                }
                exchanges.add(json("GET", ZENDESK + "/chats/1", null, 200, body));
            }
        }
        return exchanges;
    }

    private static ObjectNode body(Random random) throws IOException {
        boolean chat = random.nextInt(5) != 0;
        ObjectNode body = (ObjectNode) JSON.readTree(resource(chat ? "chat-valid.json" : "offline-message-valid.json"));
        switch (random.nextInt(6)) {
            case 0 -> body.put("zz_undeclared", random.nextInt(3));
            case 1 -> body.put(chat ? "unread" : "message", 7);
            default -> {
                // valid
            }
        }
        return body;
    }
}
