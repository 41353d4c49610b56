package dev.chatcontracts.contracts.walkers;

import static dev.chatcontracts.contracts.walkers.DocumentedSchemas.documented;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Operation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming walker finds what {@link InstanceWalker} finds in the same JSON: for the documented
 * examples and random bodies of every documented request and response schema of both bundled specs, for
 * random bodies of a synthetic spec with the compositions the bundled specs lack, and for seeded mutations
 * of all of them (unknown fields at any depth, fields of the other branch, removed fields, shuffled keys,
 * discriminators last or changed, values of another type, values wrapped in arrays), pulled and fed to a guessing
 * walk ({@link WalkEquivalence}; guessing itself: {@link GuessingFieldWalkTest}). That it streams, in a
 * small heap: {@link StreamingFieldWalkerHeapTest}.
 */
class StreamingFieldWalkerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = 20_240_917L;
    private static final int MUTANTS_PER_EXAMPLE = 6;
    private static final int RANDOM_BODIES_PER_SCHEMA = 4;
    private static final int MUTANTS_PER_RANDOM_BODY = 3;
    private static final int RANDOM_BODIES_PER_SYNTHETIC_SCHEMA = 12;
    private static final int MUTANTS_PER_SEED = 30;

    private static final Map<String, ApiContract> CONTRACTS = new LinkedHashMap<>();
    /** The documents walked: the bundled specs, and {@code synthetic}, compositions the bundled specs lack. */
    private static final Map<String, JsonNode> DOCUMENTS = new LinkedHashMap<>();
    private static final Map<String, StreamingFieldWalker> WALKERS = new HashMap<>();

    static {
        for (String name : ApiContract.BUNDLED) {
            ApiContract contract = ApiContract.bundled(name);
            CONTRACTS.put(name, contract);
            DOCUMENTS.put(name, contract.spec().tree());
        }
        DOCUMENTS.put("synthetic", CompositionSchemas.document());
        DOCUMENTS.forEach((name, document) -> WALKERS.put(name, new StreamingFieldWalker(document)));
    }

    private static final ApiContract ZENDESK = CONTRACTS.get("zendesk-chat");
    private static final JsonNode LIST_CHATS = listChatsSchema();
    private static final JsonNode SYNTHETIC = DOCUMENTS.get("synthetic");

    /** One body to walk against one schema of a document. */
    record Case(String name, String document, JsonNode schema, String body) {
        @Override
        public String toString() {
            return name;
        }
    }

    // ------------------------------------------------------------------ equivalence

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedBodies")
    void streamingFindsWhatTheTreeWalkerFindsInTheBundledSpecs(Case c) throws IOException {
        assertSameAsTree(c.document(), c.schema(), c.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntheticBodies")
    void streamingFindsWhatTheTreeWalkerFindsUnderEveryComposition(Case c) throws IOException {
        assertSameAsTree(c.document(), c.schema(), c.body());
    }

    @Test
    void theCorpusHasUnknownFieldsInEveryShape() {
        List<Case> cases = Stream.concat(documentedBodies(), syntheticBodies()).toList();
        List<WalkResult> expected = cases.stream().map(c -> treeWalk(c.document(), c.schema(), c.body())).toList();

        assertThat(cases).hasSizeBetween(1_000, 3_000);
        assertThat(expected.stream().filter(r -> !r.unknownPointers().isEmpty()).count())
                .as("bodies with unknown fields").isGreaterThan(cases.size() / 3);
        assertThat(expected.stream().flatMap(r -> r.unknownPaths().stream()))
                .as("unknown fields inside chats of both branches, in the docs map, and in chats' arrays")
                .anyMatch(p -> p.startsWith("/chats/*/"))
                .anyMatch(p -> p.startsWith("/docs/*/"))
                .anyMatch(p -> p.matches("/chats/\\*/(history|webpath)/\\*/.*"))
                .as("fields of the other branch in chats and offline messages of a list")
                .anyMatch(p -> p.matches("/(chats|docs)/\\*/(message|history|agent_ids|comment|rating|tags)"));
        assertThat(cases).as("chats whose type comes last").anyMatch(c -> c.body().matches("(?s).*\"type\":\"chat\"}.*"));
    }

    /** List Chats bodies as the live API sends them (keys sorted: {@code type} last), with fields out of place. */
    private static final List<String> LIST_CHATS_SEEDS = List.of("""
            {"chats":[{"agent_ids":["1"],"history":[{"msg":"hi","name":"V","options":"","type":"chat.msg"}],
              "message":"m","session":{"browser":"F","zz":1},"visitor":{"name":"v"},
              "webpath":[{"title":"t","to":"https://a","url":"https://a"}],"type":"chat"},
             {"history":[{"msg":"x"}],"id":"2","message":"m","visitor":{"email":"e","twitter":"@x"},
              "webpath":[{"from":"f","title":"t"}],"type":"offline_msg"}],
             "count":2,"next_url":null,"prev_url":null}""", """
            {"count":2,"docs":{"a/1":{"agent_ids":["1"],"colour":"red","history":[{"msg":"x","y":1}],"type":"chat"},
             "b~2":{"history":[],"message":"m","session":{"city":"P","x":2},"type":"offline_msg"}}}""");

    static Stream<Case> documentedBodies() {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(SEED);
        for (ApiContract contract : CONTRACTS.values()) {
            Bodies bodies = new Bodies(contract.name(), contract.spec().tree(), random, cases);
            for (DocumentedSchemas.Documented documented : documented(contract)) {
                bodies.examples(documented.where(), documented.schema(), documented.examples());
                bodies.random(documented.where(), documented.schema(), RANDOM_BODIES_PER_SCHEMA);
            }
            if (contract == ZENDESK) {
                LIST_CHATS_SEEDS.forEach(seed -> bodies.add("zendesk-chat listChats live-like " + LIST_CHATS_SEEDS.indexOf(seed),
                        LIST_CHATS, read(seed), MUTANTS_PER_SEED));
            }
        }
        return cases.stream();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Case> syntheticBodies() {
        List<Case> cases = new ArrayList<>();
        Bodies bodies = new Bodies("synthetic", SYNTHETIC, new Random(SEED + 1), cases);
        SYNTHETIC.at("/components/schemas").fieldNames().forEachRemaining(name ->
                bodies.random(name, SYNTHETIC.at("/components/schemas/" + name), RANDOM_BODIES_PER_SYNTHETIC_SCHEMA));
        return cases.stream();
    }

    /** Adds bodies of a document's schemas to the cases: as given, random, and mutants of both. */
    private record Bodies(String document, JsonNode tree, Random random, List<Case> cases, RandomBodies.Generator generator,
            RandomBodies.Mutator mutator) {
        Bodies(String document, JsonNode tree, Random random, List<Case> cases) {
            this(document, tree, random, cases, new RandomBodies.Generator(tree, random), new RandomBodies.Mutator(tree, random));
        }

        void examples(String where, JsonNode schema, List<JsonNode> examples) {
            for (int n = 0; n < examples.size(); n++) {
                add(document + " " + where + " example " + n, schema, examples.get(n), MUTANTS_PER_EXAMPLE);
            }
        }

        void random(String where, JsonNode schema, int count) {
            for (int n = 0; n < count; n++) {
                add(document + " " + where + " random " + n, schema, generator.instance(schema, 0), MUTANTS_PER_RANDOM_BODY);
            }
        }

        void add(String name, JsonNode schema, JsonNode body, int mutants) {
            cases.add(new Case(name, document, schema, body.toString()));
            for (int m = 0; m < mutants; m++) {
                cases.add(new Case(name + " mutant " + m, document, schema, mutator.mutate(body).toString()));
            }
        }
    }

    // ------------------------------------------------------------------ targeted

    @Test
    void listChatsWithTypeLastKeepsTheFieldsOfEachChatsOwnBranch() throws IOException {
        String body = """
                {"chats":[
                  {"history":[{"msg":"hi","type":"chat.msg"}],"message":"only offline messages have one","visitor":{"name":"v"},"type":"chat"},
                  {"history":[],"message":"m","twitter":"@x","visitor":{"name":"w","age":3},"type":"offline_msg"},
                  {"webpath":[{"to":"https://a","title":"t","referrer":"r"}],"agent_ids":["1"],"type":"chat"}
                 ],"count":3,"next_url":null}""";

        WalkResult result = assertSameAsTree("zendesk-chat", LIST_CHATS, body);

        assertThat(result.unknownPointers()).containsExactly("/chats/0/message", "/chats/1/history", "/chats/1/twitter",
                "/chats/1/visitor/age", "/chats/2/webpath/0/referrer");
        assertThat(result.unknownPaths()).containsExactlyInAnyOrder("/chats/*/message", "/chats/*/history", "/chats/*/twitter",
                "/chats/*/visitor/age", "/chats/*/webpath/*/referrer");
        assertThat(result.seenPaths()).contains("/chats", "/count", "/next_url", "/chats/*/type", "/chats/*/message",
                "/chats/*/history", "/chats/*/history/*/msg", "/chats/*/webpath/*/title", "/chats/*/visitor/name")
                .doesNotContain("/docs");
        assertThat(result.readOnlyPointers()).isEmpty();
    }

    @Test
    void aChatDocsBodyIsWalkedAsTheDocsMap() throws IOException {
        String body = """
                {"docs":{"a/1":{"agent_ids":["1"],"colour":"red","type":"chat"},"b~2":{"message":"m","type":"offline_msg"}},
                 "count":2,"chats":[{"type":"chat","zz":1}]}""";

        WalkResult result = assertSameAsTree("zendesk-chat", LIST_CHATS, body);

        assertThat(result.unknownPointers()).as("both required names present: both branches apply")
                .containsExactly("/docs/a~11/colour", "/chats/0/zz");
        assertThat(result.seenPaths()).contains("/docs", "/count", "/chats", "/docs/*/agent_ids", "/docs/*/message");
    }

    @Test
    void onlyTheDocsMakeItChatDocs() throws IOException {
        WalkResult result = assertSameAsTree("zendesk-chat", LIST_CHATS,
                "{\"count\":1,\"next_url\":null,\"docs\":{\"1\":{\"type\":\"offline_msg\",\"history\":[]}}}");

        assertThat(result.unknownPointers()).containsExactly("/next_url", "/docs/1/history");
        assertThat(result.seenPaths()).containsExactlyInAnyOrder("/count", "/docs", "/docs/*/type");
    }

    @Test
    void aTypeTheMappingDoesNotKnowAdmitsTheFieldsOfBothBranches() throws IOException {
        String body = """
                {"chats":[{"message":"m","history":[{"msg":"x","zz":1}],"colour":"red","type":"mystery"},
                          {"message":"m","type":{"not":"a string"}},{"message":"m","type":null},{"history":[],"type":7}]}""";

        WalkResult result = assertSameAsTree("zendesk-chat", LIST_CHATS, body);

        assertThat(result.unknownPointers()).containsExactly("/chats/0/history/0/zz", "/chats/0/colour");
        assertThat(result.seenPaths()).contains("/chats/*/message", "/chats/*/history", "/chats/*/history/*/msg");
    }

    @Test
    void theParserIsLeftOnTheValuesLastToken() throws IOException {
        StreamingFieldWalker walker = WALKERS.get("zendesk-chat");
        String chatList = "{\"chats\":[{\"zz\":1,\"type\":\"chat\"}],\"count\":1}";
        try (JsonParser parser = JSON.getFactory().createParser("[" + chatList + ",{\"a\":[1,{}]},\"s\",7]")) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            parser.nextToken();

            assertThat(walker.walk(LIST_CHATS, parser).unknownPointers()).containsExactly("/chats/0/zz");
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);

            parser.nextToken();
            assertThat(walker.walk(null, parser).unknownPointers()).as("no schema: skipped").isEmpty();
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);

            parser.nextToken();
            walker.walk(LIST_CHATS, parser);
            assertThat(parser.currentToken()).isEqualTo(JsonToken.VALUE_STRING);
            assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThat(parser.getIntValue()).isEqualTo(7);
        }
        try (JsonParser parser = JSON.getFactory().createParser(chatList + " {\"next\":true}")) {
            assertThat(walker.walk(LIST_CHATS, parser).unknownPointers()).as("the first token is read").containsExactly("/chats/0/zz");
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            assertThat(parser.nextFieldName()).isEqualTo("next");
        }
        try (JsonParser parser = JSON.getFactory().createParser("  ")) {
            assertThat(walker.walk(LIST_CHATS, parser).unknownPointers()).isEmpty();
        }
    }

    @Test
    void nothingDeeperThan256IsWalked() throws IOException {
        JsonNode document = JSON.readTree("""
                {"components":{"schemas":{
                  "Node":{"type":"object","properties":{"name":{"type":"string"},"child":{"$ref":"#/components/schemas/Node"},
                          "list":{"type":"array","items":{"$ref":"#/components/schemas/Node"}}}},
                  "Either":{"oneOf":[{"$ref":"#/components/schemas/A"},{"$ref":"#/components/schemas/B"}],
                            "discriminator":{"propertyName":"kind"}},
                  "A":{"type":"object","properties":{"kind":{"type":"string"},"a":{"type":"string"},
                       "child":{"$ref":"#/components/schemas/Either"}}},
                  "B":{"type":"object","properties":{"kind":{"type":"string"},"b":{"type":"string"},
                       "child":{"$ref":"#/components/schemas/Either"}}}}}}""");

        String nodes = nested(300, "{\"x\":1,\"name\":\"n\",\"child\":", "}");
        WalkResult plain = assertSameAsTree(document, document.at("/components/schemas/Node"), nodes);
        assertThat(plain.unknownPointers()).hasSize(257).last().asString().startsWith("/child".repeat(256) + "/x");

        String lists = nested(300, "{\"x\":1,\"list\":[{\"y\":2},", "]}");
        assertThat(assertSameAsTree(document, document.at("/components/schemas/Node"), lists).unknownPointers())
                .hasSize(257);

        String either = nested(300, "{\"a\":\"1\",\"b\":\"2\",\"child\":", ",\"kind\":\"A\"}");
        WalkResult chosen = assertSameAsTree(document, document.at("/components/schemas/Either"), either);
        assertThat(chosen.unknownPointers()).hasSize(257).allMatch(p -> p.endsWith("/b"));
    }

    /** {@code depth} nested copies of {@code open ... close} around an empty object. */
    private static String nested(int depth, String open, String close) {
        return open.repeat(depth) + "{}" + close.repeat(depth);
    }

    @Test
    void aFieldTheCandidatesDeclareDifferentlyIsWalkedWithTheChosenBranchsSchema() throws IOException {
        JsonNode pet = SYNTHETIC.at("/components/schemas/Pet");
        String owner = "{\"owner\":{\"name\":\"n\",\"kennel\":\"k\",\"pets\":[{\"bark\":\"w\",\"meow\":1,\"petType\":\"Dog\"}]},\"meow\":true,\"bark\":\"w\",";

        assertThat(assertSameAsTree("synthetic", pet, owner + "\"petType\":\"Dog\"}").unknownPointers())
                .containsExactly("/owner/pets", "/meow");
        assertThat(assertSameAsTree("synthetic", pet, owner + "\"petType\":\"Cat\"}").unknownPointers())
                .containsExactly("/owner/kennel", "/owner/pets/0/meow", "/bark");

        String tags = "{\"tags\":{\"t1\":{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\"}},";
        assertThat(assertSameAsTree("synthetic", pet, tags + "\"petType\":\"Dog\"}").unknownPointers())
                .containsExactly("/tags/t1/a", "/tags/t1/c");
        WalkResult lizard = assertSameAsTree("synthetic", pet, tags + "\"petType\":\"Lizard\"}");
        assertThat(lizard.unknownPointers()).as("a map value of Lizard, a property of Dog").containsExactly("/tags/t1");
        assertThat(lizard.seenPaths()).containsExactly("/petType");
    }

    @Test
    void tooManyCandidatesAreDecidedAsATree() throws IOException {
        JsonNode many = SYNTHETIC.at("/components/schemas/Many");
        String body = "[{\"common\":{\"v3\":\"x\",\"v4\":\"y\"},\"k3\":\"s\",\"zz\":0},true]";
        try (JsonParser parser = JSON.getFactory().createParser(body)) {
            parser.nextToken();
            parser.nextToken();

            WalkResult result = WALKERS.get("synthetic").walk(many, parser);

            assertThat(result.unknownPointers()).containsExactly("/common/v4", "/zz");
            assertThat(result.seenPaths()).containsExactlyInAnyOrder("/common", "/common/v3", "/k3");
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_TRUE);
        }
        assertSameAsTree("synthetic", many, body.substring(1, body.length() - 6));
    }

    // ------------------------------------------------------------------ helpers

    private static WalkResult assertSameAsTree(String document, JsonNode schema, String body) throws IOException {
        return WalkEquivalence.assertSameAsTree(DOCUMENTS.get(document), schema, body, WALKERS.get(document));
    }

    private static WalkResult assertSameAsTree(JsonNode document, JsonNode schema, String body) throws IOException {
        return WalkEquivalence.assertSameAsTree(document, schema, body, new StreamingFieldWalker(document));
    }

    private static WalkResult treeWalk(String document, JsonNode schema, String body) {
        try {
            return new InstanceWalker(DOCUMENTS.get(document)).walk(schema, JSON.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode listChatsSchema() {
        return listChatsSchema(ZENDESK);
    }

    /** The OpenAPI document of a bundled spec by name, or {@code synthetic}. */
    static JsonNode document(String name) {
        return DOCUMENTS.get(name);
    }

    static JsonNode listChatsSchema(ApiContract contract) {
        Operation listChats = contract.operation("listChats").orElseThrow();
        String pointer = contract.response(listChats, 200).orElseThrow().schemaPointers().get("application/json");
        JsonNode schema = contract.node(pointer);
        assertThat(schema.path("oneOf")).hasSize(2);
        return schema;
    }
}
