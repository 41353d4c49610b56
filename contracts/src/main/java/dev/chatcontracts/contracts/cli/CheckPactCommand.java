package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.run.RunInputs;
import java.util.List;

/** {@code check-pact}: checks consumer pact files against the specs, offline, and reports. */
public final class CheckPactCommand extends EngineCommand {

    private static final String PARAMETER = "PACT_FILE_OR_FOLDER";

    @Override
    public String name() {
        return "check-pact";
    }

    @Override
    public List<String> description() {
        return List.of("Checks consumer pact files (Pact V2, V3, V4) against the specs, offline, and reports every finding.",
                "It finds unknown operations, readOnly fields sent, writeOnly fields expected back, and response bodies and",
                "matchers the schema contradicts.",
                "Inputs: pact .json files, or folders of them (not recursive).",
                CliExit.EXIT_CODES_LINE);
    }

    @Override
    public String parameters() {
        return PARAMETER + "...";
    }

    @Override
    public String parametersDescription() {
        return "Pact files, or folders of them.";
    }

    @Override
    RunInputs inputs(CliArgs args) {
        return RunInputs.pacts(args.paths(PARAMETER));
    }
}
