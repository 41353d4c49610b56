package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.captures.CaptureRun;
import dev.chatcontracts.contracts.captures.Captures;
import dev.chatcontracts.contracts.captures.ProgressListener;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.findings.ReportLimits;
import dev.chatcontracts.contracts.reports.ConsoleText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code validate}: validates captures (HAR files, JSON responses with sidecars, folders) and reports. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Validates captured exchanges against the specs and reports every finding.",
            "Inputs: .har files (HAR 1.2), <name>.json responses with a <name>.meta.json sidecar, or folders of them.",
            "Exit code: 0 no ERROR finding, 1 ERROR findings, 2 invalid usage, 3 the run could not be done, 130 interrupted."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "HAR files, JSON captures, or folders of them.")
    private List<Path> inputs;

    @Mixin
    private EngineRunOptions run;

    @Option(names = "--progress-every", paramLabel = "N", defaultValue = "1000",
            description = "Report progress on stderr every N entries (default: ${DEFAULT-VALUE}).")
    private int progressEvery;

    @Override
    public Integer call() {
        return CliExit.guard(spec.commandLine().getErr(), "chat-contracts " + spec.name(), this::execute);
    }

    private Integer execute() throws java.io.IOException {
        if (progressEvery < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--progress-every must be positive");
        }
        ValidationOptions options = run.validationOptions();
        Optional<Contracts> contracts = run.contracts();
        if (contracts.isEmpty()) {
            return ChatContractsCli.EXIT_CANNOT_RUN;
        }
        PrintWriter err = spec.commandLine().getErr();
        ProgressListener progress = run.quiet ? ProgressListener.NONE
                : (entries, source) -> err.printf("chat-contracts: %d entries validated (reading %s)%n", entries,
                        ConsoleText.escape(String.valueOf(source), ReportLimits.TEXT_CHARS));
        ContractValidator validator = new ContractValidator(contracts.get(), options);
        try {
            return run.finish(new CaptureRun(validator, progress, progressEvery).run(Captures.open(inputs, contracts.get(), options)));
        } catch (CaptureRun.Stopped stopped) {
            String written = run.writeReportsIfPossible(stopped.report());
            int exit = CliExit.report(err, "chat-contracts validate", stopped.getCause());
            err.println("chat-contracts validate: " + stopped.report().results().size() + " entries validated before it stopped"
                    + written);
            err.flush();
            return exit;
        }
    }
}
