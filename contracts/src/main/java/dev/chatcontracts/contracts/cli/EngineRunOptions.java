package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.findings.ReportLimits;
import dev.chatcontracts.contracts.findings.SeverityOverrides;
import dev.chatcontracts.contracts.reports.ConsoleReport;
import dev.chatcontracts.contracts.reports.ConsoleText;
import dev.chatcontracts.contracts.reports.ReportFiles;
import dev.chatcontracts.contracts.reports.ValidationReport;
import dev.chatcontracts.openapi.spec.SpecException;
import dev.chatcontracts.openapi.spec.SpecLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The options every engine command shares (severities, specs, limits, reports) and what they do: the
 * contracts, the validation options, and the reports and exit code at the end. A picocli mixin.
 */
final class EngineRunOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--severity", paramLabel = "KEY=LEVEL",
            description = "The severity (ERROR, WARNING, INFO, OFF) of a finding key or key prefix; repeatable. "
                    + "A prefix covers longer keys: response.field=WARNING.")
    private List<String> severities = new ArrayList<>();

    @Option(names = "--junit-xml", paramLabel = "PATH", description = "Write a JUnit XML report (one testcase per exchange or interaction).")
    private Path junitXml;

    @Option(names = "--html", paramLabel = "PATH", description = "Write a self-contained HTML report.")
    private Path html;

    @Option(names = "--spec", paramLabel = "PATH", description = "An OpenAPI spec to check against; repeatable. "
            + "Default: the bundled zendesk-chat and zoho-salesiq specs.")
    private List<Path> specs = List.of();

    @Option(names = "--spec-limit", paramLabel = "KEY=VALUE",
            description = "Raises or lowers a limit every spec is read within; repeatable. Keys: codePoints (default 3145728), "
                    + "nestingDepth (200), aliases (50 aliases of collections), expandedNodes (1000000 nodes once aliases are expanded).")
    private Map<String, Long> specLimits = new LinkedHashMap<>();

    @Option(names = "--quiet", description = "Print the totals and the verdict only; no progress.")
    boolean quiet;

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
            spec.commandLine().getErr().println("chat-contracts: cannot read a spec: " + e.getMessage());
            return Optional.empty();
        }
    }

    private SpecLimits specLimits() {
        try {
            return SpecLimits.defaults().with(specLimits);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--spec-limit: " + e.getMessage());
        }
    }

    ValidationOptions validationOptions() {
        if (maxBodyBytes < 1 || maxDepth < 1 || streamAbove < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-body-bytes and --max-depth must be positive, --stream-above not negative");
        }
        try {
            return ValidationOptions.builder().severities(SeverityOverrides.fromSettings(severities))
                    .maxBodyBytes(maxBodyBytes).maxNestingDepth(maxDepth).streamingThresholdBytes(streamAbove)
                    .volatileReadOnlyFields(volatileReadOnlyFields()).strictSpec(strictSpec).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Set<String> volatileReadOnlyFields() {
        Set<String> names = new TreeSet<>(ValidationOptions.defaults().volatileReadOnlyFields());
        names.addAll(volatileReadOnly);
        return names;
    }

    /** The reports asked for of a run that stopped, as far as they can be written: "; reports: …" or "". */
    String writeReportsIfPossible(ValidationReport report) {
        List<String> written = ReportFiles.writeWherePossible(report, junitXml, html).stream().map(Path::toString).toList();
        return written.isEmpty() ? "" : "; reports of them: " + String.join(", ", written);
    }

    /** Writes the reports asked for and the console summary; the exit code of the run. */
    int finish(ValidationReport report) throws IOException {
        try {
            ReportFiles.write(report, junitXml, html);
        } catch (IOException e) {
            spec.commandLine().getErr().println("chat-contracts: cannot write a report: "
                    + ConsoleText.escape(String.valueOf(e.getMessage()), ReportLimits.TEXT_CHARS));
            return ChatContractsCli.EXIT_CANNOT_RUN;
        }
        PrintWriter out = spec.commandLine().getOut();
        new ConsoleReport(quiet).write(report, out);
        out.flush();
        return report.hasErrors() ? ChatContractsCli.EXIT_FINDINGS : ChatContractsCli.EXIT_PASSED;
    }
}
