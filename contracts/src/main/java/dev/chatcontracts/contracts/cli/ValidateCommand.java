package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.captures.ProgressListener;
import dev.chatcontracts.contracts.findings.ReportLimits;
import dev.chatcontracts.contracts.reports.ConsoleText;
import dev.chatcontracts.contracts.run.ContractRun;
import dev.chatcontracts.contracts.run.RunInputs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code validate}: validates captures (HAR files, JSON responses with sidecars, folders) and reports. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Validates captured exchanges against the specs and reports every finding.",
            "Inputs: .har files (HAR 1.2), <name>.json responses with a <name>.meta.json sidecar, or folders of them.",
            CliExit.EXIT_CODES_LINE})
public final class ValidateCommand extends EngineCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "HAR files, JSON captures, or folders of them.")
    private List<Path> captures;

    @Option(names = "--progress-every", paramLabel = "N", defaultValue = "1000",
            description = "Report progress on stderr every N entries (default: ${DEFAULT-VALUE}).")
    private int progressEvery;

    @Override
    RunInputs inputs() {
        return RunInputs.captures(captures);
    }

    @Override
    void checkOwnOptions() {
        if (progressEvery < 1) {
            throw new CommandLine.ParameterException(spec().commandLine(), "--progress-every must be positive");
        }
    }

    @Override
    ContractRun withOwnOptions(ContractRun contractRun) {
        PrintWriter err = spec().commandLine().getErr();
        ProgressListener progress = quiet() ? ProgressListener.NONE
                : (entries, source) -> err.printf("chat-contracts: %d entries validated (reading %s)%n", entries,
                        ConsoleText.escape(String.valueOf(source), ReportLimits.TEXT_CHARS));
        return contractRun.progress(progress, progressEvery);
    }
}
