package dev.chatcontracts.benchmarks;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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

/**
 * One body at each size users capture, through the engine as {@code validate} runs it
 * ({@link ContractValidator#validate} with the default options: one token pass at every size),
 * against a Jackson {@code readTree} of the same bytes (the reference), networknt on its own ({@code readTree}
 * plus the operation's response schema) and Atlassian swagger-request-validator 2.46.1. The 2 KB body is a Show
 * Chat answer; the others are List Chats answers of as many chats as make the size.
 *
 * <p>{@link EngineRatios} runs this and {@link SmallExchangesBenchmark} in one JVM session and prints the ratios.
 * The heap is touched in full when the fork starts ({@code -XX:+AlwaysPreTouch}): without it, the methods that
 * build trees paid for first-touch page faults of a fresh 6 GB heap in some iterations and not in others (a
 * {@code readTree} of 100 KB took 234 µs in one iteration, 1,650 µs in the two before).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class EngineBenchmark {

    /** The body size: {@code 2KB}, {@code 100KB}, {@code 1MB}, {@code 10MB} or {@code 100MB}. */
    @Param({"2KB", "100KB", "1MB", "10MB", "100MB"})
    public String size;

    /** Repository root (the directory holding the spec). */
    @Param(".")
    public String root;

    ObjectMapper mapper;
    byte[] body;
    String bodyString;
    String path;
    Exchange exchange;
    ContractValidator engine;
    Schema networknt;
    OpenApiInteractionValidator atlassian;

    @Setup(Level.Trial)
    public void setUp() {
        ChatCorpus corpus = new ChatCorpus(root);
        mapper = corpus.mapper();
        long target = bytes(size);
        if (target < 4096) {
            body = corpus.showChat(0, false);
            path = "/chats/1000000";
            exchange = ChatCorpus.showChatExchange("1000000", body);
            networknt = SchemaCompiler.response(corpus.spec(), "/chats/{chat_id}", "get");
        } else {
            int perChat = corpus.listChats(100, -1).length / 100;
            body = corpus.listChats((int) Math.max(1, target / perChat), -1);
            path = "/chats";
            exchange = ChatCorpus.listChatsExchange(body);
            networknt = SchemaCompiler.response(corpus.spec(), "/chats", "get");
        }
        bodyString = new String(body, StandardCharsets.UTF_8);
        engine = new ContractValidator(Contracts.load(List.of(corpus.specFile())), ValidationOptions.builder()
                .maxBodyBytes(Integer.MAX_VALUE - 16).build());
        atlassian = corpus.atlassian();
        ExchangeResult result = engine.validate(exchange);
        ValidationReport report = atlassian();
        System.out.printf(Locale.ROOT, "%n[setup] %s: %,d bytes; engine %d findings, atlassian %d messages%n", size,
                body.length, result.findings().size(), report.getMessages().size());
        if (!result.findings().isEmpty()) {
            throw new IllegalStateException("the valid body has findings: " + result.findings());
        }
    }

    static long bytes(String size) {
        String upper = size.toUpperCase(Locale.ROOT);
        long unit = upper.endsWith("MB") ? 1 << 20 : upper.endsWith("KB") ? 1 << 10 : 1;
        return Long.parseLong(upper.replaceAll("[A-Z]", "")) * unit;
    }

    @Benchmark
    public JsonNode readTree() throws IOException {
        return mapper.readTree(body);
    }

    @Benchmark
    public ExchangeResult engine() {
        return engine.validate(exchange);
    }

    @Benchmark
    public List<Error> networknt() throws IOException {
        return networknt.validate(mapper.readTree(body));
    }

    @Benchmark
    public ValidationReport atlassian() {
        // the body goes in as a String, as SimpleResponse takes it; the String is made once in set-up
        return atlassian.validateResponse("/api/v2/chat" + path, Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(bodyString).build());
    }
}
