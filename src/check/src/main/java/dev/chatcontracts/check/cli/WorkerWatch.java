package dev.chatcontracts.check.cli;

import dev.chatcontracts.harness.RunHalt;

/**
 * While open, any thread that dies of an uncaught exception or error (an HTTP client's worker out of memory) halts
 * the run: its waits end, nothing more is sent, and {@code check} reports what was done and exits 3 instead of
 * waiting for good. Closing puts the previous handler back.
 */
final class WorkerWatch implements AutoCloseable {

    private final Thread.UncaughtExceptionHandler previous;

    private WorkerWatch(RunHalt halt) {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(halt::workerDied);
    }

    static WorkerWatch install(RunHalt halt) {
        return new WorkerWatch(halt);
    }

    @Override
    public void close() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }
}
