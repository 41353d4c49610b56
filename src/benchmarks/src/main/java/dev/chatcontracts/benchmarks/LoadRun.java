package dev.chatcontracts.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Drives a loopback HTTP server with a fixed number of platform threads, each owning one keep-alive
 * connection, until a total number of requests is reached, a hard time cap passes, or the threads' plans
 * run out of work. Every response is checked by the plan; latencies (request written to response read) are
 * kept per thread in plain {@code long[]} buffers and sorted at the end.
 *
 * <p>Every loop here is bounded: by the request count, by the time cap, and each request by the socket
 * timeout. After the cap (plus one socket timeout and a grace period) the connections are closed under the
 * threads' feet, so a run always ends by itself.
 */
final class LoadRun {

    /**
     * One request to send.
     *
     * @param op             index of the operation, into {@link Settings#operations()}
     * @param method         HTTP method
     * @param target         path and query
     * @param authorization  Authorization header value, or null
     * @param body           JSON body, or null
     * @param expectedStatus the only status that is not an error
     * @param context        anything the plan needs when checking the answer
     */
    record Request(int op, String method, String target, String authorization, byte[] body, int expectedStatus,
                   Object context) {
    }

    /** What one thread sends; a plan is used by its thread only. */
    interface Plan {
        /** The next request, or null when this thread has nothing more to do. */
        Request next();

        /**
         * Called for a response with the expected status: null when it is right, else what is wrong (an
         * error). Not timed.
         */
        default String check(Request request, HttpConnection.Response response) {
            return null;
        }
    }

    /**
     * How to run.
     *
     * @param name                 label for progress lines
     * @param host                 a loopback address
     * @param port                 the server's port
     * @param connections          threads, one connection each
     * @param totalRequests        the most requests to send, over all threads
     * @param timeCap              the hard cap of the run
     * @param socketTimeoutMillis  the longest one request may take
     * @param operations           operation names, indexed by {@link Request#op()}
     * @param progressEvery        how often to print a progress line, or null for none
     * @param progress             where progress lines go
     */
    record Settings(String name, String host, int port, int connections, long totalRequests, Duration timeCap,
                    int socketTimeoutMillis, List<String> operations, Duration progressEvery, PrintStream progress) {
        Settings {
            Objects.requireNonNull(timeCap, "timeCap");
            if (connections < 1 || totalRequests < 0) {
                throw new IllegalArgumentException("connections >= 1 and totalRequests >= 0 required");
            }
            operations = List.copyOf(operations);
        }
    }

    /** Latencies of one operation (or all), sorted ascending, in nanoseconds. */
    record Latencies(String name, long[] sortedNanos) {
        long count() {
            return sortedNanos.length;
        }

        /** Nearest-rank percentile in nanoseconds (0 when there are no samples). */
        long percentile(double p) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
            return sortedNanos[Math.min(sortedNanos.length - 1, Math.max(0, rank - 1))];
        }

        long max() {
            return sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1];
        }

        double meanNanos() {
            return sortedNanos.length == 0 ? 0 : Arrays.stream(sortedNanos).average().orElse(0);
        }
    }

    /**
     * The outcome.
     *
     * @param completed     requests answered (including wrong answers)
     * @param errors        wrong statuses, failed checks and I/O errors
     * @param ioErrors      the I/O errors among them
     * @param elapsedNanos  wall time of the run
     * @param timeCapped    whether the time cap stopped it before its work was done
     * @param all           latencies of every answered request
     * @param perOperation  latencies per operation, in the order of {@link Settings#operations()}
     * @param errorSamples  the first errors, described
     */
    record Result(long completed, long errors, long ioErrors, long elapsedNanos, boolean timeCapped,
                  Latencies all, List<Latencies> perOperation, List<String> errorSamples) {
        double throughput() {
            return elapsedNanos == 0 ? 0 : completed / (elapsedNanos / 1e9);
        }
    }

    private static final int MAX_ERROR_SAMPLES = 20;

    private LoadRun() {
    }

    /** Runs; {@code plans} makes the plan of thread {@code i}. */
    static Result run(Settings settings, IntFunction<Plan> plans) throws InterruptedException {
        int n = settings.connections();
        int ops = settings.operations().size();
        AtomicLong tickets = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong ioErrors = new AtomicLong();
        AtomicBoolean capped = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        HttpConnection[] connections = new HttpConnection[n];
        LongBuffer[][] latencies = new LongBuffer[n][ops];
        Thread[] threads = new Thread[n];
        long start = System.nanoTime();
        long deadline = start + settings.timeCap().toNanos();

        for (int t = 0; t < n; t++) {
            Plan plan = plans.apply(t);
            HttpConnection connection = new HttpConnection(settings.host(), settings.port(), settings.socketTimeoutMillis());
            connections[t] = connection;
            LongBuffer[] mine = latencies[t];
            for (int o = 0; o < ops; o++) {
                mine[o] = new LongBuffer((int) Math.min(1 << 20, settings.totalRequests() / n / Math.max(1, ops) + 16));
            }
            threads[t] = new Thread(() -> {
                while (!stop.get()) {
                    if (System.nanoTime() - deadline >= 0) {
                        capped.set(true);
                        break;
                    }
                    if (tickets.incrementAndGet() > settings.totalRequests()) {
                        break;
                    }
                    Request request = plan.next();
                    if (request == null) {
                        break;
                    }
                    String problem;
                    long began = System.nanoTime();
                    try {
                        HttpConnection.Response response = connection.send(request.method(), request.target(),
                                request.authorization(), request.body());
                        mine[request.op()].add(System.nanoTime() - began);
                        completed.incrementAndGet();
                        problem = response.status() != request.expectedStatus()
                                ? "HTTP " + response.status() + " (expected " + request.expectedStatus() + "): "
                                        + abbreviate(response.bodyText())
                                : plan.check(request, response);
                    } catch (IOException | RuntimeException e) {
                        if (stop.get()) {
                            break;
                        }
                        if (e instanceof IOException) {
                            ioErrors.incrementAndGet();
                        }
                        problem = e.toString();
                    }
                    if (problem != null) {
                        errors.incrementAndGet();
                        if (errorSamples.size() < MAX_ERROR_SAMPLES) {
                            errorSamples.add(settings.operations().get(request.op()) + " " + request.method() + " "
                                    + request.target() + ": " + problem);
                        }
                    }
                }
                connection.close();
            }, settings.name() + "-client-" + t);
            threads[t].setDaemon(true);
        }
        Thread progress = progressThread(settings, completed, errors, start, stop);
        for (Thread thread : threads) {
            thread.start();
        }
        if (progress != null) {
            progress.start();
        }
        long hardEnd = deadline + Duration.ofMillis(settings.socketTimeoutMillis()).toNanos() + Duration.ofSeconds(5).toNanos();
        for (Thread thread : threads) {
            long left = hardEnd - System.nanoTime();
            if (left > 0) {
                thread.join(Math.max(1, left / 1_000_000));
            }
        }
        long elapsed = System.nanoTime() - start;
        stop.set(true);
        for (int t = 0; t < n; t++) {
            if (threads[t].isAlive()) {
                capped.set(true);
                connections[t].close();
            }
        }
        for (Thread thread : threads) {
            thread.join(5_000);
        }
        if (progress != null) {
            progress.interrupt();
            progress.join(1_000);
        }
        List<Latencies> perOp = new ArrayList<>();
        for (int o = 0; o < ops; o++) {
            LongBuffer merged = new LongBuffer(16);
            for (int t = 0; t < n; t++) {
                merged.addAll(latencies[t][o]);
            }
            perOp.add(new Latencies(settings.operations().get(o), merged.sorted()));
        }
        LongBuffer every = new LongBuffer(16);
        perOp.forEach(l -> every.addAll(l.sortedNanos()));
        return new Result(completed.get(), errors.get(), ioErrors.get(), elapsed, capped.get(),
                new Latencies("all", every.sorted()), perOp, List.copyOf(errorSamples));
    }

    private static Thread progressThread(Settings settings, AtomicLong completed, AtomicLong errors, long start,
                                         AtomicBoolean stop) {
        if (settings.progressEvery() == null || settings.progress() == null) {
            return null;
        }
        Thread thread = new Thread(() -> {
            long lastCount = 0;
            long lastTime = start;
            while (!stop.get()) {
                try {
                    Thread.sleep(settings.progressEvery().toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                long count = completed.get();
                settings.progress().printf("  [%s] %6.1f s: %,d requests, %,.0f req/s in the last %d s, %,d errors%n",
                        settings.name(), (now - start) / 1e9, count, (count - lastCount) / ((now - lastTime) / 1e9),
                        settings.progressEvery().toSeconds(), errors.get());
                lastCount = count;
                lastTime = now;
            }
        }, settings.name() + "-progress");
        thread.setDaemon(true);
        return thread;
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }

    /** A growable {@code long[]}. */
    static final class LongBuffer {
        private long[] values;
        private int size;

        LongBuffer(int capacity) {
            values = new long[Math.max(16, capacity)];
        }

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = value;
        }

        void addAll(LongBuffer other) {
            addAll(Arrays.copyOf(other.values, other.size));
        }

        void addAll(long[] more) {
            if (size + more.length > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, values, size, more.length);
            size += more.length;
        }

        long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
