package dev.chatcontracts.contracts.checks;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.keysAndPointers;
import static dev.chatcontracts.contracts.TestExchanges.request;
import static dev.chatcontracts.contracts.TestExchanges.resource;
import static dev.chatcontracts.contracts.TestExchanges.response;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.openapi.examples.ExampleCollector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every body is checked without a tree, in one pass; the findings must not depend on the streaming threshold
 * (which only decides whether a body is kept for the session rules) and must be the ones the former tree
 * path ({@link TreeReference}: networknt on the tree) gives: same keys, severities, pointers, schema
 * locations, expected and actual values.
 * Every exchange of the rule tables, every documented example, seeded mutations of the valid bodies and
 * unreadable bodies are validated both ways (threshold 0 streams every body).
 */
class StreamedBodiesTest {

    private static final ContractValidator TREE = ContractValidator.bundled();
    private static final ContractValidator STREAMING = new ContractValidator(Contracts.bundled(),
            ValidationOptions.builder().streamingThresholdBytes(0).build());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = 20261121L;
    private static final int MUTANTS_PER_BODY = 40;
    private static final String ZENDESK_ERROR = "{\"error\":\"Bad Request\",\"description\":\"invalid\"}";

    static Stream<Arguments> ruleTables() {
        Stream<Arguments> responses = Stream.concat(FieldRulesTest.responseFields(), FieldRulesTest.validResponses())
                .map(Arguments::get)
                .map(row -> Arguments.of(row[0] + " " + row[1], response((String) row[1], (String) row[2], (Integer) row[3], (String) row[0])));
        Stream<Arguments> requests = Stream.concat(FieldRulesTest.requestFields(), FieldRulesTest.validRequests())
                .map(Arguments::get)
                .map(row -> Arguments.of(row[0] + " " + row[1], request((String) row[1], (String) row[2], (String) row[0], 400,
                        ZENDESK_ERROR)));
        return Stream.concat(responses, requests);
    }

    static Stream<Arguments> documentedExamples() {
        return Contracts.bundled().all().stream().flatMap(contract -> new ExampleCollector().collect(contract.spec()).stream()
                .map(example -> Arguments.of(contract.name() + ": " + example.id(),
                        DocumentedExamplesThroughTheEngineTest.exchangeOf(contract, example))));
    }

    static Stream<Arguments> mutants() {
        Random random = new Random(SEED);
        List<Arguments> cases = new ArrayList<>();
        FieldRulesTest.validResponses().map(Arguments::get).forEach(row -> {
            Exchange valid = response((String) row[1], (String) row[2], (Integer) row[3], (String) row[0]);
            JsonNode body = parse(resource((String) row[0]));
            for (int i = 0; i < MUTANTS_PER_BODY; i++) {
                JsonNode mutant = mutate(body.deepCopy(), random);
                cases.add(Arguments.of(row[0] + " mutant " + i,
                        valid.toBuilder().responseBody(mutant.toString()).build()));
            }
        });
        FieldRulesTest.validRequests().map(Arguments::get).forEach(row -> {
            Exchange valid = request((String) row[1], (String) row[2], (String) row[0], 400, ZENDESK_ERROR);
            JsonNode body = parse(resource((String) row[0]));
            for (int i = 0; i < MUTANTS_PER_BODY; i++) {
                JsonNode mutant = mutate(body.deepCopy(), random);
                cases.add(Arguments.of(row[0] + " mutant " + i, valid.toBuilder().requestBody(mutant.toString()).build()));
            }
        });
        return cases.stream();
    }

    static Stream<Arguments> unreadableBodies() {
        return Stream.of(
                Arguments.of("chat-invalid-not-json.json", resource("chat-invalid-not-json.json")),
                Arguments.of("chat-invalid-truncated.json", resource("chat-invalid-truncated.json")),
                Arguments.of("chat-invalid-latin1.json", resource("chat-invalid-latin1.json")),
                Arguments.of("trailing content", "{\"id\":\"1\"} {}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("only whitespace", "  \n ".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("nested 2,000 deep", ("[".repeat(2000) + "]".repeat(2000)).getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleTables")
    void ruleTableExchangesGiveTheSameFindings(String name, Exchange exchange) {
        assertSameFindings(exchange);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedExamples")
    void documentedExamplesGiveTheSameFindings(String name, Exchange exchange) {
        assertSameFindings(exchange);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    void mutatedBodiesGiveTheSameFindings(String name, Exchange exchange) {
        assertSameFindings(exchange);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableBodies")
    void unreadableBodiesGiveTheSameFindings(String name, byte[] body) {
        Exchange exchange = Exchange.builder().request("GET", ZENDESK + "/chats/1").status(200)
                .responseHeader("Content-Type", "application/json").responseBody(Body.wrap(body)).build();
        ExchangeResult tree = TREE.validate(exchange);

        assertThat(keysAndPointers(STREAMING.validate(exchange))).isEqualTo(keysAndPointers(tree)).isNotEmpty();
    }

    @Test
    void theMutantsBreakEveryFieldRuleFamily() {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        mutants().map(arguments -> (Exchange) arguments.get()[1])
                .forEach(exchange -> STREAMING.validate(exchange).findings().forEach(f -> keys.add(f.key())));

        assertThat(keys).contains("response.field.type", "response.field.enum", "response.field.format",
                "response.field.unknown", "response.field.writeOnly", "request.field.type", "request.field.required",
                "request.field.unknown");
    }

    @Test
    void aBodyReadFromAFileIsStreamedAndGivesTheFindingsOfTheSameBytes(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("chats.json"), resource("chat-list-invalid-second-unread-integer.json"));
        Exchange fromFile = Exchange.builder().request("GET", ZENDESK + "/chats").status(200)
                .responseHeader("Content-Type", "application/json").responseBody(Body.ofFile(file)).build();
        ContractValidator smallThreshold = new ContractValidator(Contracts.bundled(),
                ValidationOptions.builder().streamingThresholdBytes(Files.size(file) - 1).strictSpec(true).build());

        assertThat(fromFile.responseBody().inMemory()).isFalse();
        assertThat(view(smallThreshold.validate(fromFile))).containsExactly(
                "response.field.type ERROR /chats/1/unread zendesk-chat#/components/schemas/OfflineMessage/properties/unread/type"
                        + " expected=boolean actual=0");
    }

    @Test
    void aBodyWhoseFileCannotBeReadIsOneFindingNotAFailedRun(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("chat.json"), resource("chat-valid.json"));
        Body body = Body.ofFile(file);
        Files.delete(file);
        Body brokenStream = Body.ofStream(() -> {
            throw new IOException("the capture's escape sequence is broken");
        }, -1, "a HAR entry's text");

        for (Body unreadable : List.of(body, brokenStream)) {
            Exchange exchange = Exchange.builder().request("GET", ZENDESK + "/chats/1").status(200)
                    .responseHeader("Content-Type", "application/json").responseBody(unreadable).build();

            assertThat(keysAndPointers(TREE.validate(exchange))).containsExactly("response.body.malformed");
        }
    }

    @Test
    void aSecretInAStreamedBodyIsMaskedInTheFinding() {
        Exchange exchange = response("GET", ZENDESK + "/agents/8080234567123", 200, "agent-invalid-password-returned.json");

        List<String> streamed = view(STREAMING.validate(exchange));

        assertThat(streamed).singleElement().asString().contains("/password").contains("actual=\"" + Redactor.MASK + "\"");
    }

    private static void assertSameFindings(Exchange exchange) {
        List<String> tree = view(TREE.validate(exchange));
        List<String> streamed = view(STREAMING.validate(exchange));
        assertThat(streamed).as("streamed findings (tree: %s)", tree).containsExactlyInAnyOrderElementsOf(tree);
        assertThat(TreeReference.engine(exchange)).as("the one pass against the former tree path")
                .isEqualTo(TreeReference.reference(exchange));
    }

    /** What must agree: everything but the message, which quotes each validator's wording. */
    private static List<String> view(ExchangeResult result) {
        return result.findings().stream().map(StreamedBodiesTest::describe).toList();
    }

    private static String describe(Finding f) {
        return f.key() + " " + f.severity() + " " + f.pointer() + " " + f.schemaLocation()
                + " expected=" + f.expected() + " actual=" + f.actual();
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One to three random edits: a value of another type, an unknown field, a removed or moved field, a secret. */
    private static JsonNode mutate(JsonNode root, Random random) {
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collectContainers(root, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (target instanceof ObjectNode object) {
                editObject(object, random);
            } else if (target instanceof ArrayNode array && !array.isEmpty()) {
                array.set(random.nextInt(array.size()), randomValue(random));
            }
        }
        return root;
    }

    private static void editObject(ObjectNode object, Random random) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() ? "x_extra" : names.get(random.nextInt(names.size()));
        switch (random.nextInt(5)) {
            case 0 -> object.set(name, randomValue(random));
            case 1 -> object.set("x_extra_" + random.nextInt(3), randomValue(random));
            case 2 -> object.remove(name);
            case 3 -> {
                JsonNode moved = object.remove(name);
                if (moved != null) {
                    object.set(name, moved);
                }
            }
            default -> object.put("password", "s3cret-" + random.nextInt(100));
        }
    }

    private static JsonNode randomValue(Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(9)) {
            case 0 -> nodes.numberNode(random.nextInt(1000));
            case 1 -> nodes.numberNode(random.nextDouble() * 100);
            case 2 -> nodes.textNode("text ✓ é 😀 " + random.nextInt(10));
            case 3 -> nodes.textNode("long ".repeat(40));
            case 4 -> nodes.booleanNode(random.nextBoolean());
            case 5 -> nodes.nullNode();
            case 6 -> nodes.arrayNode().add(1).add("two").add(nodes.objectNode().put("three", 3));
            case 7 -> nodes.objectNode().put("type", random.nextBoolean() ? "chat" : "offline_msg").put("x", 1);
            default -> nodes.textNode("2014-10-09T05:28:35Z");
        };
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collectContainers(it.next(), out);
            }
        }
    }
}
