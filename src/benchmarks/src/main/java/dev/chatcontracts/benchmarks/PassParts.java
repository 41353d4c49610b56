package dev.chatcontracts.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.exchange.DuplicateKeys;
import dev.chatcontracts.contracts.exchange.TokenListener;
import dev.chatcontracts.contracts.streaming.ValueFollower;
import dev.chatcontracts.contracts.walkers.FieldWalk;
import dev.chatcontracts.contracts.walkers.FollowedFieldWalk;
import dev.chatcontracts.contracts.walkers.GuessMissed;
import dev.chatcontracts.openapi.schema.SchemaView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine's one pass over a body taken apart: what each of its readers costs on the bodies of the session workload
 * (Show Chat answers of about 2.8 KB). Each part reads every body in turn, the parts take rounds one after the other in
 * one JVM, and the median round of each is reported with what it adds to the part it builds on. The readers are the
 * engine's own, through their public entry points: Jackson's tokens, the record of repeated names ({@link
 * DuplicateKeys}), the field walk fed every token ({@link FieldWalk}), the schema validator, and the three together as
 * the engine reads a body (guessing, as the engine does; a guess that misses is made good as the engine does). Where the
 * validator moves through the record of names, it reads names and values from the parser under it, as the engine's.
 * Since the twelfth pass the engine first asks a body only whether it passes ({@code StreamingValidator.certainlyPasses}):
 * the certifier alone, reading through the record of names (as the twelfth pass had it), reading the parser itself and
 * checking the names (as the thirteenth has it), and the pass with the certifier in the validator's place, the field walk
 * following it member by member (a body it cannot tell read again by the pass above), are the last four parts; the pass
 * less the certifier checking names is what the field walk costs in it.
 *
 * <pre>
 * java -cp "src/benchmarks/target/classes:src/benchmarks/target/lib/*" dev.chatcontracts.benchmarks.PassParts \
 *     [--seconds 60] [--exchanges 10000] [--root .]
 * </pre>
 */
public final class PassParts {

    static final String USAGE = "Usage: PassParts [--seconds 60] [--exchanges 10000] [--root .]";
    /** The Show Chat answer's schema: the bodies of the session workload. */
    static final String SCHEMA = "/paths/~1chats~1{chat_id}/get/responses/200/content/application~1json/schema";

    /** One part of the pass, and the part whose cost it adds to (null for the tokens alone). */
    enum Part {
        TOKENS("tokens", null),
        NAMES("names", TOKENS),
        FIELDS("fields", TOKENS),
        FIELDS_AND_NAMES("fields + names", FIELDS),
        VALIDATOR("validator", TOKENS),
        VALIDATOR_AND_NAMES("validator + names", VALIDATOR),
        ONE_PASS("one pass", VALIDATOR_AND_NAMES),
        CERTIFIER("certifier", TOKENS),
        CERTIFIER_AND_NAMES("certifier + names", CERTIFIER),
        CERTIFIER_CHECKING_NAMES("certifier checking names", CERTIFIER),
        CERTIFIED_PASS("one pass, certified", CERTIFIER_CHECKING_NAMES);

        final String label;
        final Part base;

        Part(String label, Part base) {
            this.label = label;
            this.base = base;
        }
    }

    /** A part's median round over all the bodies, in milliseconds. */
    record Timing(Part part, double millis) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final byte[][] bodies;
    private final ApiContract contract;
    private final ApiContract.BodyPlan plan;
    /** Takes what the rounds give, so that the JIT cannot leave their reading out as unused. */
    private final Blackhole blackhole = PairedRatios.blackhole();

    PassParts(String root, int exchanges) {
        ChatCorpus corpus = new ChatCorpus(root);
        bodies = new byte[exchanges][];
        for (int i = 0; i < exchanges; i++) {
            bodies[i] = corpus.showChat(i, false);
        }
        contract = Contracts.load(List.of(corpus.specFile())).all().get(0);
        plan = contract.bodyPlan(SCHEMA, SchemaView.RESPONSE);
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, Set.of("seconds", "exchanges", "root"), USAGE);
        int seconds = args.intValue("seconds", 60);
        int exchanges = args.intValue("exchanges", 10_000);
        PassParts parts = new PassParts(args.string("root", "."), exchanges);
        System.out.printf(Locale.ROOT, "The one pass taken apart: %,d Show Chat bodies a round, each part in turn, %d s; %s%n",
                exchanges, seconds, Machine.describe());
        List<Timing> timings = parts.measure(seconds);
        System.out.println(report(timings, exchanges));
    }

    /** Takes rounds of every part in turn for about {@code seconds} (a first round of each is not counted). */
    List<Timing> measure(int seconds) throws IOException {
        Part[] parts = Part.values();
        List<List<Long>> rounds = new ArrayList<>();
        for (Part part : parts) {
            blackhole.consume(round(part));
            rounds.add(new ArrayList<>());
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        do {
            for (Part part : parts) {
                long start = System.nanoTime();
                blackhole.consume(round(part));
                rounds.get(part.ordinal()).add(System.nanoTime() - start);
            }
        } while (System.nanoTime() < end);
        List<Timing> timings = new ArrayList<>();
        for (Part part : parts) {
            double[] nanos = rounds.get(part.ordinal()).stream().mapToDouble(Long::doubleValue).toArray();
            timings.add(new Timing(part, PairedRatios.Summary.quantile(nanos, 0.5) / 1e6));
        }
        return timings;
    }

    /** A table: each part's median round, and what it adds to its base part, in total and per body. */
    static String report(List<Timing> timings, int bodies) {
        double[] millis = new double[Part.values().length];
        timings.forEach(t -> millis[t.part().ordinal()] = t.millis());
        StringBuilder out = new StringBuilder("| part | a round | adds to | what it adds | per body |\n| --- | --- | --- | --- | --- |\n");
        for (Timing timing : timings) {
            Part part = timing.part();
            String added = part.base == null ? "" : String.format(Locale.ROOT, "%.1f ms", timing.millis() - millis[part.base.ordinal()]);
            double perBody = (part.base == null ? timing.millis() : timing.millis() - millis[part.base.ordinal()]) * 1000 / bodies;
            out.append(String.format(Locale.ROOT, "| %s | %.1f ms | %s | %s | %.2f µs |%n", part.label, timing.millis(),
                    part.base == null ? "" : part.base.label, added, perBody));
        }
        return out.toString();
    }

    /** Reads every body with {@code part}; the sum of what it gave, so that nothing is left unread. */
    long round(Part part) throws IOException {
        long sum = 0;
        for (byte[] body : bodies) {
            sum += read(part, body);
        }
        return sum;
    }

    private long read(Part part, byte[] body) throws IOException {
        return switch (part) {
            case TOKENS -> count(body, false);
            case NAMES -> count(body, true);
            case FIELDS -> fields(body, false, false);
            case FIELDS_AND_NAMES -> fields(body, true, false);
            case VALIDATOR -> validate(body, false);
            case VALIDATOR_AND_NAMES -> validate(body, true);
            case ONE_PASS -> fields(body, true, true);
            case CERTIFIER -> certify(body, false);
            case CERTIFIER_AND_NAMES -> certify(body, true);
            case CERTIFIER_CHECKING_NAMES -> certifyCheckingNames(body);
            case CERTIFIED_PASS -> certifiedPass(body);
        };
    }

    private static long count(byte[] body, boolean names) throws IOException {
        try (JsonParser raw = JSON.createParser(body)) {
            return count(names ? DuplicateKeys.watching(raw) : raw);
        }
    }

    private static long count(JsonParser json) throws IOException {
        long tokens = 0;
        while (json.nextToken() != null) {
            tokens++;
        }
        return tokens;
    }

    /** The validator alone, or reading through the record of names; guessing as the engine does. */
    private long validate(byte[] body, boolean names) throws IOException {
        try (JsonParser raw = JSON.createParser(body)) {
            Optional<Integer> guessed = validate(names ? DuplicateKeys.watching(raw) : raw, raw, body.length, true);
            if (guessed.isPresent()) {
                return guessed.get();
            }
        }
        try (JsonParser raw = JSON.createParser(body)) {
            return validate(names ? DuplicateKeys.watching(raw) : raw, raw, body.length, false).orElseThrow();
        }
    }

    /**
     * The number of violations, the validator moving through {@code json} and reading names and values from {@code raw},
     * the parser under it; empty when {@code guessing} and a guess missed.
     */
    private Optional<Integer> validate(JsonParser json, JsonParser raw, long length, boolean guessing) throws IOException {
        json.nextToken();
        if (guessing) {
            return plan.validator().validateGuessing(json, raw, length).map(List::size);
        }
        return Optional.of(plan.validator().validate(json, raw, length).size());
    }

    /**
     * The certifier alone, or reading through the record of names: 1 for a body it says passes, plus the names repeated;
     * a body it cannot tell is validated, as the engine does.
     */
    private long certify(byte[] body, boolean names) throws IOException {
        try (JsonParser raw = JSON.createParser(body)) {
            DuplicateKeys keys = names ? DuplicateKeys.watching(raw) : null;
            JsonParser json = names ? keys : raw;
            json.nextToken();
            if (plan.validator().certainlyPasses(json, raw)) {
                return 1 + (names ? keys.pointers().size() : 0);
            }
        }
        return validate(body, names);
    }

    /**
     * The certifier reading the parser itself and checking that no object repeats a name, as the engine's certified pass
     * has it read, nothing following it; a body it cannot tell is validated.
     */
    private long certifyCheckingNames(byte[] body) throws IOException {
        try (JsonParser raw = JSON.createParser(body)) {
            raw.nextToken();
            if (plan.validator().certainlyPasses(raw, (ValueFollower) null)) {
                return 1;
            }
        }
        return validate(body, true);
    }

    /**
     * The pass as the engine makes it where bodies pass: the certifier reads the parser, with no record of names in
     * between, and the field walk follows it member by member; a body it cannot tell read again by {@link Part#ONE_PASS}'s.
     */
    private long certifiedPass(byte[] body) throws IOException {
        try {
            FollowedFieldWalk walk = contract.fieldWalker().follow(plan.openApiSchema());
            try (JsonParser raw = JSON.createParser(body)) {
                if (plan.validator().certainlyPasses(raw, walk.root(raw.nextToken()))) {
                    return walk.result().seenPaths().size();
                }
            }
        } catch (GuessMissed missed) {
            // read again below
        }
        return fields(body, true, true);
    }

    /** Which reader pulls the tokens through the record of names: none (they are counted), or the validator. */
    private enum Reader { NONE, VALIDATOR }

    /** The field walk fed every token, with the record of names ({@code names}) and the validator pulling ({@code validator}). */
    private long fields(byte[] body, boolean names, boolean validator) throws IOException {
        try {
            Optional<Long> guessed = walk(body, names, validator ? Reader.VALIDATOR : Reader.NONE, true);
            if (guessed.isPresent()) {
                return guessed.get();
            }
        } catch (GuessMissed missed) {
            // walked again below, without guessing
        }
        return walk(body, names, validator ? Reader.VALIDATOR : Reader.NONE, false).orElseThrow();
    }

    /** What the readers gave; empty when the validator guessed a branch wrong. */
    private Optional<Long> walk(byte[] body, boolean names, Reader reader, boolean guessing) throws IOException {
        FieldWalk walk = contract.fieldWalker().start(plan.openApiSchema(), guessing);
        try (JsonParser raw = JSON.createParser(body)) {
            if (!names) {
                for (JsonToken token = raw.nextToken(); token != null; token = raw.nextToken()) {
                    if (token == JsonToken.FIELD_NAME) {
                        walk.fieldName(raw.currentName(), raw);
                    } else {
                        walk.token(token, raw);
                    }
                }
                return Optional.of((long) walk.result().seenPaths().size());
            }
            DuplicateKeys json = DuplicateKeys.watching(raw, new TokenListener() {
                @Override
                public void token(JsonToken token, JsonParser p) throws IOException {
                    walk.token(token, p);
                }

                @Override
                public int name(String name, JsonParser p) throws IOException {
                    return walk.fieldName(name, p);
                }
            });
            Optional<Integer> violations = switch (reader) {
                case NONE -> Optional.of(0);
                case VALIDATOR -> validate(json, raw, body.length, guessing);
            };
            if (violations.isEmpty()) {
                return Optional.empty();
            }
            long tokens = reader == Reader.NONE ? count(json) : 0;
            return Optional.of(violations.get() + tokens + walk.result().seenPaths().size() + json.pointers().size());
        }
    }
}
