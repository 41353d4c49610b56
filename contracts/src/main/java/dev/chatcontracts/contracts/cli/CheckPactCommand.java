package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.Contracts;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.pact.PactChecker;
import dev.chatcontracts.contracts.report.ConsoleReport;
import dev.chatcontracts.contracts.report.HtmlReport;
import dev.chatcontracts.contracts.report.JUnitXmlReport;
import dev.chatcontracts.contracts.report.ValidationReport;
import dev.chatcontracts.contracts.rules.Severity;
import dev.chatcontracts.contracts.rules.SeverityPolicy;
import dev.chatcontracts.generator.spec.SpecException;
import java.io.IOException;
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

/** {@code check-pact}: checks consumer pact files against the specs, offline, and reports. */
@Command(name = "check-pact",
        mixinStandardHelpOptions = true,
        description = {"Checks consumer pact files (Pact V2, V3, V4) against the specs, offline: unknown operations,",
            "readOnly fields sent, writeOnly fields expected back, response bodies and matchers the schema contradicts.",
            "Inputs: pact .json files, or folders of them (not recursive).",
            "Exit code: 0 no ERROR finding, 1 ERROR findings, 2 invalid usage, 3 the run could not be done."})
final class CheckPactCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PACT_FILE_OR_FOLDER", description = "Pact files, or folders of them.")
    private List<Path> inputs;

    @Option(names = "--severity", paramLabel = "KEY=LEVEL",
            description = "The severity (ERROR, WARNING, INFO, OFF) of a finding key or key prefix; repeatable. "
                    + "A prefix covers longer keys: pact.matcher=WARNING.")
    private Map<String, Severity> severities = new LinkedHashMap<>();

    @Option(names = "--junit-xml", paramLabel = "PATH", description = "Write a JUnit XML report (one testcase per interaction).")
    private Path junitXml;

    @Option(names = "--html", paramLabel = "PATH", description = "Write a self-contained HTML report.")
    private Path html;

    @Option(names = "--spec", paramLabel = "PATH", description = "An OpenAPI spec to check against; repeatable. "
            + "Default: the bundled zendesk-chat and zoho-salesiq specs.")
    private List<Path> specs = List.of();

    @Option(names = "--quiet", description = "Print the totals and the verdict only.")
    private boolean quiet;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES", defaultValue = "52428800",
            description = "The largest pact file and body read, in bytes (default: ${DEFAULT-VALUE}, 50 MB).")
    private long maxBodyBytes;

    @Option(names = "--max-depth", paramLabel = "LEVELS", defaultValue = "1000",
            description = "The deepest JSON nesting read (default: ${DEFAULT-VALUE}).")
    private int maxDepth;

    @Override
    public Integer call() {
        ValidationOptions options = options();
        Contracts contracts;
        try {
            contracts = specs.isEmpty() ? Contracts.bundled() : Contracts.load(specs);
        } catch (SpecException e) {
            spec.commandLine().getErr().println("chat-contracts: cannot read a spec: " + e.getMessage());
            return ChatContractsCli.EXIT_CANNOT_RUN;
        }
        ValidationReport report = new PactChecker(new ContractValidator(contracts, options)).check(inputs);
        try {
            if (junitXml != null) {
                new JUnitXmlReport().write(report, junitXml);
            }
            if (html != null) {
                new HtmlReport().write(report, html);
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("chat-contracts: cannot write a report: " + e.getMessage());
            return ChatContractsCli.EXIT_CANNOT_RUN;
        }
        spec.commandLine().getOut().print(new ConsoleReport(quiet).render(report));
        spec.commandLine().getOut().flush();
        return report.hasErrors() ? ChatContractsCli.EXIT_FINDINGS : ChatContractsCli.EXIT_PASSED;
    }

    private ValidationOptions options() {
        if (maxBodyBytes < 1 || maxDepth < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-body-bytes and --max-depth must be positive");
        }
        try {
            return ValidationOptions.builder().severities(SeverityPolicy.withOverrides(severities))
                    .maxBodyBytes(maxBodyBytes).maxNestingDepth(maxDepth).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
