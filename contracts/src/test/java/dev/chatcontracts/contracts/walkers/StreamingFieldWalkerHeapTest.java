package dev.chatcontracts.contracts.walkers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.ChildJvm;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming walker streams: a List Chats body three times the heap is walked in a 48 MB JVM. */
class StreamingFieldWalkerHeapTest {

    @Test
    void aBigListChatsBodyStreamsInASmallHeap() throws Exception {
        int chats = 700_000;
        ChildJvm.Result run = ChildJvm.run(Duration.ofMinutes(5), List.of("-Xmx48m", "-XX:+UseSerialGC"), BigListChats.class,
                String.valueOf(chats));
        String output = run.output();

        assertThat(run.exitCode()).as(output).isZero();
        List<String> lines = output.lines().toList();
        assertThat(lines.get(lines.size() - 2))
                .isEqualTo((chats / 1000) + " /chats/0/zz /chats/" + (chats - 1000) + "/zz /chats/*/zz");
        assertThat(Long.parseLong(lines.get(lines.size() - 1))).as("bytes walked, three times the heap").isGreaterThan(3 * 48L << 20);
    }

    /** Walks a generated List Chats body of {@code args[0]} chats, each 1000th with an unknown field. */
    public static final class BigListChats {
        public static void main(String[] args) throws IOException {
            int chats = Integer.parseInt(args[0]);
            ApiContract contract = ApiContract.bundled("zendesk-chat");
            StreamingFieldWalker walker = new StreamingFieldWalker(contract.spec().tree());
            Operation listChats = contract.operation("listChats").orElseThrow();
            JsonNode schema = contract.node(contract.response(listChats, 200).orElseThrow().schemaPointers().get("application/json"));
            try (JsonParser parser = new JsonFactory().createParser(new GeneratedListChats(chats))) {
                WalkResult result = walker.walk(schema, parser);
                List<String> unknown = result.unknownPointers();
                System.out.println(unknown.size() + " " + unknown.get(0) + " " + unknown.get(unknown.size() - 1) + " "
                        + String.join(",", result.unknownPaths()));
                System.out.println(parser.currentLocation().getByteOffset());
            }
        }
    }

    /** {@code {"chats":[...], "count":n}}, made chat by chat; chats have {@code type} last. */
    private static final class GeneratedListChats extends InputStream {
        private final int chats;
        private int next = -1;
        private byte[] chunk = new byte[0];
        private int at;

        GeneratedListChats(int chats) {
            this.chats = chats;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (at == chunk.length) {
                if (next > chats) {
                    return -1;
                }
                chunk = chunk(next++).getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            int n = Math.min(len, chunk.length - at);
            System.arraycopy(chunk, at, b, off, n);
            at += n;
            return n;
        }

        private String chunk(int i) {
            if (i < 0) {
                return "{\"chats\":[";
            }
            if (i == chats) {
                return "],\"count\":" + chats + ",\"next_url\":null}";
            }
            boolean offline = i % 2 == 1;
            String history = offline ? "" : "\"history\":[{\"msg\":\"hello " + i + "\",\"name\":\"Visitor\",\"type\":\"chat.msg\"}],";
            return (i == 0 ? "{" : ",{") + history + "\"id\":\"" + i + "\",\"session\":{\"browser\":\"Firefox\",\"city\":\"Paris\"},"
                    + "\"visitor\":{\"email\":\"v@example.com\",\"name\":\"Visitor " + i + "\"},"
                    + "\"webpath\":[{\"title\":\"Home\",\"to\":\"https://example.com/\"}],"
                    + (offline ? "\"message\":\"m\"," : "") + (i % 1000 == 0 ? "\"zz\":true," : "")
                    + "\"type\":\"" + (offline ? "offline_msg\"}" : "chat\"}");
        }
    }
}
