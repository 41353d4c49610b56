package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.capture.CaptureRun;
import dev.chatcontracts.contracts.capture.Captures;
import dev.chatcontracts.contracts.capture.ProgressListener;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.Contracts;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.report.ConsoleReport;
import dev.chatcontracts.contracts.report.HtmlReport;
import dev.chatcontracts.contracts.report.JUnitXmlReport;
import dev.chatcontracts.contracts.report.ValidationReport;
import dev.chatcontracts.contracts.rules.Severity;
import dev.chatcontracts.contracts.rules.SeverityPolicy;
import dev.chatcontracts.generator.spec.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: validates captures (HAR files, JSON responses with sidecars, folders) and reports. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Validates captured exchanges against the specs and reports every finding.",
            "Inputs: .har files (HAR 1.2), <name>.json responses with a <name>.meta.json sidecar, or folders of them.",
            "Exit code: 0 no ERROR finding, 1 ERROR findings, 2 invalid usage, 3 the run could not be done."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "HAR files, JSON captures, or folders of them.")
    private List<Path> inputs;

    @Option(names = "--severity", paramLabel = "KEY=LEVEL",
            description = "The severity (ERROR, WARNING, INFO, OFF) of a finding key or key prefix; repeatable. "
                    + "A prefix covers longer keys: response.field=WARNING.")
    private Map<String, Severity> severities = new LinkedHashMap<>();

    @Option(names = "--junit-xml", paramLabel = "PATH", description = "Write a JUnit XML report (one testcase per exchange).")
    private Path junitXml;

    @Option(names = "--html", paramLabel = "PATH", description = "Write a self-contained HTML report.")
    private Path html;

    @Option(names = "--spec", paramLabel = "PATH", description = "An OpenAPI spec to validate against; repeatable. "
            + "Default: the bundled zendesk-chat and zoho-salesiq specs.")
    private List<Path> specs = List.of();

    @Option(names = "--quiet", description = "Print the totals and the verdict only; no progress.")
    private boolean quiet;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES", defaultValue = "52428800",
            description = "The largest body read, in bytes (default: ${DEFAULT-VALUE}, 50 MB).")
    private long maxBodyBytes;

    @Option(names = "--max-depth", paramLabel = "LEVELS", defaultValue = "1000",
            description = "The deepest JSON nesting read (default: ${DEFAULT-VALUE}).")
    private int maxDepth;

    @Option(names = "--progress-every", paramLabel = "N", defaultValue = "1000",
            description = "Report progress on stderr every N entries (default: ${DEFAULT-VALUE}).")
    private int progressEvery;

    @Override
    public Integer call() {
        ValidationOptions options = options();
        Contracts contracts;
        try {
            contracts = specs.isEmpty() ? Contracts.bundled() : Contracts.load(specs);
        } catch (SpecException e) {
            err().println("chat-contracts: cannot read a spec: " + e.getMessage());
            return ChatContractsCli.EXIT_CANNOT_RUN;
        }
        PrintWriter err = err();
        ProgressListener progress = quiet ? ProgressListener.NONE
                : (entries, source) -> err.printf("chat-contracts: %d entries validated (reading %s)%n", entries, source);
        ContractValidator validator = new ContractValidator(contracts, options);
        ValidationReport report = new CaptureRun(validator, progress, progressEvery)
                .run(Captures.open(inputs, contracts, options));
        try {
            writeReports(report);
        } catch (IOException e) {
            err.println("chat-contracts: cannot write a report: " + e.getMessage());
            return ChatContractsCli.EXIT_CANNOT_RUN;
        }
        spec.commandLine().getOut().print(new ConsoleReport(quiet).render(report));
        spec.commandLine().getOut().flush();
        return report.hasErrors() ? ChatContractsCli.EXIT_FINDINGS : ChatContractsCli.EXIT_PASSED;
    }

    private ValidationOptions options() {
        if (maxBodyBytes < 1 || maxDepth < 1 || progressEvery < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-body-bytes, --max-depth and --progress-every must be positive");
        }
        try {
            return ValidationOptions.builder().severities(SeverityPolicy.withOverrides(severities))
                    .maxBodyBytes(maxBodyBytes).maxNestingDepth(maxDepth).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void writeReports(ValidationReport report) throws IOException {
        if (junitXml != null) {
            new JUnitXmlReport().write(report, junitXml);
        }
        if (html != null) {
            new HtmlReport().write(report, html);
        }
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
