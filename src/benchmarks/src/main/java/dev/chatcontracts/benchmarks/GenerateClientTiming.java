package dev.chatcontracts.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link GenerateClientBenchmark} and prints the ratios: no-op rebuild / full generation (target at most
 * 5 %) and full generation / bare OpenAPI Generator (target at most 1.05x, issue 14; it was 1.2x), in two settings:
 *
 * <ul>
 *   <li>warm: in each fork, warm-up single shots (OpenAPI Generator needs about five runs to reach its steady
 *       state), then measured single shots;</li>
 *   <li>cold: one single shot per fresh JVM, as each {@code mvn} build runs the goal once in a new JVM (JVM
 *       start-up itself is not in the timing; class loading and JIT warm-up are).</li>
 * </ul>
 *
 * <p>The machine is shared, so background load comes and goes: instead of all forks of one benchmark and then
 * all forks of the next, the three benchmarks take turns, one JMH fork each per round, in a rotating order,
 * and every measured sample is pooled. Besides mean and median it reports the minimum, the least disturbed
 * run.
 *
 * <pre>
 * java -cp ... dev.chatcontracts.benchmarks.GenerateClientTiming [--mode both|warm|cold] [--rounds 4]
 *      [--warmup 6] [--iterations 8] [--noop-warmup 20] [--noop-iterations 30] [--cold-rounds 8]
 * </pre>
 *
 * Every sample goes to {@code target/generate-client-samples.csv} next to the benchmark classes.
 */
public final class GenerateClientTiming {

    static final double TARGET_NOOP_FRACTION = 0.05;
    static final double TARGET_FULL_OVER_BARE = 1.05;

    private static final String BENCHMARK = GenerateClientBenchmark.class.getName();
    private static final String FULL = "fullGeneration";
    private static final String NOOP = "noOpRebuild";
    private static final String BARE = "bareOpenApiGenerator";
    private static final List<String> ALL = List.of(FULL, BARE, NOOP);

    private GenerateClientTiming() {
    }

    /** The pooled samples of one benchmark, in milliseconds. */
    private record Score(String name, double[] sorted) {
        int n() {
            return sorted.length;
        }

        double mean() {
            return Arrays.stream(sorted).average().orElse(Double.NaN);
        }

        /** Half-width of a normal 95 % confidence interval of the mean. */
        double error() {
            if (sorted.length < 2) {
                return Double.NaN;
            }
            double mean = mean();
            double variance = Arrays.stream(sorted).map(x -> (x - mean) * (x - mean)).sum() / (sorted.length - 1);
            return 1.96 * Math.sqrt(variance / sorted.length);
        }

        double median() {
            int n = sorted.length;
            return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        double min() {
            return sorted.length == 0 ? Double.NaN : sorted[0];
        }

        double max() {
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
        }
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, Set.of("mode", "rounds", "warmup", "iterations", "noop-warmup", "noop-iterations",
                "cold-rounds"), "Usage: GenerateClientTiming [--mode both|warm|cold] [--rounds 4] [--warmup 6] [--iterations 8]"
                + " [--noop-warmup 20] [--noop-iterations 30] [--cold-rounds 8]");
        String mode = args.string("mode", "both");
        if (!Set.of("both", "warm", "cold").contains(mode)) {
            throw new IllegalArgumentException("--mode is both, warm or cold");
        }
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintStream out = System.out;
        Path samplesFile = targetDirectory().resolve("generate-client-samples.csv");

        out.println("Machine: " + Machine.describe());
        Path prepared = Files.createTempDirectory("bench-noop-prepared");
        Map<String, Map<String, List<Double>>> samples = new LinkedHashMap<>();
        StringBuilder csv = new StringBuilder("setting,round,benchmark,milliseconds\n");
        try {
            long began = System.nanoTime();
            GoalExecution.generateClient(prepared.resolve("state.properties"), prepared.resolve("output"));
            out.printf(Locale.ROOT, "Prepared an up-to-date output for the no-op runs in %s (%.1f s, plugin %s)%n",
                    prepared, (System.nanoTime() - began) / 1e9, dev.chatcontracts.plugin.PluginVersion.get());
            if (!mode.equals("cold")) {
                int rounds = args.intValue("rounds", 4);
                for (int round = 0; round < rounds; round++) {
                    for (String benchmark : rotated(round)) {
                        boolean noOp = benchmark.equals(NOOP);
                        int warmup = noOp ? args.intValue("noop-warmup", 20) : args.intValue("warmup", 6);
                        int iterations = noOp ? args.intValue("noop-iterations", 30) : args.intValue("iterations", 8);
                        record(samples, csv, "warm", round, benchmark, run(prepared, benchmark, warmup, iterations));
                    }
                    out.printf(Locale.ROOT, "warm round %d of %d done, %s%n", round + 1, rounds, Machine.loadAverage());
                }
            }
            if (!mode.equals("warm")) {
                int rounds = args.intValue("cold-rounds", 8);
                for (int round = 0; round < rounds; round++) {
                    for (String benchmark : rotated(round)) {
                        record(samples, csv, "cold", round, benchmark, run(prepared, benchmark, 0, 1));
                    }
                    out.printf(Locale.ROOT, "cold round %d of %d done, %s%n", round + 1, rounds, Machine.loadAverage());
                }
            }
        } finally {
            GoalExecution.deleteRecursively(prepared);
        }
        writeQuietly(samplesFile, csv.toString(), out);

        out.printf(Locale.ROOT, "%nPlugin generate-client timing, %s, %s%n", Instant.now(), Machine.describe());
        samples.forEach((setting, byBenchmark) -> {
            out.printf(Locale.ROOT, "%n%s (single shots, ms; +- is the 95%% confidence half-width of the mean)%n", setting);
            out.printf(Locale.ROOT, "  %-22s %8s %18s %9s %9s %9s%n", "benchmark", "samples", "mean", "median", "min", "max");
            Map<String, Score> scores = new LinkedHashMap<>();
            for (String name : List.of(FULL, NOOP, BARE)) {
                Score s = new Score(name, byBenchmark.get(name).stream().mapToDouble(Double::doubleValue).sorted().toArray());
                scores.put(name, s);
                out.printf(Locale.ROOT, "  %-22s %8d %18s %9.1f %9.1f %9.1f%n", name, s.n(),
                        String.format(Locale.ROOT, "%.1f%s", s.mean(), Double.isNaN(s.error()) ? "" : String.format(Locale.ROOT, " +- %.1f", s.error())),
                        s.median(), s.min(), s.max());
            }
            ratio(out, "no-op / full", scores.get(NOOP), scores.get(FULL), TARGET_NOOP_FRACTION, true);
            ratio(out, "full / bare", scores.get(FULL), scores.get(BARE), TARGET_FULL_OVER_BARE, false);
        });
    }

    /** Round 0: full, bare, no-op; round 1: bare, no-op, full; ... */
    private static List<String> rotated(int round) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < ALL.size(); i++) {
            order.add(ALL.get((i + round) % ALL.size()));
        }
        return order;
    }

    private static void record(Map<String, Map<String, List<Double>>> samples, StringBuilder csv, String setting, int round,
                               String benchmark, List<Double> values) {
        samples.computeIfAbsent(setting, s -> new LinkedHashMap<>()).computeIfAbsent(benchmark, b -> new ArrayList<>()).addAll(values);
        values.forEach(v -> csv.append(setting).append(',').append(round + 1).append(',').append(benchmark).append(',')
                .append(String.format(Locale.ROOT, "%.3f", v)).append('\n'));
    }

    private static void ratio(PrintStream out, String label, Score a, Score b, double target, boolean percent) {
        double r = a.mean() / b.mean();
        double relative = Math.sqrt(square(relativeError(a)) + square(relativeError(b)));
        double rMedian = a.median() / b.median();
        double rMin = a.min() / b.min();
        String value = percent
                ? String.format(Locale.ROOT, "%.2f %% of means (+- %.2f), %.2f %% of medians, %.2f %% of minima",
                        100 * r, 100 * r * relative, 100 * rMedian, 100 * rMin)
                : String.format(Locale.ROOT, "%.2fx of means (+- %.2f), %.2fx of medians, %.2fx of minima",
                        r, r * relative, rMedian, rMin);
        String goal = percent ? String.format(Locale.ROOT, "<= %.0f %%", 100 * target) : String.format(Locale.ROOT, "<= %.2fx", target);
        String verdict = r <= target && rMedian <= target ? "MET" : r > target && rMedian > target ? "MISSED"
                : "MIXED (mean and median disagree)";
        out.printf(Locale.ROOT, "  %-13s %s; target %s: %s%n", label, value, goal, verdict);
    }

    private static double relativeError(Score s) {
        return Double.isNaN(s.error()) || s.mean() == 0 ? 0 : s.error() / s.mean();
    }

    private static double square(double x) {
        return x * x;
    }

    /** One JMH fork of one benchmark; its measured single shots in milliseconds. */
    private static List<Double> run(Path prepared, String benchmark, int warmup, int iterations) throws Exception {
        OptionsBuilder options = new OptionsBuilder();
        options.include("^" + java.util.regex.Pattern.quote(BENCHMARK) + "\\." + benchmark + "$")
                .param("preparedDirectory", prepared.toString())
                .forks(1)
                .warmupIterations(warmup)
                .measurementIterations(iterations)
                .warmupTime(TimeValue.NONE)
                .shouldFailOnError(true);
        List<Double> values = new ArrayList<>();
        for (RunResult run : new Runner(options.build()).run()) {
            for (BenchmarkResult result : run.getBenchmarkResults()) {
                for (IterationResult iteration : result.getIterationResults()) {
                    values.add(iteration.getPrimaryResult().getScore());
                }
            }
        }
        if (values.size() != iterations) {
            throw new IllegalStateException(benchmark + ": expected " + iterations + " samples, got " + values.size());
        }
        return values;
    }

    private static void writeQuietly(Path file, String text, PrintStream out) {
        try {
            Files.writeString(file, text);
            out.println("Samples written to " + file);
        } catch (IOException e) {
            out.println("Could not write " + file + ": " + e);
        }
    }

    /** {@code target/} of this module: where the benchmark classes were loaded from, one level up. */
    private static Path targetDirectory() throws Exception {
        Path code = Path.of(GenerateClientTiming.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path target = code.getParent();
        return target != null && Files.isDirectory(target) ? target : Path.of(".");
    }
}
