package dev.chatcontracts.contracts.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.checks.TreeReference;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.contract.Operation;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.openapi.examples.DocumentedExample;
import dev.chatcontracts.openapi.examples.Direction;
import dev.chatcontracts.openapi.examples.ExampleCollector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's one pass over a body (streaming validator, duplicate keys, field walk, values shown) against
 * the networknt tree reference ({@link TreeReference}, the former tree path): the same finding keys,
 * pointers, schema locations, expected and actual values for every documented example, for seeded
 * mutations of them ({@link Mutation}, {@link SeededCases}) and for hostile bodies.
 */
class OnePassEngineCrossCheckTest {

    private static final List<Example> EXAMPLES = Contracts.bundled().all().stream()
            .flatMap(contract -> new ExampleCollector().collect(contract.spec()).stream().map(e -> new Example(contract, e)))
            .toList();

    private record Example(ApiContract contract, DocumentedExample example) {
        Exchange exchange(JsonNode value) {
            return exchange(value.toString().getBytes(StandardCharsets.UTF_8));
        }

        Exchange exchange(byte[] body) {
            Operation operation = contract.operation(example.operationId()).orElseThrow();
            String url = contract.servers().get(0).defaultUrl() + operation.path().template()
                    .replace("{agent_id}", "2").replace("{email_id}", "kevin@doe.com").replace("{chat_id}", "1410.1.X")
                    .replace("{visitor_id}", "1.12345").replace("{screen_name}", "zylkerinc")
                    .replace("{conversation_id}", "666300030000479029");
            Exchange.Builder exchange = Exchange.builder().request(operation.method(), url);
            if (example.direction() == Direction.REQUEST) {
                return exchange.requestHeader("Content-Type", example.mediaType()).requestBody(Body.ofBytes(body)).status(400).build();
            }
            return exchange.status(Integer.parseInt(example.status())).responseHeader("Content-Type", example.mediaType())
                    .responseBody(Body.ofBytes(body)).build();
        }
    }

    static Stream<Arguments> documentedExamples() {
        return EXAMPLES.stream().map(e -> Arguments.of(e.contract().name() + " " + e.example().id(), e.exchange(e.example().value())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedExamples")
    void documentedExamplesGetTheTreeReferencesFindings(String name, Exchange exchange) {
        assertSame(name, exchange);
    }

    @Test
    void seededMutationsGetTheTreeReferencesFindings() {
        List<String> failures = new ArrayList<>();
        List<String> names = SpecSubjects.INSTANCE.names;
        int[] withFindings = {0};
        SeededCases.seeds("onePassEngine", 600).forEach(seed -> {
            Random random = new Random(seed);
            Example example = EXAMPLES.get(random.nextInt(EXAMPLES.size()));
            List<Mutation> mutations = new ArrayList<>();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                mutations.add(Mutation.random(random));
            }
            Exchange exchange = example.exchange(Mutation.applyAll(example.example().value(), mutations, names));
            List<String> reference = TreeReference.reference(exchange);
            List<String> engine = TreeReference.engine(exchange);
            withFindings[0] += reference.isEmpty() ? 0 : 1;
            if (!engine.equals(reference)) {
                failures.add("seed " + seed + " " + example.example().id() + " " + mutations + ": engine " + engine
                        + ", reference " + reference);
            }
        });
        assertThat(failures).as("cases where the one pass and the tree reference disagree").isEmpty();
        assertThat(withFindings[0]).as("mutants with findings").isGreaterThan(300);
    }

    static Stream<Arguments> hostileBodies() {
        Example chat = EXAMPLES.stream().filter(e -> e.example().id().startsWith("showChat 200")).findFirst().orElseThrow();
        Example agent = EXAMPLES.stream().filter(e -> e.example().id().startsWith("createAgent") && e.example().direction() == Direction.REQUEST)
                .findFirst().orElseThrow();
        return Stream.of(
                Arguments.of("not JSON", chat.exchange(bytes("<html>oops</html>"))),
                Arguments.of("truncated", chat.exchange(bytes("{\"id\":\"1\",\"visitor\":{"))),
                Arguments.of("latin-1", chat.exchange(new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xE9, '"', '}'})),
                Arguments.of("lone surrogate", chat.exchange(new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'})),
                Arguments.of("overlong", chat.exchange(new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'})),
                Arguments.of("trailing content", chat.exchange(bytes("{\"id\":\"1\"} {}"))),
                Arguments.of("whitespace", chat.exchange(bytes("  \n "))),
                Arguments.of("nested 2,000 deep", chat.exchange(bytes("[".repeat(2000) + "]".repeat(2000)))),
                Arguments.of("deep but allowed", chat.exchange(bytes("{\"visitor\":" + "[".repeat(900) + "]".repeat(900) + "}"))),
                Arguments.of("duplicate keys", chat.exchange(bytes("{\"id\":1,\"id\":\"2\",\"visitor\":{\"name\":1,\"name\":2}}"))),
                Arguments.of("secret at unknown field", chat.exchange(bytes("{\"id\":\"1\",\"password\":\"hunter2\",\"token\":[1,2]}"))),
                Arguments.of("a long string", chat.exchange(bytes("{\"id\":\"" + "x".repeat(100_000) + "\",\"unread\":\"" + "y".repeat(500) + "\"}"))),
                Arguments.of("request with readOnly and unknown", agent.exchange(bytes("{\"id\":5,\"create_date\":\"x\",\"zzz\":{\"a\":[1]}}"))),
                Arguments.of("array root", chat.exchange(bytes("[{\"id\":1}]"))),
                Arguments.of("scalar root", chat.exchange(bytes("\"just a string\""))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void hostileBodiesGetTheTreeReferencesFindings(String name, Exchange exchange) {
        assertThat(TreeReference.reference(exchange)).as("the reference finds something").isNotEmpty();
        assertSame(name, exchange);
    }

    private static void assertSame(String name, Exchange exchange) {
        assertThat(TreeReference.engine(exchange)).as(name).isEqualTo(TreeReference.reference(exchange));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
