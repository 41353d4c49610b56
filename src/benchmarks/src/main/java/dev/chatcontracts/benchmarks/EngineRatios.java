package dev.chatcontracts.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link EngineBenchmark} (one body per size) and {@link SmallExchangesBenchmark} (10,000 small exchanges)
 * {@code --runs} times and prints, for each run, each workload's times and the ratios taken within that run:
 * engine / {@code readTree}, networknt / {@code readTree}, Atlassian / engine; then the median of each ratio
 * over the runs. The machine is shared: only ratios from one run are compared.
 *
 * <pre>
 * java -cp "src/benchmarks/target/classes:src/benchmarks/target/lib/*" dev.chatcontracts.benchmarks.EngineRatios \
 *     [--runs 3] [--sizes 2KB,100KB,1MB,10MB,100MB] [--exchanges 10000] [--warmup 3] [--iterations 5] [--seconds 2]
 * </pre>
 */
public final class EngineRatios {

    private EngineRatios() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, Set.of("runs", "sizes", "exchanges", "warmup", "iterations", "seconds", "root"),
                "Usage: EngineRatios [--runs 3] [--sizes 2KB,100KB,1MB,10MB,100MB] [--exchanges 10000] [--warmup 3] "
                        + "[--iterations 5] [--seconds 2] [--root .]");
        int runs = Math.max(1, args.intValue("runs", 3));
        String[] sizes = args.string("sizes", "2KB,100KB,1MB,10MB,100MB").split(",");
        Map<String, List<Map<String, Double>>> ratios = new LinkedHashMap<>();
        System.out.printf(Locale.ROOT, "Engine ratios, %d runs; %s%n", runs, Machine.describe());
        for (int run = 1; run <= runs; run++) {
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include(EngineBenchmark.class.getSimpleName() + "\\.")
                    .include(SmallExchangesBenchmark.class.getSimpleName() + "\\.")
                    .param("size", sizes)
                    .param("exchanges", args.string("exchanges", "10000"))
                    .param("root", args.string("root", "."))
                    .forks(1)
                    .warmupIterations(args.intValue("warmup", 3))
                    .measurementIterations(args.intValue("iterations", 5))
                    .warmupTime(TimeValue.seconds(args.intValue("seconds", 2)))
                    .measurementTime(TimeValue.seconds(args.intValue("seconds", 2)));
            Collection<RunResult> results = new Runner(options.build()).run();
            Map<String, Map<String, Double>> scores = scores(results);
            System.out.printf(Locale.ROOT, "%nrun %d of %d (%s)%n", run, runs, Machine.loadAverage());
            scores.forEach((workload, byMethod) -> {
                Map<String, Double> workloadRatios = ratios(byMethod);
                ratios.computeIfAbsent(workload, key -> new ArrayList<>()).add(workloadRatios);
                System.out.printf(Locale.ROOT, "  %-28s %s; %s%n", workload, format(byMethod), format(workloadRatios));
            });
        }
        System.out.printf(Locale.ROOT, "%nmedians over %d runs%n", runs);
        ratios.forEach((workload, perRun) -> {
            Map<String, Double> medians = new LinkedHashMap<>();
            perRun.get(0).keySet().forEach(ratio -> medians.put(ratio, ValidateCliComparison.median(
                    perRun.stream().mapToDouble(r -> r.getOrDefault(ratio, Double.NaN)).toArray())));
            System.out.printf(Locale.ROOT, "  %-28s %s%n", workload, format(medians));
        });
    }

    /** Workload ("EngineBenchmark 1MB", "SmallExchangesBenchmark 10000") to method to score. */
    private static Map<String, Map<String, Double>> scores(Collection<RunResult> results) {
        Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String[] parts = benchmark.split("\\.");
            String type = parts[parts.length - 2];
            String method = parts[parts.length - 1];
            String param = type.equals(EngineBenchmark.class.getSimpleName())
                    ? result.getParams().getParam("size") : result.getParams().getParam("exchanges") + " exchanges";
            String unit = result.getPrimaryResult().getScoreUnit();
            scores.computeIfAbsent(type + " " + param + " [" + unit + "]", key -> new LinkedHashMap<>())
                    .put(method, result.getPrimaryResult().getScore());
        }
        return scores;
    }

    private static Map<String, Double> ratios(Map<String, Double> byMethod) {
        Map<String, Double> ratios = new LinkedHashMap<>();
        double readTree = byMethod.getOrDefault("readTree", Double.NaN);
        for (String engine : List.of("engine", "engineSession")) {
            if (byMethod.containsKey(engine)) {
                ratios.put(engine + "/readTree", byMethod.get(engine) / readTree);
                ratios.put("atlassian/" + engine, byMethod.getOrDefault("atlassian", Double.NaN) / byMethod.get(engine));
            }
        }
        ratios.put("networknt/readTree", byMethod.getOrDefault("networknt", Double.NaN) / readTree);
        return ratios;
    }

    private static String format(Map<String, Double> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(text.length() == 0 ? "" : ", ")
                .append(name).append(' ').append(String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value)));
        return text.toString();
    }
}
