package dev.chatcontracts.plugin.pacts;

import dev.chatcontracts.contracts.pactgen.PactGenerator;
import dev.chatcontracts.contracts.pactgen.PactOptions;
import dev.chatcontracts.contracts.pactgen.PactResult;
import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import dev.chatcontracts.openapi.model.OperationFilter;
import dev.chatcontracts.plugin.SpecSet;
import dev.chatcontracts.plugin.incremental.GoalRuns;
import dev.chatcontracts.plugin.incremental.IncrementalGeneration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the {@code generate-pacts} goal does, without Maven: fingerprint the specs and the configuration, and
 * write the pact files only when the fingerprint or an output changed.
 *
 * @param outputDirectory where the pact files go
 * @param buildDirectory  the root the incremental state records paths against
 * @param stateFile       the incremental build state
 * @param consumer        the consumer named in the pacts
 * @param providers       the provider name per spec name (default: the spec's name)
 * @param basePaths       the base path per spec name (default: the path of the spec's first server)
 * @param pactVersion     {@code V3} or {@code V4}, any case
 * @param operationIds    operations to cover; empty for all
 * @param tags            tags to cover; empty for all
 * @param pluginVersion   the plugin's identity, part of the fingerprint
 */
public record PactsGoal(Path outputDirectory, Path buildDirectory, Path stateFile, String consumer,
        Map<String, String> providers, Map<String, String> basePaths, String pactVersion, Set<String> operationIds,
        Set<String> tags, String pluginVersion) {

    /**
     * What a run did.
     *
     * @param outcome whether it was up to date, why it generated, the files
     * @param info    the lines to log at INFO, the first saying what happened
     * @param warnings the lines to log as warnings (operations no interaction covers)
     */
    public record Result(IncrementalGeneration.Outcome outcome, List<String> info, List<String> warnings) {
    }

    public PactsGoal {
        providers = new TreeMap<>(providers == null ? Map.of() : providers);
        basePaths = new TreeMap<>(basePaths == null ? Map.of() : basePaths);
        operationIds = Set.copyOf(operationIds);
        tags = Set.copyOf(tags);
    }

    /**
     * Generates the pacts unless they are up to date.
     *
     * @throws IllegalArgumentException for a configuration the user must fix (a bad version, base path or
     *                                  provider), with a message that names it
     */
    public Result run(SpecSet specs) {
        PactSpecVersion version = version();
        PactOptions.Builder builder = PactOptions.builder().outputDir(outputDirectory).consumer(consumer).version(version)
                .filter(new OperationFilter(operationIds, tags));
        providers.forEach(builder::provider);
        basePaths.forEach(builder::basePath);
        PactOptions options = builder.specs(specs.loaded()).build();
        PactResult[] generated = new PactResult[1];
        IncrementalGeneration.Outcome outcome = new IncrementalGeneration(stateFile, buildDirectory)
                .run(GoalRuns.fingerprint(specs, operationIds, tags, pluginVersion)
                        .config("outputDirectory", GoalRuns.relativeTo(buildDirectory, List.of(outputDirectory)))
                        .config("consumer", consumer)
                        .config("providers", providers)
                        .config("pactVersion", version)
                        .config("basePaths", basePaths)
                        .build(), () -> {
                            generated[0] = new PactGenerator().generate(options);
                            return GoalRuns.relativeTo(buildDirectory, generated[0].files().files());
                        });
        List<String> info = new ArrayList<>();
        info.add(GoalRuns.describe(outcome, "Pacts", "pact files (" + version + ")"));
        List<String> warnings = new ArrayList<>();
        if (!outcome.upToDate()) {
            PactResult result = generated[0];
            result.skipped().forEach(s -> info.add("  skipped " + s.operationId() + " " + s.status() + " " + s.example()
                    + ": " + s.reason()));
            result.adjustments().forEach(a -> info.add("  adjusted: " + a));
            result.uncovered().forEach(u -> warnings.add("  no interaction for " + u
                    + ": it has no 2xx response, or every example breaks the spec"));
        }
        return new Result(outcome, info, warnings);
    }

    private PactSpecVersion version() {
        try {
            return PactSpecVersion.valueOf(pactVersion.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("pactVersion must be V3 or V4, not " + pactVersion);
        }
    }
}
