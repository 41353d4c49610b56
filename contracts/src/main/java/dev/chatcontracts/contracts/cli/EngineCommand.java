package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.run.ContractRun;
import dev.chatcontracts.contracts.run.RunInputs;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code validate} and {@code check-pact} share: the engine options ({@link EngineRunOptions}), and one flow,
 * guarded by {@link CliExit#guard}: the options, the specs, one {@link ContractRun} over the command's inputs, its
 * report files, the console summary and the exit code.
 */
abstract class EngineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private EngineRunOptions run;

    @Override
    public final Integer call() {
        return CliExit.guard(spec.commandLine().getErr(), "chat-contracts " + spec.name(), this::execute);
    }

    private Integer execute() throws IOException {
        checkOwnOptions();
        ValidationOptions options = run.validationOptions();
        Optional<Contracts> contracts = run.contracts();
        if (contracts.isEmpty()) {
            return CliExit.CANNOT_RUN;
        }
        ContractRun contractRun = withOwnOptions(new ContractRun(new ContractValidator(contracts.get(), options)).reports(run.reports()));
        return run.finish(contractRun.run(inputs()));
    }

    /** The command's inputs (its parameters). */
    abstract RunInputs inputs();

    /** Refuses the command's own options that cannot be used (a usage error), before anything is read. */
    void checkOwnOptions() {
    }

    /** The run with the command's own options applied. */
    ContractRun withOwnOptions(ContractRun contractRun) {
        return contractRun;
    }

    CommandSpec spec() {
        return spec;
    }

    boolean quiet() {
        return run.quiet();
    }
}
