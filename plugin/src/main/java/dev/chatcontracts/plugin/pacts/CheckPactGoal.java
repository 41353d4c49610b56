package dev.chatcontracts.plugin.pacts;

import dev.chatcontracts.contracts.run.RunInputs;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.plugin.reporting.ReportingGoal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the {@code check-pact} goal does, without Maven: check the consumer pact files against the specs
 * with the engine of the command line's {@code check-pact}, write the reports, and give the verdict.
 */
public final class CheckPactGoal {

    public static final String GOAL = "check-pact";

    /** Checks {@code pacts} (files, or folders of them) against {@code specs}. */
    public ReportingGoal.Result run(List<LoadedSpec> specs, List<Path> pacts, ReportingGoal.Settings settings)
            throws ReportingGoal.InvalidSettings, IOException {
        ReportingGoal reporting = new ReportingGoal(GOAL, settings);
        return reporting.run(reporting.validator(specs), RunInputs.pacts(pacts));
    }
}
