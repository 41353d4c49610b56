package dev.chatcontracts.harness.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Every write a contract run makes, with what undoes it, undone newest first when the run ends, a step
 * fails, or the process is stopped (see {@link #installShutdownHook}).
 *
 * <p>A run does its writes inside {@link #guarded}: a stop ({@link #stopAndRestore}) waits for the write in
 * progress to register its undo, then no new write starts ({@link #closing()}), then everything is undone; an
 * undo registered after a stop runs at once. What cannot be put back is returned as {@link Unrestored}, with the
 * values to put back by hand.
 */
public final class UndoJournal {

    /** Undoes one write. */
    @FunctionalInterface
    public interface Undo {
        void run() throws Exception;
    }

    /** Runs one part of a run that may write. */
    @FunctionalInterface
    public interface Guarded {
        void run() throws Exception;
    }

    /**
     * A write that was not undone.
     *
     * @param write what was written, e.g. {@code PUT /account billing.first_name}
     * @param undo what should have undone it
     * @param putBack the values to put back by hand, or what to delete
     * @param error why the undo failed
     */
    public record Unrestored(String write, String undo, String putBack, String error) {
    }

    private record Entry(String write, String undo, String putBack, Undo action) {
    }

    private final ReentrantLock writing = new ReentrantLock();
    private final List<Entry> entries = new ArrayList<>();
    /** The undos of the restore in progress not yet run (what a stop that gives up reports). */
    private final List<Entry> undoing = new ArrayList<>();
    private final List<Unrestored> unrestored = new ArrayList<>();
    private final List<String> restored = new ArrayList<>();
    private volatile boolean closing;
    /** Whether a guarded part (a write) is running. */
    private volatile boolean writeRunning;
    private boolean stopped;

    /** Whether a stop or the end of the run has begun: no new write may start. */
    public boolean closing() {
        return closing;
    }

    /**
     * Runs {@code part} unless the journal is closing, holding the journal so that a stop waits for it.
     *
     * @return false when it did not run because the journal is closing
     */
    public boolean guarded(Guarded part) throws Exception {
        writing.lock();
        try {
            if (closing) {
                return false;
            }
            writeRunning = true;
            part.run();
            return true;
        } finally {
            writeRunning = false;
            writing.unlock();
        }
    }

    /**
     * Registers the undo of a write (before the write where possible: an update's old values are read first).
     *
     * @param write what is written
     * @param undo how it is undone
     * @param putBack the values an undo puts back (for the report when it fails)
     * @param action the undo
     */
    public void register(String write, String undo, String putBack, Undo action) {
        Entry entry = new Entry(write, undo, putBack, action);
        boolean now;
        synchronized (this) {
            now = stopped;
            if (!now) {
                entries.add(entry);
            }
        }
        if (now) {
            undo(entry);
        }
    }

    /**
     * Undoes every write registered so far, newest first, and returns what of those could not be undone. The
     * journal takes new writes afterwards (a run restores after its suite, then after its pacts).
     */
    public List<Unrestored> restore() {
        List<Entry> todo;
        int before;
        synchronized (this) {
            todo = new ArrayList<>(entries);
            entries.clear();
            undoing.addAll(todo);
            before = unrestored.size();
        }
        for (int i = todo.size() - 1; i >= 0; i--) {
            undo(todo.get(i));
            synchronized (this) {
                undoing.remove(todo.get(i));
            }
        }
        synchronized (this) {
            return List.copyOf(unrestored.subList(before, unrestored.size()));
        }
    }

    /**
     * Stops the run: no new write starts, the write in progress is waited for (up to {@code timeout}), every
     * write is undone, and an undo registered later runs at once. What a stopped process does.
     */
    public List<Unrestored> stopAndRestore(long timeout, TimeUnit unit) {
        return stopAndRestore(timeout, unit, 0);
    }

    /**
     * {@link #stopAndRestore(long, TimeUnit)}; when the write in progress has not ended within {@code timeout}, what was
     * registered is undone anyway and that write is then waited for up to {@code lateWriteSeconds} more: its undo, when it
     * registers, runs at once. A write that does not end by then is returned as not restored (it may have taken effect).
     */
    public List<Unrestored> stopAndRestore(long timeout, TimeUnit unit, long lateWriteSeconds) {
        closing = true;
        boolean locked = tryLock(timeout, unit);
        try {
            synchronized (this) {
                stopped = true;
            }
            restore();
            if (!locked) {
                locked = tryLock(lateWriteSeconds, TimeUnit.SECONDS);
                if (!locked) {
                    synchronized (this) {
                        unrestored.add(writeInProgress(unit.toSeconds(timeout) + lateWriteSeconds));
                    }
                }
            }
            return unrestored();
        } finally {
            if (locked) {
                writing.unlock();
            }
        }
    }

    private boolean tryLock(long timeout, TimeUnit unit) {
        try {
            return writing.tryLock(timeout, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Unrestored writeInProgress(long seconds) {
        return new Unrestored(WRITE_IN_PROGRESS, "the undo of that write", "look at the target for what this run created or"
                + " changed last", "the write had not ended " + seconds + " s after the stop; it may have taken effect");
    }

    /** How a write that had not ended when a stop gave up is named in {@link Unrestored#write()}. */
    public static final String WRITE_IN_PROGRESS = "a write in progress when the run was stopped";

    /**
     * {@link #stopAndRestore}, given up after {@code budget} (a target that no longer answers): the undos not done by
     * then are returned too, as not undone, with their values to put back. Returns within {@code budget}.
     */
    public List<Unrestored> stopAndRestoreWithin(long waitSeconds, long budgetSeconds) {
        java.util.concurrent.atomic.AtomicReference<List<Unrestored>> left = new java.util.concurrent.atomic.AtomicReference<>();
        long lateWrite = Math.max(0, budgetSeconds - waitSeconds);
        Thread undo = new Thread(() -> left.set(stopAndRestore(waitSeconds, TimeUnit.SECONDS, lateWrite)), "chat-contracts-undo");
        undo.setDaemon(true);
        undo.start();
        try {
            undo.join(TimeUnit.SECONDS.toMillis(budgetSeconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (left.get() != null) {
            return left.get();
        }
        synchronized (this) {
            List<Unrestored> all = new ArrayList<>(unrestored);
            List<Entry> notDone = new ArrayList<>(undoing);
            notDone.addAll(entries);
            notDone.forEach(entry -> all.add(new Unrestored(entry.write(), entry.undo(), entry.putBack(),
                    "not undone within " + budgetSeconds + " s (the target did not answer in time)")));
            if (writeRunning && all.stream().noneMatch(u -> u.write().equals(WRITE_IN_PROGRESS))) {
                all.add(writeInProgress(budgetSeconds));
            }
            return all;
        }
    }

    /** The undos that ran, as {@code "<undo> (<write>)"}, in the order they ran. */
    public synchronized List<String> restored() {
        return List.copyOf(restored);
    }

    /** What could not be undone so far. */
    public synchronized List<Unrestored> unrestored() {
        return List.copyOf(unrestored);
    }

    /** How many writes wait for their undo. */
    public synchronized int pending() {
        return entries.size();
    }

    /** How long a stopped process waits for the write in progress before it undoes what it wrote. */
    public static final long STOP_WAIT_SECONDS = 10;
    /** How long a stopped process then spends undoing, at most; what is not undone by then is reported as not restored. */
    public static final long RESTORE_SECONDS = 60;

    /**
     * Restores on SIGINT/SIGTERM: a JVM shutdown hook that waits for the write in progress (up to {@value #STOP_WAIT_SECONDS} s,
     * and gives up undoing {@value #RESTORE_SECONDS} s later), undoes every
     * write and reports each undo and what could not be undone to {@code report}. Close the returned handle
     * when the run has restored normally.
     */
    public AutoCloseable installShutdownHook(java.util.function.Consumer<String> report) {
        Thread hook = new Thread(() -> {
            List<Unrestored> left = stopAndRestoreWithin(STOP_WAIT_SECONDS, STOP_WAIT_SECONDS + RESTORE_SECONDS);
            restored().forEach(line -> report.accept("restored: " + line));
            left.forEach(u -> report.accept("NOT RESTORED: " + u.write() + "; put back: " + u.putBack() + " (" + u.error() + ")"));
        }, "chat-contracts-restore");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: nothing to remove
            }
        };
    }

    private void undo(Entry entry) {
        try {
            entry.action().run();
            synchronized (this) {
                restored.add(entry.undo() + " (" + entry.write() + ")");
            }
        } catch (Exception e) {
            synchronized (this) {
                unrestored.add(new Unrestored(entry.write(), entry.undo(), entry.putBack(), e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
    }
}
