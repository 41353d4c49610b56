package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.findings.ReportLimits;
import dev.chatcontracts.contracts.reports.ConsoleText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * The exit codes every chat-contracts command line shares ({@code validate}, {@code check-pact},
 * {@code check}, the mock provider), and the guard that turns a crash into one line and {@value #CANNOT_RUN}.
 *
 * <ul>
 *   <li>{@value #PASSED}: the run passed (no ERROR finding);</li>
 *   <li>{@value #FINDINGS}: some finding is an ERROR;</li>
 *   <li>{@value #USAGE}: invalid usage (an unknown option, a bad value);</li>
 *   <li>{@value #CANNOT_RUN}: the run could not be done: an unreadable spec or input, a report that cannot be
 *       written, an {@link OutOfMemoryError}, a {@link StackOverflowError} or any internal error, each told in
 *       one line on stderr naming the cause (no stack trace);</li>
 *   <li>{@value #INTERRUPTED}: interrupted (SIGINT, 128 + 2; a command thread interrupted).</li>
 * </ul>
 */
public final class CliExit {

    public static final int PASSED = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int CANNOT_RUN = 3;
    public static final int INTERRUPTED = 130;

    /** The last line of every run command's description ({@code validate}, {@code check-pact}, {@code check}). */
    public static final String EXIT_CODES_LINE =
            "Exit code: 0 no ERROR finding, 1 ERROR findings, 2 invalid usage, 3 the run could not be done, 130 interrupted.";

    private CliExit() {
    }

    /**
     * Runs a command's body: usage errors ({@link CliUsageException}) go on to {@link CliApp} (exit {@value #USAGE}); an interruption is
     * {@value #INTERRUPTED}; anything else thrown, errors included, is one line and {@value #CANNOT_RUN}.
     */
    public static int guard(PrintWriter err, String name, Callable<Integer> body) {
        try {
            return body.call();
        } catch (CliUsageException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(name + ": interrupted");
            err.flush();
            return INTERRUPTED;
        } catch (Exception | OutOfMemoryError | StackOverflowError | LinkageError | AssertionError e) {
            return report(err, name, e);
        }
    }

    /** One line naming the cause, on stderr; the exit code for it. */
    public static int report(PrintWriter err, String name, Throwable problem) {
        if (problem instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
            err.println(name + ": interrupted");
            err.flush();
            return INTERRUPTED;
        }
        err.println(name + ": could not run: " + describe(problem));
        err.flush();
        return CANNOT_RUN;
    }

    /** The problem in one line: what it is, and its message (first line only, cut, redacted, control characters escaped). */
    public static String describe(Throwable problem) {
        Throwable cause = problem;
        while ((cause instanceof java.lang.reflect.InvocationTargetException
                || cause instanceof java.util.concurrent.ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String what = cause instanceof OutOfMemoryError ? "out of memory (raise -Xmx, or lower --stream-above / --max-body-bytes)"
                : cause instanceof StackOverflowError ? "stack overflow (input nested too deeply?)"
                : cause.getClass().getSimpleName();
        String message = cause.getMessage();
        if (message == null || message.isBlank() || cause instanceof OutOfMemoryError || cause instanceof StackOverflowError) {
            return what;
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return what + ": " + ConsoleText.escape(Redactor.redactText(ReportLimits.cut(line, ReportLimits.VALUE_CHARS)));
    }
}
