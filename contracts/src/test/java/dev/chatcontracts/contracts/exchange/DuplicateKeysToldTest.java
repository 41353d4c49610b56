package dev.chatcontracts.contracts.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A listener that looks a member's name up anyway may tell the parser whether its object repeats it. */
class DuplicateKeysToldTest {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String BODY = """
            {"k1":1,"o":2,"k1":3,"o":4,"in":{"k2":[{"k2":1,"k2":2}],"k2":5,"p":6,"p":7},"k3":{},"q":8}""";

    /** Tells for the names starting with "k" (keeping its own names per object), leaves the others untold. */
    private static final class TellingListener implements TokenListener {
        final Deque<Set<String>> objects = new ArrayDeque<>();
        final List<String> heard = new ArrayList<>();

        @Override
        public void token(JsonToken token, JsonParser parser) {
            heard.add(token.name());
            if (token == JsonToken.START_OBJECT) {
                objects.push(new HashSet<>());
            } else if (token == JsonToken.END_OBJECT) {
                objects.pop();
            }
        }

        @Override
        public int name(String name, JsonParser parser) {
            heard.add("name " + name);
            if (!name.startsWith("k")) {
                return UNTOLD;
            }
            return objects.peek().add(name) ? FIRST : REPEATED;
        }
    }

    @Test
    void toldNamesAndUntoldNamesAreBothFoundRepeated() throws IOException {
        TellingListener listener = new TellingListener();
        List<String> told;
        try (DuplicateKeys json = DuplicateKeys.watching(JSON.createParser(BODY), listener)) {
            while (json.nextToken() != null) {
                // every token through the parser
            }
            told = json.pointers();
        }

        assertThat(told).as("the same pointers as the parser's own check").isEqualTo(DuplicateKeys.scan(JSON.createParser(BODY)))
                .containsExactly("/k1", "/o", "/in/k2/0/k2", "/in/k2", "/in/p");
        assertThat(listener.heard).as("a name is heard once, as a name, not as a FIELD_NAME token")
                .contains("name k1", "name o", "name k3").doesNotContain("FIELD_NAME");
    }

    @Test
    void aListenerThatOnlyHearsTokensGetsTheNamesAsTokens() throws IOException {
        List<JsonToken> heard = new ArrayList<>();
        try (DuplicateKeys json = DuplicateKeys.watching(JSON.createParser(BODY), (token, parser) -> heard.add(token))) {
            while (json.nextToken() != null) {
                // every token through the parser
            }
            assertThat(json.pointers()).containsExactly("/k1", "/o", "/in/k2/0/k2", "/in/k2", "/in/p");
        }

        assertThat(heard).filteredOn(token -> token == JsonToken.FIELD_NAME).hasSize(13);
    }
}
