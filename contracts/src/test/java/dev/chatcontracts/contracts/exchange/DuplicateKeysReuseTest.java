package dev.chatcontracts.contracts.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The name sets a thread's bodies reuse keep nothing of the body before. */
class DuplicateKeysReuseTest {

    private static final JsonFactory JSON = new JsonFactory();

    private static List<String> scan(String json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            return DuplicateKeys.scan(parser);
        }
    }

    private static String object(int names, String extra) {
        return IntStream.range(0, names).mapToObj(i -> "\"n" + i + "\": " + i).collect(Collectors.joining(", ", "{", extra + "}"));
    }

    @Test
    void aBodyAfterAnotherSeesOnlyItsOwnNames() throws IOException {
        assertThat(scan("{\"a\": {\"x\": 1, \"y\": 2}, \"b\": [{\"x\": 1}]}")).isEmpty();

        assertThat(scan("{\"a\": {\"x\": 1}, \"b\": {\"y\": 1}}")).isEmpty();
        assertThat(scan("{\"a\": {\"x\": 1, \"x\": 2}}")).containsExactly("/a/x");
    }

    @Test
    void objectsWithManyNamesAreComparedAfreshInTheNextBody() throws IOException {
        assertThat(scan(object(40, ", \"n3\": 0"))).containsExactly("/n3");

        assertThat(scan(object(40, ""))).isEmpty();
        assertThat(scan("{\"o\": " + object(30, "") + ", \"p\": " + object(30, ", \"n29\": 1") + "}")).containsExactly("/p/n29");
        assertThat(scan(object(2_000, ""))).isEmpty();
        assertThat(scan(object(20, ", \"n19\": 1"))).containsExactly("/n19");
    }

    @Test
    void aBodyCutShortLeavesNothingBehind() throws IOException {
        assertThatThrownBy(() -> scan("{\"a\": {\"b\": {\"c\": 1, \"d\": ")).isInstanceOf(IOException.class);

        assertThat(scan("{\"a\": {\"b\": {\"c\": 1, \"d\": 2}}}")).isEmpty();
        assertThat(scan("{\"c\": 1, \"d\": 2, \"c\": 3}")).containsExactly("/c");
    }
}
