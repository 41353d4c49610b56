package dev.chatcontracts.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine against Jackson's {@code readTree} of the same bytes, in one JVM, in turns: a round of one, then a
 * round of the other (in the order A B, B A, ...), each round long enough to time (about 30 ms), and the ratio of
 * each pair of rounds. The median of those ratios, with its quartiles, is the figure: a pair's two rounds are a few
 * tens of milliseconds apart, so what the shared machine does to one it mostly does to the other. {@link EngineRatios}
 * takes its ratios from JMH scores measured minutes apart, which on a busy day moves them by ±0.4x
 * (benchmarks README, eighth pass). The workloads are {@link EngineBenchmark}'s and {@link SmallExchangesBenchmark}'s
 * set-ups and methods, unchanged.
 *
 * <pre>
 * java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp "src/benchmarks/target/classes:src/benchmarks/target/lib/*" \
 *     dev.chatcontracts.benchmarks.PairedRatios [--seconds 40] [--warmup 10] [--sizes 2KB,100KB,1MB,10MB] \
 *     [--exchanges 10000] [--root .]
 * </pre>
 */
public final class PairedRatios {

    /** How long a round of the reference lasts, at least. */
    static final double ROUND_MILLIS = 30;

    private PairedRatios() {
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

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, Set.of("seconds", "warmup", "sizes", "exchanges", "root"),
                "Usage: PairedRatios [--seconds 40] [--warmup 10] [--sizes 2KB,100KB,1MB,10MB] [--exchanges 10000] "
                        + "[--root .]");
        int seconds = Math.max(1, args.intValue("seconds", 40));
        int warmup = Math.max(0, args.intValue("warmup", 10));
        String root = args.string("root", ".");
        System.out.printf(Locale.ROOT, "Paired ratios, engine / readTree, %d s of pairs after %d s of warm-up each; %s%n",
                seconds, warmup, Machine.describe());
        Blackhole blackhole = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        SmallExchangesBenchmark small = new SmallExchangesBenchmark();
        small.exchanges = args.intValue("exchanges", 10_000);
        small.root = root;
        small.setUp();
        report(small.exchanges + " exchanges, session", measure(new Workload() {
            @Override
            public void reference() throws Exception {
                small.readTree(blackhole);
            }

            @Override
            public void engine() {
                blackhole.consume(small.engineSession());
            }
        }, warmup, seconds));
        for (String size : args.string("sizes", "2KB,100KB,1MB,10MB").split(",")) {
            EngineBenchmark body = new EngineBenchmark();
            body.size = size;
            body.root = root;
            body.setUp();
            report(size + " body", measure(new Workload() {
                @Override
                public void reference() throws Exception {
                    blackhole.consume(body.readTree());
                }

                @Override
                public void engine() {
                    blackhole.consume(body.engine());
                }
            }, warmup, seconds));
        }
    }

    private static void report(String workload, Summary summary) {
        System.out.printf(Locale.ROOT, "  %-26s %s%n", workload, format(summary));
    }

    static String format(Summary s) {
        return String.format(Locale.ROOT, "engine/readTree %.2fx (quartiles %.2f-%.2f, %d pairs); a call: readTree %s, "
                + "engine %s", s.ratio(), s.lowerQuartile(), s.upperQuartile(), s.pairs(), millis(s.referenceMillis()),
                millis(s.engineMillis()));
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
