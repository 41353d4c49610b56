package dev.chatcontracts.plugin.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.model.SpecException;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConfig;
import org.openapitools.codegen.TemplatingEngineLoader;
import org.openapitools.codegen.config.GeneratorSettings;
import org.openapitools.codegen.config.WorkflowSettings;
import org.openapitools.codegen.utils.ModelUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenAPI Generator's input for one prepared spec, built without parsing any text: the {@code OpenAPI} model is
 * deserialized from the JSON tree the spec loader already read (and {@link SpecPreparer} prepared), and the
 * generator is configured the way {@code CodegenConfigurator.toClientOptInput()} configures it, from the same
 * {@link ClientGenerator#configurator settings}.
 *
 * <p>{@code CodegenConfigurator} would write nothing new but cost a full parse of the spec text (Swagger Parser,
 * {@code resolve=true}) and two scans that instantiate every generator OpenAPI Generator ships (about 150) to
 * find {@code java}.
 */
final class GeneratorInput {

    private static final Logger LOGGER = LoggerFactory.getLogger(GeneratorInput.class);

    private GeneratorInput() {
    }

    /**
     * The generator's input: the model of {@code prepared} and the {@code java} generator ({@link SourcesOnlyJavaCodegen})
     * writing into {@code output}.
     *
     * @param location names the spec in Swagger Parser's messages and is the base of relative references, as the
     *                 spec file's path would be
     */
    static ClientOptInput of(JsonNode prepared, String location, Path output, String basePackage) {
        GeneratorSettings generatorSettings = ClientGenerator.generatorSettings(basePackage);
        WorkflowSettings workflowSettings = ClientGenerator.workflowSettings(location, output);
        CodegenConfig config = new SourcesOnlyJavaCodegen();
        configure(config, generatorSettings, workflowSettings);
        return new ClientOptInput()
                .config(config)
                .generatorSettings(generatorSettings)
                .userDefinedTemplates(new ArrayList<>())
                .openAPI(model(prepared, location));
    }

    /**
     * What {@code OpenAPIParser.readLocation(..., resolve and resolveResponses)} makes of a file holding {@code tree},
     * without writing or reading the file.
     */
    static OpenAPI model(JsonNode tree, String location) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveResponses(true);
        SwaggerParseResult result = new OpenAPIV3Parser().parseJsonNode(location, tree, options);
        if (result.getOpenAPI() == null) {
            throw new SpecException("spec.invalid", location, "Swagger Parser read no OpenAPI document: " + result.getMessages());
        }
        new OpenAPIResolver(result.getOpenAPI(), new ArrayList<>(), location, null, options).resolve(result);
        if (result.getMessages() != null && !result.getMessages().isEmpty()) {
            // as CodegenConfigurator reports them with validateSpec=false
            LOGGER.warn("There were issues with the specification, but validation has been explicitly disabled: {}", result.getMessages());
        }
        return result.getOpenAPI();
    }

    /** {@code CodegenConfigurator.toContext()} and {@code toClientOptInput()}, for settings without mappings or templates. */
    private static void configure(CodegenConfig config, GeneratorSettings generatorSettings, WorkflowSettings workflowSettings) {
        ModelUtils.setGenerateAliasAsModel(workflowSettings.isGenerateAliasAsModel());
        config.setLibrary(generatorSettings.getLibrary());
        config.setInputSpec(workflowSettings.getInputSpec());
        config.setOutputDir(workflowSettings.getOutputDir());
        config.setSkipOverwrite(workflowSettings.isSkipOverwrite());
        config.setIgnoreFilePathOverride(workflowSettings.getIgnoreFileOverride());
        config.setRemoveOperationIdPrefix(workflowSettings.isRemoveOperationIdPrefix());
        config.setSkipOperationExample(workflowSettings.isSkipOperationExample());
        config.setEnablePostProcessFile(workflowSettings.isEnablePostProcessFile());
        config.setEnableMinimalUpdate(workflowSettings.isEnableMinimalUpdate());
        config.setStrictSpecBehavior(workflowSettings.isStrictSpecBehavior());
        config.setTemplatingEngine(TemplatingEngineLoader.byIdentifier(config.defaultTemplatingEngine()));
        Map<String, Object> additional = config.additionalProperties();
        additional.putAll(generatorSettings.getAdditionalProperties());
        if (additional.containsKey("library")) {
            config.setLibrary(String.valueOf(additional.get("library")));
        }
    }
}
