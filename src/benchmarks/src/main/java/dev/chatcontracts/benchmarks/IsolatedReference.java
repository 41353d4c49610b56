package dev.chatcontracts.benchmarks;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link PairedRatios}' reference side, {@code readTree} of a workload's bytes, loaded by a class loader of its own:
 * its Jackson is a copy of its own, so the JIT profiles and compiles it apart from the Jackson the engine runs on (as
 * JMH's separate forks do), while both still take their rounds in turns in one JVM. Seen from the caller as a
 * {@link Callable} (a JDK type, the same class in both loaders): one call, one {@code readTree}.
 */
public final class IsolatedReference implements Callable<Object> {

    private static final String SESSION = "session";

    private final Blackhole blackhole = PairedRatios.blackhole();
    private final SmallExchangesBenchmark small;
    private final EngineBenchmark body;

    /**
     * @param workload {@code session} for the small exchanges, else a body size ({@code 2KB}, {@code 1MB}...)
     * @param root the repository root (the spec and corpus)
     * @param exchanges how many small exchanges
     */
    public IsolatedReference(String workload, String root, int exchanges) {
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
            small.readTree(blackhole);
            return null;
        }
        return body.readTree();
    }

    /** The reference of {@code workload} ({@code session} or a size), loaded apart from the caller's classes. */
    @SuppressWarnings("unchecked")
    static Callable<Object> load(String workload, String root, int exchanges) throws Exception {
        ClassLoader isolated = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(isolated); // the set-up's service lookups (Swagger Parser) must find the copies
        try {
            Class<?> type = Class.forName(IsolatedReference.class.getName(), true, isolated);
            return (Callable<Object>) type.getConstructor(String.class, String.class, int.class)
                    .newInstance(workload, root, exchanges);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    private static URL[] classPath() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }
}
