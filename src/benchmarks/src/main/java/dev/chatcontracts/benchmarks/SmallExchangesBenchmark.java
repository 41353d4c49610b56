package dev.chatcontracts.benchmarks;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ExchangeSession;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Exchange;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The usual shape of captured traffic: {@code exchanges} separate Show Chat exchanges of about 2.4 KB each, all
 * validated in one operation. The engine as the {@code validate} CLI runs a capture file (one
 * {@link ExchangeSession} for the file, {@code engineSession}) and exchange by exchange
 * ({@link ContractValidator#validate}, {@code engine}); against a Jackson {@code readTree} of each body,
 * networknt alone and Atlassian swagger-request-validator 2.46.1, exchange by exchange.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@State(Scope.Benchmark)
public class SmallExchangesBenchmark {

    @Param("10000")
    public int exchanges;

    /** Repository root (the directory holding the spec). */
    @Param(".")
    public String root;

    ObjectMapper mapper;
    byte[][] bodies;
    String[] bodyStrings;
    String[] paths;
    Exchange[] all;
    ContractValidator engine;
    Schema networknt;
    OpenApiInteractionValidator atlassian;

    @Setup(Level.Trial)
    public void setUp() {
        ChatCorpus corpus = new ChatCorpus(root);
        mapper = corpus.mapper();
        bodies = new byte[exchanges][];
        bodyStrings = new String[exchanges];
        paths = new String[exchanges];
        all = new Exchange[exchanges];
        long total = 0;
        for (int i = 0; i < exchanges; i++) {
            bodies[i] = corpus.showChat(i, false);
            bodyStrings[i] = new String(bodies[i], StandardCharsets.UTF_8);
            String id = Long.toString(1_000_000L + i);
            paths[i] = "/api/v2/chat/chats/" + id;
            all[i] = ChatCorpus.showChatExchange(id, bodies[i]);
            total += bodies[i].length;
        }
        engine = new ContractValidator(Contracts.load(List.of(corpus.specFile())), ValidationOptions.defaults());
        networknt = SchemaCompiler.response(corpus.spec(), "/chats/{chat_id}", "get");
        atlassian = corpus.atlassian();
        long findings = engineSession();
        System.out.printf(Locale.ROOT, "%n[setup] %,d Show Chat exchanges, %,d body bytes (%,d a body); engine %d findings%n",
                exchanges, total, total / exchanges, findings);
        if (findings != 0) {
            throw new IllegalStateException("the valid exchanges have findings");
        }
    }

    @Benchmark
    public void readTree(Blackhole bh) throws IOException {
        for (byte[] body : bodies) {
            bh.consume(mapper.readTree(body));
        }
    }

    @Benchmark
    public long engineSession() {
        ExchangeSession session = engine.newSession();
        long findings = 0;
        for (Exchange exchange : all) {
            findings += session.validate(exchange).findings().size();
        }
        return findings;
    }

    @Benchmark
    public void engine(Blackhole bh) {
        for (Exchange exchange : all) {
            bh.consume(engine.validate(exchange));
        }
    }

    @Benchmark
    public void networknt(Blackhole bh) throws IOException {
        for (byte[] body : bodies) {
            bh.consume(networknt.validate(mapper.readTree(body)));
        }
    }

    @Benchmark
    public void atlassian(Blackhole bh) {
        for (int i = 0; i < bodyStrings.length; i++) {
            bh.consume(atlassian.validateResponse(paths[i], Request.Method.GET,
                    SimpleResponse.Builder.ok().withContentType("application/json").withBody(bodyStrings[i]).build()));
        }
    }
}
