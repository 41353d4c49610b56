package dev.chatcontracts.plugin.captures;

import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.run.RunInputs;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.plugin.reporting.ReportingGoal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the {@code validate-captures} goal does, without Maven: validate the captures (HAR files, JSON
 * responses with sidecars, folders of them) against the specs with the engine of the command line's
 * {@code validate}, write the reports, and give the verdict.
 */
public final class CapturesGoal {

    public static final String GOAL = "validate-captures";

    /**
     * What to validate and how.
     *
     * @param captures         the capture files or folders
     * @param maxBodyBytes     the largest body read, in bytes
     * @param streamAboveBytes bodies larger than this are validated while read
     * @param reporting        the severities, strictness, reports and failOnError
     */
    public record Settings(List<Path> captures, long maxBodyBytes, long streamAboveBytes, ReportingGoal.Settings reporting) {
    }

    public ReportingGoal.Result run(List<LoadedSpec> specs, Settings settings) throws ReportingGoal.InvalidSettings, IOException {
        if (settings.captures() == null || settings.captures().isEmpty()) {
            throw new ReportingGoal.InvalidSettings(
                    GOAL + ": no captures: set <captures> (files or folders) or -Dchatcontracts.captures", null);
        }
        ReportingGoal reporting = new ReportingGoal(GOAL, settings.reporting());
        ContractValidator validator = reporting.validator(specs,
                options -> options.maxBodyBytes(settings.maxBodyBytes()).streamingThresholdBytes(settings.streamAboveBytes()));
        return reporting.run(validator, RunInputs.captures(settings.captures()));
    }
}
