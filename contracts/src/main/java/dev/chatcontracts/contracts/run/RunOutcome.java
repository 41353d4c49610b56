package dev.chatcontracts.contracts.run;

import dev.chatcontracts.contracts.reports.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run ended with: its verdict (and exit code), its report, the report files written, and why it could not
 * run when it could not.
 *
 * @param verdict     passed, ERROR findings, or could not run
 * @param report      the report: of what was done before it stopped when it could not run to its end
 * @param reportFiles the report files written, in order (JUnit XML, then HTML); none when one could not be written
 * @param problem     why it could not run ({@link Verdict#COULD_NOT_RUN}), else null
 */
public record RunOutcome(Verdict verdict, ValidationReport report, List<Path> reportFiles, Problem problem) {

    /** Where a run stopped. */
    public enum Stage {
        /** Reading the inputs stopped (an internal error, out of memory): the report holds the entries before. */
        INPUTS,
        /** A report file could not be written: nothing was printed of the report. */
        REPORTS,
        /** The run was halted before its end (a response over its limit, a worker that died): the report is complete as far as it went. */
        HALTED
    }

    /**
     * Why a run could not be done.
     *
     * @param stage   where it stopped
     * @param message what stopped it, as it came (the caller escapes or redacts it for its output)
     * @param cause   the exception, or null (a halt has a reason only)
     */
    public record Problem(Stage stage, String message, Throwable cause) {
        public Problem {
            Objects.requireNonNull(stage, "stage");
        }
    }

    public RunOutcome {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(report, "report");
        reportFiles = List.copyOf(reportFiles);
        if ((verdict == Verdict.COULD_NOT_RUN) != (problem != null)) {
            throw new IllegalArgumentException("a problem goes with COULD_NOT_RUN, and only with it: " + verdict);
        }
    }

    /** The process exit code: 0, 1 or 3. */
    public int exitCode() {
        return verdict.exitCode();
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }

    /** Why it could not run, when it could not. */
    public Optional<Problem> failure() {
        return Optional.ofNullable(problem);
    }

    /** Whether it could not run because of {@code stage}. */
    public boolean stoppedAt(Stage stage) {
        return problem != null && problem.stage() == stage;
    }
}
