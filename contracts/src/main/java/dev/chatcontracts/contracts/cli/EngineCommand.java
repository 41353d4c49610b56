package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.run.ContractRun;
import dev.chatcontracts.contracts.run.RunInputs;
import java.io.IOException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.commons.cli.Options;

/**
 * What {@code validate} and {@code check-pact} share: the engine options ({@link EngineRunOptions}), and one flow:
 * the options, the specs, one {@link ContractRun} over the command's inputs, its report files, the console summary
 * and the exit code.
 */
abstract class EngineCommand implements CliCommand {

    @Override
    public final Options options() {
        return ownOptions(EngineRunOptions.declareEngine(new Options()));
    }

    @Override
    public final int run(CliArgs args, CliStreams streams) throws IOException {
        EngineRunOptions run = new EngineRunOptions(args, streams, name());
        RunInputs inputs = inputs(args);
        UnaryOperator<ContractRun> ownSettings = ownSettings(args, streams, run.quiet());
        ValidationOptions options = run.validationOptions();
        Optional<Contracts> contracts = run.contracts();
        if (contracts.isEmpty()) {
            return CliExit.CANNOT_RUN;
        }
        ContractValidator validator = new ContractValidator(contracts.get(), options);
        ContractRun contractRun = ownSettings.apply(new ContractRun(validator).reports(run.reports()));
        return run.finish(contractRun.run(inputs));
    }

    /** The command's own options added to the shared ones. */
    Options ownOptions(Options options) {
        return options;
    }

    /** The command's inputs (its parameters); a bad one is a usage error. */
    abstract RunInputs inputs(CliArgs args);

    /**
     * What the command's own options set on the run, read before any spec or input is; one that cannot be used is a
     * usage error.
     */
    UnaryOperator<ContractRun> ownSettings(CliArgs args, CliStreams streams, boolean quiet) {
        return UnaryOperator.identity();
    }
}
