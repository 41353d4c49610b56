package dev.chatcontracts.plugin.schemas;

import dev.chatcontracts.openapi.model.OperationFilter;
import dev.chatcontracts.plugin.schemas.SchemaSetGenerator;
import dev.chatcontracts.plugin.schemas.SchemaSetOptions;
import dev.chatcontracts.plugin.SpecSet;
import dev.chatcontracts.plugin.incremental.GoalRuns;
import dev.chatcontracts.plugin.incremental.IncrementalGeneration;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the {@code generate-schemas} goal does, without Maven: fingerprint the specs and the configuration, and
 * write the JSON Schemas and their Java facade only when the fingerprint or an output changed.
 *
 * @param resourcesDirectory where the schema files go
 * @param sourcesDirectory   where the facade's source goes
 * @param buildDirectory     the root the incremental state records paths against
 * @param stateFile          the incremental build state
 * @param javaPackage        the facade's package
 * @param facadeClass        the facade's simple name
 * @param operationIds       operations to cover; empty for all
 * @param tags               tags to cover; empty for all
 * @param pluginVersion      the plugin's identity, part of the fingerprint
 */
public record SchemasGoal(Path resourcesDirectory, Path sourcesDirectory, Path buildDirectory, Path stateFile,
        String javaPackage, String facadeClass, Set<String> operationIds, Set<String> tags, String pluginVersion) {

    public SchemasGoal {
        operationIds = Set.copyOf(operationIds);
        tags = Set.copyOf(tags);
    }

    /** Generates the schemas unless they are up to date; the line to log is {@link #describe}. */
    public IncrementalGeneration.Outcome run(SpecSet specs) {
        return new IncrementalGeneration(stateFile, buildDirectory)
                .run(GoalRuns.fingerprint(specs, operationIds, tags, pluginVersion)
                        .config("resourcesDirectory", GoalRuns.relativeTo(buildDirectory, List.of(resourcesDirectory)))
                        .config("sourcesDirectory", GoalRuns.relativeTo(buildDirectory, List.of(sourcesDirectory)))
                        .config("javaPackage", javaPackage)
                        .config("facadeClass", facadeClass)
                        .build(), () -> GoalRuns.relativeTo(buildDirectory, new SchemaSetGenerator().generate(
                                SchemaSetOptions.builder().specs(specs.loaded()).resourcesDir(resourcesDirectory)
                                        .sourcesDir(sourcesDirectory).javaPackage(javaPackage).facadeClass(facadeClass)
                                        .filter(new OperationFilter(operationIds, tags)).build()).files()));
    }

    public static String describe(IncrementalGeneration.Outcome outcome) {
        return GoalRuns.describe(outcome, "Schemas", "schema files");
    }
}
