package dev.chatcontracts.mock;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The request threads: {@code core} threads serve a FIFO queue; the pool grows towards {@code max} only
 * while requests are stuck in the queue, and goes back to {@code core} once they no longer are.
 *
 * <p>A request holds its thread while its body is read, so a client that sends its body slowly holds a thread
 * until it finishes or the request time limit drops it (Jetty reads request lines and headers without one).
 * Growing keeps such clients from starving everyone else. Growing at every moment all threads are busy (as this pool did before) gives a
 * busy mock a thread per connection, and on a small machine those threads only take turns on the cores:
 * a few threads answer the same load faster, with a much shorter tail. So a watchdog looks at the queue
 * every {@link #TICK_MILLIS} ms and grows the pool (by the number of requests waiting) when the oldest
 * request has waited {@link #STUCK_MILLIS} ms while no thread started a request since the last look, or
 * {@link #LONG_WAIT_MILLIS} ms in any case; {@link #CALM_MILLIS} ms without that, it shrinks back to
 * {@code core} (the extra threads end when they next finish a request).
 */
final class ElasticExecutor extends ThreadPoolExecutor {

    static final long TICK_MILLIS = 10;
    static final long STUCK_MILLIS = 20;
    static final long LONG_WAIT_MILLIS = 250;
    static final long CALM_MILLIS = 5_000;
    private static final long KEEP_ALIVE_SECONDS = 30;

    /** A request as queued, with the time it was queued. */
    private record Queued(Runnable task, long queuedAt) implements Runnable {
        @Override
        public void run() {
            task.run();
        }
    }

    private final int core;
    private final int max;
    private final LinkedBlockingQueue<Runnable> queue;
    private final ScheduledExecutorService watchdog;
    private long startedAtLastLook;
    private long lastStuck;

    private ElasticExecutor(int core, int max, LinkedBlockingQueue<Runnable> queue, ThreadFactory threads) {
        super(core, core, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS, queue, threads);
        this.core = core;
        this.max = Math.max(core, max);
        this.queue = queue;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "chat-mock-pool-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        prestartAllCoreThreads();
        if (this.max > core) {
            watchdog.scheduleWithFixedDelay(this::look, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    static ElasticExecutor create(int core, int max, ThreadFactory threads) {
        return new ElasticExecutor(core, max, new LinkedBlockingQueue<>(), threads);
    }

    @Override
    public void execute(Runnable task) {
        super.execute(new Queued(task, System.nanoTime()));
    }

    @Override
    public void shutdown() {
        watchdog.shutdownNow();
        super.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        watchdog.shutdownNow();
        return super.shutdownNow();
    }

    /** The watchdog's look at the queue: grow when a request is stuck, shrink after a calm spell. */
    private void look() {
        long now = System.nanoTime();
        long started = getCompletedTaskCount() + getActiveCount();
        boolean progress = started != startedAtLastLook;
        startedAtLastLook = started;
        Runnable head = queue.peek();
        long waitedMillis = head instanceof Queued queued ? TimeUnit.NANOSECONDS.toMillis(now - queued.queuedAt()) : 0;
        if (waitedMillis >= LONG_WAIT_MILLIS || waitedMillis >= STUCK_MILLIS && !progress) {
            lastStuck = now;
            int size = getMaximumPoolSize();
            if (size < max) {
                resize((int) Math.min(max, (long) Math.max(getPoolSize(), size) + Math.max(1, queue.size())));
            }
        } else if (getCorePoolSize() > core && now - lastStuck >= TimeUnit.MILLISECONDS.toNanos(CALM_MILLIS)) {
            resize(core);
        }
    }

    private void resize(int size) {
        if (size > getMaximumPoolSize()) {
            setMaximumPoolSize(size);
            setCorePoolSize(size); // starts threads for the queued requests
        } else {
            setCorePoolSize(size);
            setMaximumPoolSize(size); // threads above it end when they next finish a request
        }
    }
}
