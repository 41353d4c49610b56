package dev.chatcontracts.benchmarks;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.chatcontracts.contracts.engine.Body;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.Contracts;
import dev.chatcontracts.contracts.engine.Exchange;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.report.ExchangeResult;
import dev.chatcontracts.generator.schema.JsonSchemaConverter;
import dev.chatcontracts.generator.schema.SchemaView;
import dev.chatcontracts.generator.spec.LoadedSpec;
import dev.chatcontracts.generator.spec.SpecLoader;
import dev.chatcontracts.generator.streaming.StreamingSchema;
import dev.chatcontracts.generator.streaming.StreamingValidator;
import dev.chatcontracts.generator.streaming.StreamingViolation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validation speed over one big List Chats answer ({@code {"chats":[...],"count":n,...}}), built once per fork
 * in {@link #setUp()} from the spec's documented Show Chat example with varied ids, timestamps and a history of
 * 5-10 events per chat. Measured in the same run:
 *
 * <ul>
 *   <li>{@code jacksonReadTree}: {@code ObjectMapper.readTree(bytes)}, the reference;</li>
 *   <li>{@code jacksonTokenScan}: {@code JsonParser.nextToken()} to the end;</li>
 *   <li>{@code networkntTree}: readTree plus networknt 2.0.8 {@code Schema.validate(tree)} with the List Chats
 *       RESPONSE schema from {@link JsonSchemaConverter};</li>
 *   <li>{@code streaming}: {@link StreamingValidator} over the bytes;</li>
 *   <li>{@code engineStreaming}: the engine ({@link ContractValidator}) on a List Chats exchange with that body,
 *       as {@code validate} checks a capture: UTF-8 check, streaming validation, streaming walk for undeclared
 *       fields (the body is over the 1 MB streaming threshold);</li>
 *   <li>{@code engineTree}: the same with the threshold raised: readTree, networknt, the tree walk;</li>
 *   <li>{@code atlassian}: swagger-request-validator-core 2.46.1 {@code validateResponse} over the same body.</li>
 * </ul>
 *
 * <p>{@link #setUp()} also checks, outside the timing, that networknt and the streaming validator both find
 * nothing in the corpus, and both flag the same instance pointer in a small corpus with one planted bad chat.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@State(Scope.Benchmark)
public class ValidationBenchmark {

    static final String SPEC = "openapi/src/main/resources/openapi/zendesk-chat.yaml";
    static final String LIST_CHATS_200 = "/paths/~1chats/get/responses/200/content/application~1json/schema";

    @Param("50000")
    public int chats;

    /** Repository root (the directory holding {@value #SPEC}). */
    @Param(".")
    public String root;

    ObjectMapper mapper;
    JsonFactory factory;
    byte[] corpus;
    String corpusString;
    Schema networknt;
    StreamingValidator streaming;
    OpenApiInteractionValidator atlassian;
    ContractValidator engineStreaming;
    ContractValidator engineTree;
    Exchange exchange;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path specFile = Path.of(root, SPEC).toAbsolutePath().normalize();
        LoadedSpec spec = new SpecLoader().load(specFile);
        mapper = new ObjectMapper();
        factory = mapper.getFactory();
        JsonNode openApiSchema = spec.tree().at(LIST_CHATS_200);
        if (openApiSchema.isMissingNode()) {
            throw new IllegalStateException("no List Chats 200 schema at " + LIST_CHATS_200);
        }
        JsonNode jsonSchema = new JsonSchemaConverter(spec.tree()).document(openApiSchema, SchemaView.RESPONSE);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        networknt = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config)).getSchema(jsonSchema);
        streaming = new StreamingValidator(StreamingSchema.compile(jsonSchema));
        atlassian = OpenApiInteractionValidator.createForSpecificationUrl(atlassianSpec(specFile).toString()).build();

        ObjectNode example = (ObjectNode) spec.tree().at("/components/examples/showChatResponse/value");
        corpus = corpus(example, chats, -1);
        corpusString = new String(corpus, StandardCharsets.UTF_8);
        System.out.printf("%n[setup] corpus: %,d chats, %,d bytes%n", chats, corpus.length);
        Contracts contracts = Contracts.load(List.of(specFile));
        ValidationOptions options = ValidationOptions.builder().maxBodyBytes(Integer.MAX_VALUE - 16).build();
        engineStreaming = new ContractValidator(contracts, options);
        engineTree = new ContractValidator(contracts, options.toBuilder().streamingThresholdBytes(Long.MAX_VALUE).build());
        exchange = listChats(corpus);
        sanityCheck(example);
    }

    private static Exchange listChats(byte[] body) {
        return Exchange.builder().request("GET", "https://acme.zendesk.com/api/v2/chat/chats").status(200)
                .responseHeader("Content-Type", "application/json").responseBody(Body.wrap(body)).build();
    }

    private static Set<String> findingPointers(ContractValidator engine, byte[] body) {
        return engine.validate(listChats(body)).findings().stream().map(f -> f.key() + " " + f.pointer())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void sanityCheck(ObjectNode example) throws IOException {
        List<Error> nErrors = networknt.validate(mapper.readTree(corpus));
        List<StreamingViolation> sErrors = streaming.validate(new ByteArrayInputStream(corpus));
        if (!nErrors.isEmpty() || !sErrors.isEmpty()) {
            throw new IllegalStateException("valid corpus flagged: networknt " + nErrors.stream().limit(5).toList()
                    + ", streaming " + sErrors.stream().limit(5).toList());
        }
        Set<String> streamedValid = findingPointers(engineStreaming, corpus);
        Set<String> treeValid = findingPointers(engineTree, corpus);
        if (!streamedValid.isEmpty() || !treeValid.isEmpty()) {
            throw new IllegalStateException("valid corpus flagged by the engine: streaming " + streamedValid + ", tree " + treeValid);
        }
        ValidationReport report = validateAtlassian(corpusString);
        System.out.printf("[setup] valid corpus: networknt 0, streaming 0, atlassian %d messages %s%n",
                report.getMessages().size(), describe(report));
        // a small corpus with one planted bad chat: #37's history[2].timestamp is not a date-time
        byte[] bad = corpus(example, 100, 37);
        Set<String> nPointers = networknt.validate(mapper.readTree(bad)).stream()
                        .map(e -> e.getInstanceLocation().toString()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> sPointers = streaming.validate(new ByteArrayInputStream(bad)).stream()
                .map(StreamingViolation::instancePointer).collect(Collectors.toCollection(TreeSet::new));
        ValidationReport badReport = validateAtlassian(new String(bad, StandardCharsets.UTF_8));
        System.out.printf("[setup] planted bad chat: networknt %s, streaming %s, atlassian %d messages %s%n",
                nPointers, sPointers, badReport.getMessages().size(), describe(badReport));
        if (nPointers.isEmpty() || !nPointers.equals(sPointers)) {
            throw new IllegalStateException("disagreement on the planted bad chat: networknt " + nPointers
                    + ", streaming " + sPointers);
        }
        Set<String> engineStreamed = findingPointers(engineStreaming, bad);
        Set<String> engineTreeFound = findingPointers(engineTree, bad);
        System.out.printf("[setup] planted bad chat through the engine: streamed %s, tree %s%n", engineStreamed, engineTreeFound);
        if (!engineStreamed.equals(Set.of("response.field.format /chats/37/history/2/timestamp"))
                || !engineStreamed.equals(engineTreeFound)) {
            throw new IllegalStateException("the engine's paths disagree on the planted bad chat: streamed " + engineStreamed
                    + ", tree " + engineTreeFound);
        }
    }

    /**
     * A temporary copy of the spec that Atlassian's validator accepts. Its schema checker (java-json-tools, with
     * the Swagger 2 syntax rule {@code err.swaggerv2.discriminator.notRequired}) refuses the whole response
     * schema because of {@code ChatOrOfflineMessage}'s discriminator, and then reports one "Invalid JSON Schema"
     * error without looking at the body. The copy drops that discriminator (the {@code oneOf} stays, so each
     * chat is matched against both branches).
     */
    private static Path atlassianSpec(Path specFile) throws IOException {
        String yaml = Files.readString(specFile);
        String discriminator = """
                      discriminator:
                        propertyName: type
                        mapping:
                          chat: "#/components/schemas/Chat"
                          offline_msg: "#/components/schemas/OfflineMessage"
                """;
        if (!yaml.contains(discriminator)) {
            throw new IllegalStateException("ChatOrOfflineMessage's discriminator not found in " + specFile);
        }
        Path copy = Files.createTempFile("zendesk-chat-atlassian", ".yaml");
        copy.toFile().deleteOnExit();
        Files.writeString(copy, yaml.replace(discriminator, ""));
        return copy;
    }

    /** The List Chats answer with {@code n} chats; {@code badIndex} >= 0 plants one wrong timestamp. */
    private byte[] corpus(ObjectNode example, int n, int badIndex) throws IOException {
        ArrayNode templateHistory = (ArrayNode) example.get("history");
        long base = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1 << 16, n * 2600));
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("chats");
            for (int i = 0; i < n; i++) {
                ObjectNode chat = example.deepCopy();
                long start = base + i * 97L;
                String id = Long.toString(1_000_000L + i);
                chat.put("id", id);
                chat.put("duration", 60 + (i % 900));
                chat.put("timestamp", Instant.ofEpochSecond(start).toString());
                ObjectNode session = chat.path("session") instanceof ObjectNode s ? s : null;
                if (session != null) {
                    session.put("start_date", Instant.ofEpochSecond(start).toString());
                    session.put("end_date", Instant.ofEpochSecond(start + 600).toString());
                }
                if (chat.path("update_timestamp").isTextual()) {
                    chat.put("update_timestamp", Instant.ofEpochSecond(start + 700).toString());
                }
                int events = 5 + (i % 6);
                ArrayNode history = mapper.createArrayNode();
                for (int e = 0; e < events; e++) {
                    ObjectNode event;
                    if (e == 0) {
                        event = ((ObjectNode) templateHistory.get(0)).deepCopy();
                    } else if (e == events - 1) {
                        event = ((ObjectNode) templateHistory.get(templateHistory.size() - 1)).deepCopy();
                    } else if (e == 2) {
                        event = ((ObjectNode) templateHistory.get(2)).deepCopy();
                    } else {
                        event = ((ObjectNode) templateHistory.get(1)).deepCopy();
                        event.put("msg", "message " + e + " of chat " + id);
                    }
                    event.put("channel", "#supportchat:" + id);
                    event.put("timestamp", Instant.ofEpochSecond(start + e * 13L).toString());
                    history.add(event);
                }
                if (i == badIndex) {
                    ((ObjectNode) history.get(2)).put("timestamp", "not a timestamp");
                }
                chat.set("history", history);
                mapper.writeTree(g, chat);
            }
            g.writeEndArray();
            g.writeNumberField("count", n);
            g.writeNullField("next_url");
            g.writeNullField("prev_url");
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static String describe(ValidationReport report) {
        return report.getMessages().stream().limit(3)
                .map(m -> m.getLevel() + " " + m.getKey() + ": " + abbreviate(m.getMessage()) + " " + m.getContext()
                        .flatMap(c -> c.getPointers()).map(p -> p.getInstance()).orElse(""))
                .toList().toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 1500 ? s.substring(0, 1500) + "..." : s;
    }

    private ValidationReport validateAtlassian(String body) {
        return atlassian.validateResponse("/api/v2/chat/chats", Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
    }

    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return mapper.readTree(corpus);
    }

    @Benchmark
    public int jacksonTokenScan() throws IOException {
        int tokens = 0;
        try (JsonParser p = factory.createParser(corpus)) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    @Benchmark
    public List<Error> networkntTree() throws IOException {
        return networknt.validate(mapper.readTree(corpus));
    }

    @Benchmark
    public List<StreamingViolation> streaming() throws IOException {
        return streaming.validate(new ByteArrayInputStream(corpus));
    }

    @Benchmark
    public ExchangeResult engineStreaming() {
        return engineStreaming.validate(exchange);
    }

    @Benchmark
    public ExchangeResult engineTree() {
        return engineTree.validate(exchange);
    }

    @Benchmark
    public void atlassian(Blackhole bh) {
        // the body goes in as a String, as SimpleResponse takes it; the String is built once in set-up
        bh.consume(validateAtlassian(corpusString));
    }

}
