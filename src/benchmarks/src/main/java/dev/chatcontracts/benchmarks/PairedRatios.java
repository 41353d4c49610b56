package dev.chatcontracts.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine against Jackson's {@code readTree} of the same bytes, in turns: a round of one, then a round of the other
 * (in the order A B, B A, ...), each round long enough to time (about 30 ms), and the ratio of each pair of rounds.
 * Within one JVM the median of those ratios is steady (its quartiles within a few percent): a pair's two rounds are a
 * few tens of milliseconds apart, so what the shared machine does to one it mostly does to the other. Between JVMs it
 * moves more (one JVM's 1 MB ratio was 1.68x, another's 1.99x: benchmarks README, ninth pass), most likely as the JIT
 * compiles each JVM's hot code its own way. So each workload is measured in {@code --forks} fresh JVMs, one after the
 * other, and the figure is the median of their medians, printed with the range over the JVMs. The workloads are
 * {@link EngineBenchmark}'s and {@link SmallExchangesBenchmark}'s set-ups and methods, unchanged; the reference runs
 * on classes loaded apart ({@link IsolatedWorkload}), so that the JIT compiles its Jackson apart from the engine's.
 *
 * <pre>
 * java -cp "src/benchmarks/target/classes:src/benchmarks/target/lib/*" dev.chatcontracts.benchmarks.PairedRatios \
 *     [--forks 5] [--seconds 20] [--warmup 10] [--sizes 2KB,100KB,1MB,10MB] [--exchanges 10000] [--root .] \
 *     [--jvm-options "-Xms6g -Xmx6g -XX:+AlwaysPreTouch"]
 * </pre>
 *
 * {@code --forks 0} measures in this JVM instead (its own heap options apply).
 */
public final class PairedRatios {

    /** How long a round of the reference lasts, at least. */
    static final double ROUND_MILLIS = 30;

    private PairedRatios() {
    }

    /** How the two sides are named in the figures: the ratio (second / first), the first side, the second side. */
    record Sides(String ratio, String reference, String engine) {
        static final Sides READ_TREE = new Sides("engine/readTree", "readTree", "engine");
    }

    /** What the paired harnesses read alike: JVMs, seconds of pairs and of warm-up, the small exchanges, the root. */
    record Options(int forks, int seconds, int warmup, int exchanges, String root) {

        static Options of(Args args, int defaultForks) {
            return new Options(Math.max(0, args.intValue("forks", defaultForks)), Math.max(1, args.intValue("seconds", 20)),
                    Math.max(0, args.intValue("warmup", 10)), args.intValue("exchanges", 10_000), args.string("root", "."));
        }

        /** A fork's command: java with {@code --jvm-options}, then {@code main} measuring in its JVM, then {@code more}. */
        List<String> forkCommand(Args args, Class<?> main, List<String> more) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(List.of(args.string("jvm-options", "-Xms6g -Xmx6g -XX:+AlwaysPreTouch").trim().split("\\s+")));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), "--forks", "0",
                    "--seconds", String.valueOf(seconds), "--warmup", String.valueOf(warmup),
                    "--exchanges", String.valueOf(exchanges), "--root", root));
            command.addAll(more);
            return command;
        }
    }

    /** One workload: the reference (Jackson) and the engine, each one operation per call. */
    interface Workload {
        void reference() throws Exception;

        void engine() throws Exception;
    }

    /** What the pairs gave: the median times of a call and the median and quartiles of the ratios. */
    record Summary(int pairs, double referenceMillis, double engineMillis, double ratio, double lowerQuartile,
            double upperQuartile) {

        /** From each pair's time per call of the reference and of the engine (same length, at least one pair). */
        static Summary of(double[] reference, double[] engine) {
            if (reference.length == 0 || reference.length != engine.length) {
                throw new IllegalArgumentException("need as many engine rounds as reference rounds, at least one");
            }
            double[] ratios = new double[reference.length];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = engine[i] / reference[i];
            }
            return new Summary(ratios.length, quantile(reference, 0.5), quantile(engine, 0.5), quantile(ratios, 0.5),
                    quantile(ratios, 0.25), quantile(ratios, 0.75));
        }

        /** The {@code q} quantile, interpolated between the two nearest values (q 0.5 of an even count: their mean). */
        static double quantile(double[] values, double q) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double position = q * (sorted.length - 1);
            int below = (int) Math.floor(position);
            int above = Math.min(sorted.length - 1, below + 1);
            return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
        }
    }

    static final String USAGE = "Usage: PairedRatios [--forks 5] [--seconds 20] [--warmup 10] [--sizes 2KB,100KB,1MB,10MB] "
            + "[--exchanges 10000] [--root .] [--jvm-options \"-Xms6g -Xmx6g -XX:+AlwaysPreTouch\"]";
    /** What a fork prints for each workload, for its parent to read ({@link #summaryLine}). */
    static final String SUMMARY = "paired-summary";

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, Set.of("forks", "seconds", "warmup", "sizes", "exchanges", "root", "jvm-options"), USAGE);
        Options options = Options.of(args, 5);
        String[] sizes = args.string("sizes", "2KB,100KB,1MB,10MB").split(",");
        if (options.forks() == 0) {
            System.out.printf(Locale.ROOT, "Paired ratios, engine / readTree, in this JVM: %d s of pairs after %d s of "
                    + "warm-up per workload; %s%n", options.seconds(), options.warmup(), Machine.describe());
            measureHere(options.exchanges(), sizes, options.root(), options.warmup(), options.seconds());
            return;
        }
        System.out.printf(Locale.ROOT, "Paired ratios, engine / readTree: %d JVMs one after the other, each %d s of pairs "
                + "after %d s of warm-up per workload; %s%n", options.forks(), options.seconds(), options.warmup(),
                Machine.describe());
        List<String> command = options.forkCommand(args, PairedRatios.class, List.of("--sizes", String.join(",", sizes)));
        runForks(command, options.forks(), capSeconds(options.seconds(), options.warmup(), sizes.length + 1), Sides.READ_TREE);
    }

    /** How long a fork measuring {@code workloads} workloads may run before it is stopped. */
    static long capSeconds(int seconds, int warmup, int workloads) {
        return 120 + 3L * (seconds + warmup) * workloads;
    }

    /** The median of the JVMs' ratios and their range, and the median times of a call. */
    static String acrossForks(List<Summary> summaries) {
        return acrossForks(summaries, Sides.READ_TREE);
    }

    /** {@link #acrossForks(List)} with the sides so named. */
    static String acrossForks(List<Summary> summaries, Sides sides) {
        double[] ratios = summaries.stream().mapToDouble(Summary::ratio).toArray();
        double[] reference = summaries.stream().mapToDouble(Summary::referenceMillis).toArray();
        double[] engine = summaries.stream().mapToDouble(Summary::engineMillis).toArray();
        return String.format(Locale.ROOT, "%s %.2fx (JVMs %.2f-%.2f, %d JVMs); a call: %s %s, %s %s", sides.ratio(),
                Summary.quantile(ratios, 0.5), Summary.quantile(ratios, 0), Summary.quantile(ratios, 1), ratios.length,
                sides.reference(), millis(Summary.quantile(reference, 0.5)), sides.engine(), millis(Summary.quantile(engine, 0.5)));
    }

    /**
     * Runs {@code command} (a JVM measuring with {@code --forks 0}) {@code forks} times, one after the other, prints each
     * JVM's summaries and then, per workload, the median over the JVMs ({@link #acrossForks(List, Sides)}).
     */
    static void runForks(List<String> command, int forks, long capSeconds, Sides sides) throws IOException, InterruptedException {
        Map<String, List<Summary>> byWorkload = new LinkedHashMap<>();
        for (int fork = 1; fork <= forks; fork++) {
            for (String line : runFork(command, capSeconds)) {
                Map.Entry<String, Summary> parsed = parseSummary(line);
                if (parsed != null) {
                    byWorkload.computeIfAbsent(parsed.getKey(), key -> new ArrayList<>()).add(parsed.getValue());
                    System.out.printf(Locale.ROOT, "  JVM %d  %-26s %s%n", fork, parsed.getKey(), format(parsed.getValue(), sides));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nmedian over the JVMs (%s)%n", Machine.loadAverage());
        byWorkload.forEach((workload, summaries) -> System.out.printf(Locale.ROOT, "  %-26s %s%n", workload,
                acrossForks(summaries, sides)));
    }

    /** Runs one fork to its end (or its time cap: then it is stopped); its output lines. */
    private static List<String> runFork(List<String> command, long capSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // the fork's output ends with it
            }
        });
        reader.start();
        if (!process.waitFor(capSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            System.out.printf(Locale.ROOT, "  a JVM ran past its cap of %d s and was stopped%n", capSeconds);
        }
        reader.join(10_000);
        synchronized (lines) {
            if (process.isAlive() || process.exitValue() != 0) {
                lines.forEach(line -> System.out.println("    | " + line));
            }
            return List.copyOf(lines);
        }
    }

    /** Measures every workload in this JVM and prints each summary, readable and for a parent. */
    private static void measureHere(int exchanges, String[] sizes, String root, int warmup, int seconds) throws Exception {
        Blackhole blackhole = blackhole();
        SmallExchangesBenchmark small = new SmallExchangesBenchmark();
        small.exchanges = exchanges;
        small.root = root;
        small.setUp();
        report(exchanges + " exchanges, session", measure(consumed(IsolatedWorkload.reference("session", root, exchanges),
                small::engineSession, blackhole), warmup, seconds), Sides.READ_TREE);
        for (String size : sizes) {
            EngineBenchmark body = new EngineBenchmark();
            body.size = size;
            body.root = root;
            body.setUp();
            report(size + " body", measure(consumed(IsolatedWorkload.reference(size, root, exchanges), body::engine, blackhole),
                    warmup, seconds), Sides.READ_TREE);
        }
    }

    /**
     * A blackhole outside a JMH run, for the calls' results (so that the JIT cannot drop them); JMH asks a caller to say
     * it knows what it does, in these words.
     */
    static Blackhole blackhole() {
        return new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    }

    /** A workload of two calls whose results the blackhole takes. */
    static Workload consumed(Callable<Object> reference, Callable<Object> engine, Blackhole blackhole) {
        return new Workload() {
            @Override
            public void reference() throws Exception {
                blackhole.consume(reference.call());
            }

            @Override
            public void engine() throws Exception {
                blackhole.consume(engine.call());
            }
        };
    }

    /** The line a fork prints for its parent: the workload and the summary's numbers, tab-separated. */
    static String summaryLine(String workload, Summary s) {
        return String.join("\t", SUMMARY, workload, String.valueOf(s.pairs()), String.valueOf(s.referenceMillis()),
                String.valueOf(s.engineMillis()), String.valueOf(s.ratio()), String.valueOf(s.lowerQuartile()),
                String.valueOf(s.upperQuartile()));
    }

    /** The workload and summary of a {@link #summaryLine}, or null for any other line. */
    static Map.Entry<String, Summary> parseSummary(String line) {
        String[] parts = line.split("\t");
        if (parts.length != 8 || !parts[0].equals(SUMMARY)) {
            return null;
        }
        return Map.entry(parts[1], new Summary(Integer.parseInt(parts[2]), Double.parseDouble(parts[3]),
                Double.parseDouble(parts[4]), Double.parseDouble(parts[5]), Double.parseDouble(parts[6]),
                Double.parseDouble(parts[7])));
    }

    /** Prints a workload's summary, readable and as the {@link #summaryLine} a parent reads. */
    static void report(String workload, Summary summary, Sides sides) {
        System.out.printf(Locale.ROOT, "  %-26s %s%n", workload, format(summary, sides));
        System.out.println(summaryLine(workload, summary));
    }

    static String format(Summary s, Sides sides) {
        return String.format(Locale.ROOT, "%s %.2fx (quartiles %.2f-%.2f, %d pairs); a call: %s %s, %s %s", sides.ratio(),
                s.ratio(), s.lowerQuartile(), s.upperQuartile(), s.pairs(), sides.reference(), millis(s.referenceMillis()),
                sides.engine(), millis(s.engineMillis()));
    }

    private static String millis(double value) {
        return value >= 1 ? String.format(Locale.ROOT, "%.1f ms", value) : String.format(Locale.ROOT, "%.1f µs", value * 1000);
    }

    /** Warms both up for {@code warmup} seconds, then times pairs of rounds for {@code seconds}. */
    static Summary measure(Workload workload, int warmup, int seconds) throws Exception {
        long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
        do {
            workload.reference();
            workload.engine();
        } while (System.nanoTime() < warmEnd);
        int calls = callsPerRound(workload);
        double[] reference = new double[16];
        double[] engine = new double[16];
        int pairs = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end || pairs == 0) {
            if (pairs == reference.length) {
                reference = Arrays.copyOf(reference, pairs * 2);
                engine = Arrays.copyOf(engine, pairs * 2);
            }
            if (pairs % 2 == 0) {
                reference[pairs] = round(workload, true, calls);
                engine[pairs] = round(workload, false, calls);
            } else {
                engine[pairs] = round(workload, false, calls);
                reference[pairs] = round(workload, true, calls);
            }
            pairs++;
        }
        return Summary.of(Arrays.copyOf(reference, pairs), Arrays.copyOf(engine, pairs));
    }

    /** How many calls make a round of the reference last at least {@link #ROUND_MILLIS}. */
    private static int callsPerRound(Workload workload) throws Exception {
        double one = round(workload, true, 1);
        return (int) Math.max(1, Math.ceil(ROUND_MILLIS / Math.max(one, 1e-6)));
    }

    /** The time of one call in milliseconds, averaged over a round of {@code calls} calls. */
    private static double round(Workload workload, boolean reference, int calls) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            if (reference) {
                workload.reference();
            } else {
                workload.engine();
            }
        }
        return (System.nanoTime() - start) / 1e6 / calls;
    }
}
