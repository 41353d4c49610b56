package dev.chatcontracts.plugin.client;

import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.plugin.SpecSet;
import dev.chatcontracts.plugin.incremental.Fingerprint;
import dev.chatcontracts.plugin.incremental.GoalRuns;
import dev.chatcontracts.plugin.incremental.IncrementalGeneration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the {@code generate-client} goal does, without Maven: fingerprint the specs' text and the
 * configuration, and generate each spec's client only when the fingerprint or an output changed.
 * The specs are parsed only when generating.
 *
 * @param outputDirectory the source root written to
 * @param stateFile the incremental build state
 * @param basePackage each spec's client goes to a sub-package named after the spec
 * @param operationIds operations to generate; empty for all
 * @param tags tags to generate; empty for all
 * @param pluginVersion the plugin's identity, part of the fingerprint
 */
public record ClientGoal(Path outputDirectory, Path stateFile, String basePackage, Set<String> operationIds, Set<String> tags,
        String pluginVersion) {

    public ClientGoal {
        operationIds = Set.copyOf(operationIds);
        tags = Set.copyOf(tags);
    }

    /** The fingerprint of a run: specs, selection, configuration, versions. */
    public Fingerprint fingerprint(SpecSet specs) {
        return GoalRuns.fingerprint(specs, operationIds, tags, pluginVersion)
                .config("basePackage", basePackage)
                .version("openapi-generator", ClientGenerator.OPENAPI_GENERATOR_VERSION)
                .build();
    }

    /** The line to log after {@link #run}: up to date, or why it generated. */
    public static String describe(IncrementalGeneration.Outcome outcome) {
        return GoalRuns.describe(outcome, "Client sources", "client sources");
    }

    public IncrementalGeneration.Outcome run(SpecSet specs, Consumer<String> log) {
        return new IncrementalGeneration(stateFile, outputDirectory).run(fingerprint(specs), () -> {
            List<Path> written = new ArrayList<>();
            for (LoadedSpec spec : specs.loaded()) {
                String pkg = ClientOptions.defaultPackage(basePackage, spec);
                log.accept("Generating the " + spec.name() + " client into " + pkg);
                written.addAll(new ClientGenerator().generate(new ClientOptions(spec, outputDirectory, pkg, operationIds, tags)));
            }
            return written;
        });
    }
}
