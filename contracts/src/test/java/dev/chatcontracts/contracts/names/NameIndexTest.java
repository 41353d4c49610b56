package dev.chatcontracts.contracts.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameIndexTest {

    /** Names of one hash code: "Aa" and "BB" hash alike, and so do their concatenations. */
    private static String colliding(int i) {
        StringBuilder name = new StringBuilder();
        for (int bit = 0; bit < 10; bit++) {
            name.append((i >> bit & 1) == 0 ? "Aa" : "BB");
        }
        return name.toString();
    }

    @ParameterizedTest(name = "{0} names")
    @ValueSource(ints = {0, 1, 3, 17, 300})
    void everyNameIsFoundAsItselfOrAsAnEqualStringAndNoOtherNameIs(int count) {
        Map<String, Integer> entries = new LinkedHashMap<>();
        IntStream.range(0, count).forEach(i -> entries.put(i % 2 == 0 ? "name" + i : colliding(i), i));
        NameIndex<Integer> index = new NameIndex<>(entries);

        entries.forEach((name, value) -> {
            assertThat(index.get(name)).isEqualTo(value);
            assertThat(index.get(new String(name.toCharArray()))).as("a copy of %s", name).isEqualTo(value);
        });
        for (String absent : List.of("", "name-1", "name" + count, colliding(count + 1), "Aa")) {
            assertThat(index.get(absent)).as(absent).isNull();
        }
    }
}
