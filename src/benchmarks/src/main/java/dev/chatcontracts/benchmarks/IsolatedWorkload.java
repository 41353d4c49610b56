package dev.chatcontracts.benchmarks;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One side of a workload (Jackson's {@code readTree} of its bytes, or the engine on them) loaded by a class loader of
 * its own: its classes, Jackson's included, are copies of its own, so the JIT profiles and compiles them apart from
 * the caller's and the other side's (as JMH's separate forks do), while both sides still take their rounds in turns in
 * one JVM. {@link PairedRatios} runs {@code readTree} so, {@link BuildComparison} each build's engine (its jars first
 * on the loader's class path). Seen from the caller as a {@link Callable} (a JDK type, the same class in every
 * loader): one call, one {@code readTree} or one engine run.
 */
public final class IsolatedWorkload implements Callable<Object> {

    private static final String SESSION = "session";

    private final Blackhole blackhole = PairedRatios.blackhole();
    private final boolean engine;
    private final SmallExchangesBenchmark small;
    private final EngineBenchmark body;

    /**
     * @param workload {@code session} for the small exchanges, else a body size ({@code 2KB}, {@code 1MB}...)
     * @param root the repository root (the spec and corpus)
     * @param exchanges how many small exchanges
     * @param engine the engine's side, else {@code readTree}'s
     */
    public IsolatedWorkload(String workload, String root, int exchanges, boolean engine) {
        this.engine = engine;
        if (workload.equals(SESSION)) {
            small = new SmallExchangesBenchmark();
            small.exchanges = exchanges;
            small.root = root;
            small.setUp();
            body = null;
        } else {
            body = new EngineBenchmark();
            body.size = workload;
            body.root = root;
            body.setUp();
            small = null;
        }
    }

    @Override
    public Object call() throws Exception {
        if (small != null) {
            if (engine) {
                return small.engineSession();
            }
            small.readTree(blackhole);
            return null;
        }
        return engine ? body.engine() : body.readTree();
    }

    /** {@code readTree} of {@code workload} ({@code session} or a size), loaded apart from the caller's classes. */
    static Callable<Object> reference(String workload, String root, int exchanges) throws Exception {
        return load(List.of(), workload, root, exchanges, false);
    }

    /**
     * The engine on {@code workload}, loaded apart from the caller's classes, with {@code firstJars} before the caller's
     * class path (a build's {@code chat-contracts} jar: its classes shadow the caller's).
     */
    static Callable<Object> engine(List<Path> firstJars, String workload, String root, int exchanges) throws Exception {
        return load(firstJars, workload, root, exchanges, true);
    }

    @SuppressWarnings("unchecked")
    private static Callable<Object> load(List<Path> firstJars, String workload, String root, int exchanges, boolean engine)
            throws Exception {
        ClassLoader isolated = new URLClassLoader(classPath(firstJars), ClassLoader.getPlatformClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(isolated); // the set-up's service lookups (Swagger Parser) must find the copies
        try {
            Class<?> type = Class.forName(IsolatedWorkload.class.getName(), true, isolated);
            return (Callable<Object>) type.getConstructor(String.class, String.class, int.class, boolean.class)
                    .newInstance(workload, root, exchanges, engine);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    /** {@code firstJars}, then this JVM's class path. */
    static URL[] classPath(List<Path> firstJars) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (Path jar : firstJars) {
            urls.add(jar.toAbsolutePath().toUri().toURL());
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }
}
