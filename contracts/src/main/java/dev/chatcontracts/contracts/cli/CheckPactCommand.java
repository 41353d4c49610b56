package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.run.RunInputs;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code check-pact}: checks consumer pact files against the specs, offline, and reports. */
@Command(name = "check-pact",
        mixinStandardHelpOptions = true,
        description = {"Checks consumer pact files (Pact V2, V3, V4) against the specs, offline, and reports every finding.",
            "It finds unknown operations, readOnly fields sent, writeOnly fields expected back, and response bodies and",
            "matchers the schema contradicts.",
            "Inputs: pact .json files, or folders of them (not recursive).",
            CliExit.EXIT_CODES_LINE})
public final class CheckPactCommand extends EngineCommand {

    @Parameters(arity = "1..*", paramLabel = "PACT_FILE_OR_FOLDER", description = "Pact files, or folders of them.")
    private List<Path> pacts;

    @Override
    RunInputs inputs() {
        return RunInputs.pacts(pacts);
    }
}
