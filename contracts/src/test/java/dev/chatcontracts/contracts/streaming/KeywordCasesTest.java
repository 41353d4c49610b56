package dev.chatcontracts.contracts.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every supported keyword, including those the bundled specs do not use, and the reporting rules of
 * the compositions ({@code streaming/keyword-cases.json}): hand-picked instances, then random ones, get
 * networknt's verdicts.
 */
class KeywordCasesTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = KeywordCasesTest.class.getResourceAsStream("/streaming/keyword-cases.json")) {
            JsonNode cases = new ObjectMapper().readTree(in);
            List<Arguments> arguments = new ArrayList<>();
            cases.forEach(c -> arguments.add(Arguments.of(c.get("name").asText(), c.get("schema"), c.get("instances"))));
            return arguments.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void handPickedInstancesGetNetworkntsVerdicts(String name, JsonNode schema, JsonNode instances) {
        List<String> failures = new ArrayList<>();
        instances.forEach(instance -> Agreement.disagreement(schema, instance).ifPresent(failures::add));
        assertThat(failures).as(name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void randomInstancesGetNetworkntsVerdicts(String name, JsonNode schema, JsonNode instances) {
        TreeSet<String> names = new TreeSet<>(List.of("a", "b", "c", "d", "x", "y", "kind", "n", "s", "value", "children",
                "meta", "v", "two", "other", "email", "at", "url", "self"));
        schema.findValues("properties").forEach(properties -> properties.fieldNames().forEachRemaining(names::add));
        List<String> failures = new ArrayList<>();
        SeededCases.seeds("keywords " + name, 80).forEach(seed -> {
            Random random = new Random(seed);
            RandomJson json = new RandomJson(random, List.copyOf(names));
            JsonNode instance = switch (random.nextInt(4)) {
                case 0 -> json.any(3);
                case 1 -> json.array(2);
                default -> json.object(3);
            };
            Agreement.disagreement(schema, instance).ifPresent(d -> failures.add("seed " + seed + ": " + d));
        });
        assertThat(failures).as(name).isEmpty();
    }
}
