package dev.chatcontracts.benchmarks;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.contracts.streaming.StreamingSchema;
import dev.chatcontracts.contracts.streaming.StreamingValidator;
import dev.chatcontracts.contracts.streaming.StreamingViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 *       RESPONSE schema from the generator's {@code JsonSchemaConverter} ({@link SchemaCompiler});</li>
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
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@State(Scope.Benchmark)
public class ValidationBenchmark {

    static final String SPEC = ChatCorpus.SPEC;

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
        ChatCorpus chatCorpus = new ChatCorpus(root);
        Path specFile = chatCorpus.specFile();
        mapper = chatCorpus.mapper();
        factory = mapper.getFactory();
        JsonNode jsonSchema = SchemaCompiler.jsonSchema(chatCorpus.spec(), "/chats", "get");
        networknt = SchemaCompiler.response(chatCorpus.spec(), "/chats", "get");
        streaming = new StreamingValidator(StreamingSchema.compile(jsonSchema));
        atlassian = chatCorpus.atlassian();

        corpus = chatCorpus.listChats(chats, -1);
        corpusString = new String(corpus, StandardCharsets.UTF_8);
        System.out.printf("%n[setup] corpus: %,d chats, %,d bytes%n", chats, corpus.length);
        Contracts contracts = Contracts.load(List.of(specFile));
        ValidationOptions options = ValidationOptions.builder().maxBodyBytes(Integer.MAX_VALUE - 16).build();
        engineStreaming = new ContractValidator(contracts, options);
        engineTree = new ContractValidator(contracts, options.toBuilder().streamingThresholdBytes(Long.MAX_VALUE).build());
        exchange = listChats(corpus);
        sanityCheck(chatCorpus);
    }

    private static Exchange listChats(byte[] body) {
        return ChatCorpus.listChatsExchange(body);
    }

    private static Set<String> findingPointers(ContractValidator engine, byte[] body) {
        return engine.validate(listChats(body)).findings().stream().map(f -> f.key() + " " + f.pointer())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void sanityCheck(ChatCorpus chatCorpus) throws IOException {
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
        byte[] bad = chatCorpus.listChats(100, 37);
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
