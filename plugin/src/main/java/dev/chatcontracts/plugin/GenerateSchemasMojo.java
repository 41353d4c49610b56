package dev.chatcontracts.plugin;

import dev.chatcontracts.plugin.schemas.SchemaSetOptions;
import dev.chatcontracts.plugin.schemas.SchemasGoal;
import java.io.File;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a JSON Schema (draft 2020-12) per component in a request view (readOnly properties
 * forbidden) and a response view (writeOnly forbidden), one per operation body, an index, and a Java
 * facade ({@code ChatApiSchemas.validateResponse("showVisitor", 200, json)}) that validates with
 * networknt's validator. The schemas become classpath resources, the facade a compile source; the
 * consuming project needs {@code com.networknt:json-schema-validator} and Jackson.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate-schemas", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateSchemasMojo extends AbstractSpecMojo {

    /**
     * Where the schema files go (added as a resource folder).
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.schemas.resourcesDirectory",
            defaultValue = "${project.build.directory}/generated-resources/chat-contracts")
    private File resourcesDirectory;

    /**
     * Where the facade's source goes (added as a compile source root).
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.schemas.sourcesDirectory",
            defaultValue = "${project.build.directory}/generated-sources/chat-contracts-schemas")
    private File sourcesDirectory;

    /**
     * The package of the facade.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.schemas.javaPackage", defaultValue = "dev.chatcontracts.schemas")
    private String javaPackage;

    /**
     * The simple name of the facade class.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.schemas.facadeClass", defaultValue = SchemaSetOptions.DEFAULT_FACADE_CLASS)
    private String facadeClass;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.schemas.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected boolean skipGoal() {
        return skip;
    }

    @Override
    protected String goal() {
        return "generate-schemas";
    }

    @Override
    protected void run(SpecSet specs) {
        SchemasGoal goal = new SchemasGoal(resourcesDirectory.toPath(), sourcesDirectory.toPath(), buildDirectory(),
                stateFile("generate-schemas"), javaPackage, facadeClass, operationIds(), tagNames(), PluginVersion.get());
        getLog().info(SchemasGoal.describe(goal.run(specs)));
        project.addCompileSourceRoot(sourcesDirectory.getPath());
        Resource resource = new Resource();
        resource.setDirectory(resourcesDirectory.getPath());
        project.addResource(resource);
    }
}
