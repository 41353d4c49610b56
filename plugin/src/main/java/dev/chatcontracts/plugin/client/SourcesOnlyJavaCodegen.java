package dev.chatcontracts.plugin.client;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.Map;
import org.openapitools.codegen.languages.JavaClientCodegen;

/**
 * OpenAPI Generator's {@code java} generator without the work whose output {@link ClientGenerator} throws away:
 * only the supporting files under the source folder are rendered (no build files, README, CI files or
 * {@code api/openapi.yaml}), and so the spec is not serialized back to YAML for {@code api/openapi.yaml}.
 * The Java sources it writes are the {@code java} generator's, byte for byte (their {@code @Generated} names
 * {@link JavaClientCodegen}, as before).
 */
final class SourcesOnlyJavaCodegen extends JavaClientCodegen {

    /** Keeps the supporting files under the source folder only. */
    @Override
    public void processOpts() {
        super.processOpts();
        String sourceFolder = getSourceFolder().replace('\\', '/');
        supportingFiles.removeIf(file -> !file.getFolder().replace('\\', '/').startsWith(sourceFolder));
    }

    /**
     * Names the {@code java} generator in {@code @Generated}, as OpenAPI Generator does for its own class: it sets
     * {@code generatorClass} just before it calls this, and renders nothing before.
     */
    @Override
    public void processOpenAPI(OpenAPI openAPI) {
        super.processOpenAPI(openAPI);
        additionalProperties.put("generatorClass", JavaClientCodegen.class.getName());
    }

    /** Only {@code api/openapi.yaml} uses the YAML, and it is not rendered. */
    @Override
    public void generateYAMLSpecFile(Map<String, Object> objs) {
        // nothing: see above
    }
}
