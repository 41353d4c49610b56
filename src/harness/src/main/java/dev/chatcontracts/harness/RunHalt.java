package dev.chatcontracts.harness;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Why a run stopped before its end, if it did: a response larger than the limit, or a worker thread that died
 * (an {@link OutOfMemoryError} in an HTTP client's thread). Once halted, no new suite step or pact interaction
 * starts; after a worker died, no new request is sent either (the client may be broken) and every wait for an
 * answer ends. The first reason wins.
 */
public final class RunHalt {

    /** Said when the reason itself cannot be built (no memory left for a string). */
    private static final String WORKER_DIED = "a worker thread died (out of memory)";

    private final AtomicReference<String> reason = new AtomicReference<>();
    private final List<Runnable> releases = new CopyOnWriteArrayList<>();
    /** Freed when memory runs out, so that the run can still say why, report and exit. */
    private volatile byte[] reserve = new byte[2 * 1024 * 1024];
    private volatile boolean workerDied;

    /** Stops the run for {@code why}; the first reason is kept. */
    public void halt(String why) {
        reason.compareAndSet(null, why);
    }

    /** A worker thread ended with {@code problem}: the run stops and no request is sent any more. Allocates as little as it can. */
    public void workerDied(Thread thread, Throwable problem) {
        workerDied = true;
        outOfMemory();
        try {
            halt((problem instanceof OutOfMemoryError ? "out of memory" : problem.getClass().getSimpleName())
                    + " in the worker thread " + thread.getName() + " (raise -Xmx, or lower --max-response-bytes)");
        } catch (Throwable noMemory) {
            halt(WORKER_DIED);
        }
    }

    /**
     * Frees the memory reserve and the bytes of the exchanges in progress (allocating nothing on the way): what a thread
     * does when memory ran out, before anything else.
     */
    public void outOfMemory() {
        reserve = null;
        try {
            for (int i = 0; i < releases.size(); i++) {
                releases.get(i).run();
            }
        } catch (RuntimeException | Error ignored) {
            // a release that went away meanwhile, or no memory for an exception: the others are freed by their exchanges
        }
    }

    /**
     * Runs {@code release} (dropping the bytes an exchange holds) when a worker dies, while the returned handle is open:
     * the memory a dead worker filled is freed at once, before anyone else needs it.
     */
    public AutoCloseable onWorkerDeath(Runnable release) {
        releases.add(release);
        return () -> releases.remove(release);
    }

    public boolean halted() {
        return reason.get() != null;
    }

    /** Whether a worker thread died: the HTTP clients of the run may never answer again. */
    public boolean workerDied() {
        return workerDied;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason.get());
    }
}
