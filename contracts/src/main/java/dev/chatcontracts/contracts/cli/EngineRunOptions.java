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
import org.apache.commons.cli.Options;

/**
 * The options every engine command shares (severities, specs, limits, reports) and what they do: the
 * contracts, the validation options, and the reports and exit code at the end.
 */
final class EngineRunOptions extends CommonRunOptions {

    private static final String MAX_BODY_BYTES = "50m";
    private static final String STREAM_ABOVE = "1m";
    private static final int MAX_DEPTH = 1000;

    private final CliStreams streams;
    private final String command;
    private final Path junitXml;
    private final Path html;
    private final List<Path> specs;
    private final long maxBodyBytes;
    private final long streamAbove;
    private final List<String> volatileReadOnly;
    private final boolean strictSpec;
    private final int maxDepth;

    EngineRunOptions(CliArgs args, CliStreams streams, String command) {
        super(args);
        this.streams = streams;
        this.command = command;
        this.junitXml = args.value("junit-xml", CliArgs::path, null);
        this.html = args.value("html", CliArgs::path, null);
        this.specs = args.values("spec", null, CliArgs::path);
        this.maxBodyBytes = args.value("max-body-bytes", ByteSize::parse, ByteSize.parse(MAX_BODY_BYTES));
        this.streamAbove = args.value("stream-above", ByteSize::parse, ByteSize.parse(STREAM_ABOVE));
        this.volatileReadOnly = args.strings("volatile-readonly");
        this.strictSpec = args.flag("strict-spec");
        this.maxDepth = args.value("max-depth", CliArgs::integer, MAX_DEPTH);
    }

    /** Adds the engine options, and the shared ones, to a command's options. */
    static Options declareEngine(Options options) {
        CommonRunOptions.declare(options)
                .addOption(CliCommand.valued("junit-xml", "PATH", "Write a JUnit XML report (one testcase per exchange or interaction)."))
                .addOption(CliCommand.valued("html", "PATH", "Write a self-contained HTML report."))
                .addOption(CliCommand.valued("spec", "PATH", "An OpenAPI spec to check against; repeatable. "
                        + "Default: the bundled zendesk-chat and zoho-salesiq specs."))
                .addOption(CliCommand.valued("max-body-bytes", "SIZE", "The largest body (or pact file) read: bytes, or with k, m, g "
                        + "(default: " + MAX_BODY_BYTES + ")."))
                .addOption(CliCommand.valued("stream-above", "SIZE", "Bodies larger than this are validated while they are read, in "
                        + "memory independent of their size, without the comparisons with earlier exchanges (default: "
                        + STREAM_ABOVE + ")."))
                .addOption(CliCommand.valued("volatile-readonly", "NAME", "A readOnly field name an update may change without "
                        + "response.field.readOnly.changed (e.g. a server-side counter); repeatable; update_timestamp always is."))
                .addOption(CliCommand.flag("strict-spec", "Values that break the spec but are what the documentation says "
                        + "(a recorded discrepancy, D1-D20) are ERRORs under their ordinary keys, not *.field.documented "
                        + "WARNINGs."))
                .addOption(CliCommand.valued("max-depth", "LEVELS", "The deepest JSON nesting read (default: " + MAX_DEPTH + ")."));
        return options;
    }

    /** The specs to check against; empty with a message on stderr when one cannot be read. */
    Optional<Contracts> contracts() {
        SpecLimits limits = specLimits();
        try {
            return Optional.of(specs.isEmpty() ? Contracts.bundled(limits) : Contracts.load(specs, limits));
        } catch (SpecException e) {
            streams.err().println("chat-contracts: cannot read a spec: " + e.getMessage());
            return Optional.empty();
        }
    }

    ValidationOptions validationOptions() {
        if (maxBodyBytes < 1 || maxDepth < 1 || streamAbove < 0) {
            throw new CliUsageException(
                    "--max-body-bytes and --max-depth must be positive, --stream-above not negative");
        }
        ValidationOptions.Builder options = ValidationOptions.builder().severities(severities());
        try {
            return options.maxBodyBytes(maxBodyBytes).maxNestingDepth(maxDepth).streamingThresholdBytes(streamAbove)
                    .volatileReadOnlyFields(volatileReadOnlyFields()).strictSpec(strictSpec).build();
        } catch (IllegalArgumentException e) {
            throw new CliUsageException(e.getMessage());
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
        PrintWriter err = streams.err();
        if (outcome.stoppedAt(RunOutcome.Stage.REPORTS)) {
            err.println("chat-contracts: cannot write a report: "
                    + ConsoleText.escape(String.valueOf(outcome.problem().message()), ReportLimits.TEXT_CHARS));
            return CliExit.CANNOT_RUN;
        }
        if (outcome.stoppedAt(RunOutcome.Stage.INPUTS)) {
            String name = "chat-contracts " + command;
            int exit = CliExit.report(err, name, outcome.problem().cause());
            List<String> written = outcome.reportFiles().stream().map(Path::toString).toList();
            err.println(name + ": " + outcome.report().results().size() + " entries validated before it stopped"
                    + (written.isEmpty() ? "" : "; reports of them: " + String.join(", ", written)));
            err.flush();
            return exit;
        }
        PrintWriter out = streams.out();
        new ConsoleReport(quiet()).write(outcome.report(), out);
        out.flush();
        return outcome.exitCode();
    }
}
