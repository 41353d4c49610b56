package dev.chatcontracts.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Two builds of the engine against each other on one workload, in turns, as {@link PairedRatios} takes the engine and
 * {@code readTree}: build A's engine and build B's each on classes loaded apart ({@link IsolatedWorkload}, each
 * build's jars first on its loader's class path, so each is compiled by the JIT as if alone), a round of one then a
 * round of the other, the ratio B / A of each pair, the median per JVM and the median over {@code --forks} fresh JVMs
 * with their range. For a change to the engine: build it, keep its {@code chat-contracts} jar, and compare it with the
 * jar of the commit before. The same code ran 126-141 ms a session from one JVM to another (benchmarks README, tenth
 * pass), so a change of a few percent needs several JVMs to be seen.
 *
 * <pre>
 * java -cp "src/benchmarks/target/classes:src/benchmarks/target/lib/*" dev.chatcontracts.benchmarks.BuildComparison \
 *     --a before.jar --b after.jar [--workloads session,1MB] [--forks 4] [--seconds 20] [--warmup 10] \
 *     [--exchanges 10000] [--root .] [--jvm-options "-Xms6g -Xmx6g -XX:+AlwaysPreTouch"]
 * </pre>
 *
 * {@code --a} and {@code --b} take one jar or several, separated as on a class path; {@code --forks 0} measures in
 * this JVM. Workloads: {@code session} ({@link SmallExchangesBenchmark#engineSession}) or a body size of
 * {@link EngineBenchmark} ({@code 2KB}, {@code 100KB}, {@code 1MB}, {@code 10MB}, {@code 100MB}).
 */
public final class BuildComparison {

    static final String USAGE = "Usage: BuildComparison --a BUILD_A.jar --b BUILD_B.jar [--workloads session,1MB] "
            + "[--forks 4] [--seconds 20] [--warmup 10] [--exchanges 10000] [--root .] "
            + "[--jvm-options \"-Xms6g -Xmx6g -XX:+AlwaysPreTouch\"]";

    private BuildComparison() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, Set.of("a", "b", "workloads", "forks", "seconds", "warmup", "exchanges", "root",
                "jvm-options"), USAGE);
        List<Path> a = jars(args.string("a", ""));
        List<Path> b = jars(args.string("b", ""));
        String problem = problem(a, b);
        if (problem != null) {
            System.err.println(problem);
            System.err.println(USAGE);
            System.exit(2); // usage, as in every CLI of the kit
        }
        PairedRatios.Options options = PairedRatios.Options.of(args, 4);
        String[] workloads = args.string("workloads", "session,1MB").split(",");
        PairedRatios.Sides sides = sides(a, b);
        System.out.printf(Locale.ROOT, "Build B / build A, engine against engine%s: %d s of pairs after %d s of warm-up per "
                + "workload; A = %s, B = %s; %s%n", options.forks() == 0 ? " in this JVM"
                : ", " + options.forks() + " JVMs one after the other", options.seconds(), options.warmup(), a, b,
                Machine.describe());
        if (options.forks() == 0) {
            Blackhole blackhole = PairedRatios.blackhole();
            for (String workload : workloads) {
                Callable<Object> first = IsolatedWorkload.engine(a, workload, options.root(), options.exchanges());
                Callable<Object> second = IsolatedWorkload.engine(b, workload, options.root(), options.exchanges());
                PairedRatios.report(label(workload, options.exchanges()), PairedRatios.measure(
                        PairedRatios.consumed(first, second, blackhole), options.warmup(), options.seconds()), sides);
            }
            return;
        }
        List<String> command = options.forkCommand(args, BuildComparison.class, List.of("--a", args.string("a", ""),
                "--b", args.string("b", ""), "--workloads", String.join(",", workloads)));
        PairedRatios.runForks(command, options.forks(),
                PairedRatios.capSeconds(options.seconds(), options.warmup(), workloads.length), sides);
    }

    /** The jars of a build option: paths separated as on a class path. */
    static List<Path> jars(String option) {
        List<Path> jars = new ArrayList<>();
        for (String entry : option.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                jars.add(Path.of(entry));
            }
        }
        return jars;
    }

    /** Why the builds cannot be compared (a build without a jar, a jar that is not there), or null. */
    static String problem(List<Path> a, List<Path> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "Both builds are needed: --a and --b, each one jar or more.";
        }
        for (Path jar : concat(a, b)) {
            if (!Files.isRegularFile(jar)) {
                return "No such jar: " + jar;
            }
        }
        return null;
    }

    /** The figures' names: "B/A", and each build by its jars' file names. */
    static PairedRatios.Sides sides(List<Path> a, List<Path> b) {
        return new PairedRatios.Sides("B/A", "A " + names(a), "B " + names(b));
    }

    private static String label(String workload, int exchanges) {
        return workload.equals("session") ? exchanges + " exchanges, session" : workload + " body";
    }

    private static String names(List<Path> jars) {
        return String.join("+", jars.stream().map(jar -> jar.getFileName().toString()).toList());
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
