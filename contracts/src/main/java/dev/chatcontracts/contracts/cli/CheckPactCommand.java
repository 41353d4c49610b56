package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.pact.PactChecker;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check-pact}: checks consumer pact files against the specs, offline, and reports. */
@Command(name = "check-pact",
        mixinStandardHelpOptions = true,
        description = {"Checks consumer pact files (Pact V2, V3, V4) against the specs, offline, and reports every finding.",
            "It finds unknown operations, readOnly fields sent, writeOnly fields expected back, and response bodies and",
            "matchers the schema contradicts.",
            "Inputs: pact .json files, or folders of them (not recursive).",
            "Exit code: 0 no ERROR finding, 1 ERROR findings, 2 invalid usage, 3 the run could not be done, 130 interrupted."})
public final class CheckPactCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PACT_FILE_OR_FOLDER", description = "Pact files, or folders of them.")
    private List<Path> inputs;

    @Mixin
    private EngineRunOptions run;

    @Override
    public Integer call() {
        return CliExit.guard(spec.commandLine().getErr(), "chat-contracts " + spec.name(), this::execute);
    }

    private Integer execute() throws java.io.IOException {
        ValidationOptions options = run.validationOptions();
        Optional<Contracts> contracts = run.contracts();
        if (contracts.isEmpty()) {
            return ChatContractsCli.EXIT_CANNOT_RUN;
        }
        return run.finish(new PactChecker(new ContractValidator(contracts.get(), options)).check(inputs));
    }
}
