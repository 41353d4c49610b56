package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.captures.ProgressListener;
import dev.chatcontracts.contracts.findings.ReportLimits;
import dev.chatcontracts.contracts.reports.ConsoleText;
import dev.chatcontracts.contracts.run.ContractRun;
import dev.chatcontracts.contracts.run.RunInputs;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.cli.Options;

/** {@code validate}: validates captures (HAR files, JSON responses with sidecars, folders) and reports. */
public final class ValidateCommand extends EngineCommand {

    private static final int PROGRESS_EVERY = 1000;
    private static final String PARAMETER = "FILE_OR_FOLDER";

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public List<String> description() {
        return List.of("Validates captured exchanges against the specs and reports every finding.",
                "Inputs: .har files (HAR 1.2), <name>.json responses with a <name>.meta.json sidecar, or folders of them.",
                CliExit.EXIT_CODES_LINE);
    }

    @Override
    public String parameters() {
        return PARAMETER + "...";
    }

    @Override
    public String parametersDescription() {
        return "HAR files, JSON captures, or folders of them.";
    }

    @Override
    Options ownOptions(Options options) {
        return options.addOption(CliCommand.valued("progress-every", "N",
                "Report progress on stderr every N entries (default: " + PROGRESS_EVERY + ")."));
    }

    @Override
    RunInputs inputs(CliArgs args) {
        return RunInputs.captures(args.paths(PARAMETER));
    }

    @Override
    UnaryOperator<ContractRun> ownSettings(CliArgs args, CliStreams streams, boolean quiet) {
        int every = args.value("progress-every", CliArgs::integer, PROGRESS_EVERY);
        if (every < 1) {
            throw new CliUsageException("--progress-every must be positive");
        }
        PrintWriter err = streams.err();
        ProgressListener progress = quiet ? ProgressListener.NONE
                : (entries, source) -> err.printf("chat-contracts: %d entries validated (reading %s)%n", entries,
                        ConsoleText.escape(String.valueOf(source), ReportLimits.TEXT_CHARS));
        return contractRun -> contractRun.progress(progress, every);
    }
}
