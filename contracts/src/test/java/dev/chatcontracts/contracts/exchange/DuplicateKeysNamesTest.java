package dev.chatcontracts.contracts.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The repeated names of one object, found at every size of the object, as a plain set of names finds them. */
class DuplicateKeysNamesTest {

    private static final JsonFactory JSON = new JsonFactory();

    /** Names with one hash code: "Aa" and "BB" hash alike, and so do their concatenations. */
    private static List<String> collidingNames(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; names.size() < count; i++) {
            StringBuilder name = new StringBuilder();
            for (int bit = 0; bit < 8; bit++) {
                name.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            names.add(name.toString());
        }
        return names;
    }

    private static List<String> plainNames(int count) {
        return Stream.iterate(0, i -> i + 1).limit(count).map(i -> "name" + i).toList();
    }

    static Stream<Arguments> objects() {
        return Stream.of(
                Arguments.of("1 name, repeated", List.of("a", "a")),
                Arguments.of("16 names, the first repeated last", withRepeats(plainNames(16), 0)),
                Arguments.of("17 names, the last repeated", withRepeats(plainNames(17), 16)),
                Arguments.of("40 names, three repeated", withRepeats(plainNames(40), 3, 39, 20)),
                Arguments.of("40 names of one hash, two repeated", withRepeats(collidingNames(40), 0, 39)),
                Arguments.of("256 names of one hash, none repeated", collidingNames(256)),
                Arguments.of("5,000 names, every hundredth repeated",
                        withRepeats(plainNames(5_000), Stream.iterate(0, i -> i + 100).limit(50).mapToInt(i -> i).toArray())));
    }

    private static List<String> withRepeats(List<String> names, int... repeated) {
        List<String> all = new ArrayList<>(names);
        for (int index : repeated) {
            all.add(names.get(index));
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void everyRepeatedNameIsReportedOnceForEachRepetition(String description, List<String> names) throws IOException {
        String object = names.stream().map(name -> "\"" + name + "\": 1").collect(Collectors.joining(", ", "{", "}"));
        List<String> expected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name) && expected.size() < DuplicateKeys.MAX_REPORTED) {
                expected.add("/o/" + name);
            }
        }

        try (JsonParser parser = JSON.createParser("{\"o\": " + object + ", \"next\": " + object.replace("\"a\"", "\"b\"") + "}")) {
            List<String> pointers = DuplicateKeys.scan(parser);

            assertThat(pointers.subList(0, expected.size())).containsExactlyElementsOf(expected);
            assertThat(pointers).hasSize(Math.min(DuplicateKeys.MAX_REPORTED, 2 * expected.size()));
        }
    }
}
