package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.findings.ReportLimits;
import dev.chatcontracts.contracts.reports.ConsoleReport;
import dev.chatcontracts.contracts.reports.ConsoleText;
import dev.chatcontracts.contracts.run.RunOutcome;
import dev.chatcontracts.contracts.run.RunReports;
import dev.chatcontracts.openapi.model.SpecException;
import dev.chatcontracts.openapi.model.SpecLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The options every engine command shares (severities, specs, limits, reports) and what they do: the
 * contracts, the validation options, and the reports and exit code at the end. A picocli mixin.
 */
final class EngineRunOptions extends CommonRunOptions {

    @Option(names = "--junit-xml", paramLabel = "PATH", description = "Write a JUnit XML report (one testcase per exchange or interaction).")
    private Path junitXml;

    @Option(names = "--html", paramLabel = "PATH", description = "Write a self-contained HTML report.")
    private Path html;

    @Option(names = "--spec", paramLabel = "PATH", description = "An OpenAPI spec to check against; repeatable. "
            + "Default: the bundled zendesk-chat and zoho-salesiq specs.")
    private List<Path> specs = List.of();

    @Option(names = "--max-body-bytes", paramLabel = "SIZE", defaultValue = "50m", converter = ByteSize.class,
            description = "The largest body (or pact file) read: bytes, or with k, m, g (default: ${DEFAULT-VALUE}).")
    private long maxBodyBytes;

    @Option(names = "--stream-above", paramLabel = "SIZE", defaultValue = "1m", converter = ByteSize.class,
            description = "Bodies larger than this are validated while they are read, in memory independent of "
                    + "their size, without the comparisons with earlier exchanges (default: ${DEFAULT-VALUE}).")
    private long streamAbove;

    @Option(names = "--volatile-readonly", paramLabel = "NAME",
            description = "A readOnly field name an update may change without response.field.readOnly.changed "
                    + "(e.g. a server-side counter); repeatable; update_timestamp always is.")
    private List<String> volatileReadOnly = List.of();

    @Option(names = "--strict-spec",
            description = "Values that break the spec but are what the documentation says (a recorded discrepancy, "
                    + "D1-D20) are ERRORs under their ordinary keys, not *.field.documented WARNINGs.")
    private boolean strictSpec;

    @Option(names = "--max-depth", paramLabel = "LEVELS", defaultValue = "1000",
            description = "The deepest JSON nesting read (default: ${DEFAULT-VALUE}).")
    private int maxDepth;

    /** The specs to check against; empty with a message on stderr when one cannot be read. */
    Optional<Contracts> contracts() {
        SpecLimits limits = specLimits();
        try {
            return Optional.of(specs.isEmpty() ? Contracts.bundled(limits) : Contracts.load(specs, limits));
        } catch (SpecException e) {
            command().commandLine().getErr().println("chat-contracts: cannot read a spec: " + e.getMessage());
            return Optional.empty();
        }
    }

    ValidationOptions validationOptions() {
        if (maxBodyBytes < 1 || maxDepth < 1 || streamAbove < 0) {
            throw new CommandLine.ParameterException(command().commandLine(),
                    "--max-body-bytes and --max-depth must be positive, --stream-above not negative");
        }
        ValidationOptions.Builder options = ValidationOptions.builder().severities(severities());
        try {
            return options.maxBodyBytes(maxBodyBytes).maxNestingDepth(maxDepth).streamingThresholdBytes(streamAbove)
                    .volatileReadOnlyFields(volatileReadOnlyFields()).strictSpec(strictSpec).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(command().commandLine(), e.getMessage());
        }
    }

    private Set<String> volatileReadOnlyFields() {
        Set<String> names = new TreeSet<>(ValidationOptions.defaults().volatileReadOnlyFields());
        names.addAll(volatileReadOnly);
        return names;
    }

    /** The report files asked for ({@code --junit-xml}, {@code --html}). */
    RunReports reports() {
        return new RunReports(junitXml, html);
    }

    /**
     * Says how the run ended and gives its exit code: the console summary; or, when a report cannot be written, one
     * line; or, when the run stopped part way, why and how far it got (and the reports of that part).
     */
    int finish(RunOutcome outcome) throws IOException {
        PrintWriter err = command().commandLine().getErr();
        if (outcome.stoppedAt(RunOutcome.Stage.REPORTS)) {
            err.println("chat-contracts: cannot write a report: "
                    + ConsoleText.escape(String.valueOf(outcome.problem().message()), ReportLimits.TEXT_CHARS));
            return CliExit.CANNOT_RUN;
        }
        if (outcome.stoppedAt(RunOutcome.Stage.INPUTS)) {
            String name = "chat-contracts " + command().name();
            int exit = CliExit.report(err, name, outcome.problem().cause());
            List<String> written = outcome.reportFiles().stream().map(Path::toString).toList();
            err.println(name + ": " + outcome.report().results().size() + " entries validated before it stopped"
                    + (written.isEmpty() ? "" : "; reports of them: " + String.join(", ", written)));
            err.flush();
            return exit;
        }
        PrintWriter out = command().commandLine().getOut();
        new ConsoleReport(quiet()).write(outcome.report(), out);
        out.flush();
        return outcome.exitCode();
    }
}
