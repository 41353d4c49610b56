package dev.chatcontracts.plugin.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * Generates a Java client for one spec with OpenAPI Generator's {@code java} generator on
 * {@code java.net.http} ({@code library=native}) and Jackson, then adds the support classes that
 * the generator does not write (authentication, 429 retries, page iterators).
 *
 * <p>Only Java sources land in the output directory; OpenAPI Generator's build files, docs and
 * metadata stay in a staging directory that is deleted afterwards. Output is deterministic: no
 * generation timestamps.
 */
public final class ClientGenerator {

    /**
     * OpenAPI Generator's version, for incremental build hashes; read from its jar's manifest without
     * initializing the generator (an up-to-date build never starts it).
     */
    public static final String OPENAPI_GENERATOR_VERSION = openApiGeneratorVersion();


    /** Generates the client; returns the files written, relative to the output directory, sorted. */
    public List<Path> generate(ClientOptions options) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("chat-contracts-client");
            ObjectNode prepared = SpecPreparer.prepare(options.spec().tree(), options.operationIds(), options.tags());
            Path input = staging.resolve(options.spec().name() + ".json");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(input.toFile(), prepared);
            Path generated = staging.resolve("out");
            runOpenApiGenerator(input, generated, options.basePackage());
            List<Path> written = copySources(generated.resolve("src/main/java"), options.outputDirectory());
            written.addAll(new SupportSources(options.basePackage(), options.spec()).writeTo(options.outputDirectory()));
            written.sort(Comparator.naturalOrder());
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void runOpenApiGenerator(Path input, Path output, String basePackage) {
        ClientOptInput clientInput = configurator(input, output, basePackage).toClientOptInput();
        DefaultGenerator generator = new DefaultGenerator();
        generator.setGeneratorPropertyDefault("generateMetadata", "false");
        generator.opts(clientInput).generate();
    }

    /**
     * OpenAPI Generator's configuration as this generator uses it: the {@code java} generator,
     * {@code library=native}, Jackson, no timestamps, no tests or docs. Public so that a benchmark can
     * time a bare OpenAPI Generator run of the same configuration.
     */
    public static CodegenConfigurator configurator(Path input, Path output, String basePackage) {
        Map<String, Object> properties = new TreeMap<>();
        properties.put("serializationLibrary", "jackson");
        properties.put("dateLibrary", "java8");
        properties.put("openApiNullable", false);
        properties.put("hideGenerationTimestamp", true);
        properties.put("annotationLibrary", "none");
        properties.put("useJakartaEe", true);
        properties.put("useOneOfDiscriminatorLookup", true);
        properties.put("disallowAdditionalPropertiesIfNotPresent", false);
        properties.put("sourceFolder", "src/main/java");
        return new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(input.toString())
                .setOutputDir(output.toString())
                .setInvokerPackage(basePackage)
                .setApiPackage(basePackage + ".api")
                .setModelPackage(basePackage + ".model")
                .setValidateSpec(false)
                .setAdditionalProperties(properties)
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
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
