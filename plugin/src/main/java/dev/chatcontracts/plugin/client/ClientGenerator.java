package dev.chatcontracts.plugin.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GeneratorSettings;
import org.openapitools.codegen.config.WorkflowSettings;

/**
 * Generates a Java client for one spec with OpenAPI Generator's {@code java} generator on
 * {@code java.net.http} ({@code library=native}) and Jackson, then adds the support classes that
 * the generator does not write (authentication, 429 retries, page iterators).
 *
 * <p>Each spec is parsed once, by the spec loader: OpenAPI Generator gets the model of the prepared JSON tree
 * ({@link GeneratorInput}), not a file to parse again. Only Java sources land in the output directory, and only
 * they are rendered ({@link SourcesOnlyJavaCodegen}: no build files, docs or metadata); OpenAPI Generator writes
 * into a staging directory that is deleted afterwards. Output is deterministic: no generation timestamps.
 */
public final class ClientGenerator {

    /**
     * OpenAPI Generator's version, for incremental build hashes; read from its jar's manifest without
     * initializing the generator (an up-to-date build never starts it).
     */
    public static final String OPENAPI_GENERATOR_VERSION = openApiGeneratorVersion();

    private static final String GENERATOR = "java";
    private static final String LIBRARY = "native";
    private static final String SOURCE_FOLDER = "src/main/java";
    /** No tests or docs (they would land outside the sources, which are all that is kept). */
    private static final Map<String, String> GLOBAL_PROPERTIES = orderedMap(
            "apiTests", "false", "modelTests", "false", "apiDocs", "false", "modelDocs", "false");


    /** Generates the client; returns the files written, relative to the output directory, sorted. */
    public List<Path> generate(ClientOptions options) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("chat-contracts-client");
            ObjectNode prepared = SpecPreparer.prepare(options.spec().tree(), options.operationIds(), options.tags());
            Path generated = staging.resolve("out");
            String location = staging.resolve(options.spec().name() + ".json").toString();
            runOpenApiGenerator(GeneratorInput.of(prepared, location, generated, options.basePackage()));
            List<Path> written = copySources(generated.resolve(SOURCE_FOLDER), options.outputDirectory());
            written.addAll(new SupportSources(options.basePackage(), options.spec()).writeTo(options.outputDirectory()));
            written.sort(Comparator.naturalOrder());
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void runOpenApiGenerator(ClientOptInput input) {
        DefaultGenerator generator = new DefaultGenerator();
        generator.setGeneratorPropertyDefault("generateMetadata", "false");
        GLOBAL_PROPERTIES.forEach(generator::setGeneratorPropertyDefault);
        generator.opts(input).generate();
    }

    /**
     * OpenAPI Generator's configuration as this generator uses it: the {@code java} generator,
     * {@code library=native}, Jackson, no timestamps, no tests or docs. Public so that a benchmark can
     * time a bare OpenAPI Generator run of the same configuration; {@link #generate} applies the same settings
     * ({@link #generatorSettings}, {@link #workflowSettings}) without {@code CodegenConfigurator}, which would parse
     * the spec again.
     */
    public static CodegenConfigurator configurator(Path input, Path output, String basePackage) {
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName(GENERATOR)
                .setLibrary(LIBRARY)
                .setInputSpec(input.toString())
                .setOutputDir(output.toString())
                .setInvokerPackage(basePackage)
                .setApiPackage(basePackage + ".api")
                .setModelPackage(basePackage + ".model")
                .setValidateSpec(false)
                .setAdditionalProperties(additionalProperties());
        GLOBAL_PROPERTIES.forEach(configurator::addGlobalProperty);
        return configurator;
    }

    /** The generator settings of {@link #configurator}, as {@code CodegenConfigurator} would build them. */
    static GeneratorSettings generatorSettings(String basePackage) {
        return GeneratorSettings.newBuilder()
                .withGeneratorName(GENERATOR)
                .withLibrary(LIBRARY)
                .withInvokerPackage(basePackage)
                .withApiPackage(basePackage + ".api")
                .withModelPackage(basePackage + ".model")
                .withAdditionalProperties(additionalProperties())
                .build();
    }

    /** The workflow settings of {@link #configurator}, as {@code CodegenConfigurator} would build them. */
    static WorkflowSettings workflowSettings(String input, Path output) {
        return WorkflowSettings.newBuilder()
                .withInputSpec(input)
                .withOutputDir(output.toString())
                .withValidateSpec(false)
                .withGlobalProperties(GLOBAL_PROPERTIES)
                .build();
    }

    private static Map<String, Object> additionalProperties() {
        Map<String, Object> properties = new TreeMap<>();
        properties.put("serializationLibrary", "jackson");
        properties.put("dateLibrary", "java8");
        properties.put("openApiNullable", false);
        properties.put("hideGenerationTimestamp", true);
        properties.put("annotationLibrary", "none");
        properties.put("useJakartaEe", true);
        properties.put("useOneOfDiscriminatorLookup", true);
        properties.put("disallowAdditionalPropertiesIfNotPresent", false);
        properties.put("sourceFolder", SOURCE_FOLDER);
        return properties;
    }

    private static List<Path> copySources(Path from, Path to) throws IOException {
        List<Path> written = new ArrayList<>();
        if (!Files.isDirectory(from)) {
            return written;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = from.relativize(file);
                Path target = to.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                written.add(relative);
            }
        }
        return written;
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless
        }
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static String openApiGeneratorVersion() {
        try {
            Class<?> type = Class.forName("org.openapitools.codegen.DefaultGenerator", false, ClientGenerator.class.getClassLoader());
            String version = type.getPackage().getImplementationVersion();
            return version == null ? "unknown" : version;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("OpenAPI Generator is not on the plugin's classpath", e);
        }
    }
}
