package dev.chatcontracts.benchmarks;

import dev.chatcontracts.plugin.PluginVersion;
import dev.chatcontracts.plugin.SpecSet;
import dev.chatcontracts.plugin.SpecSources;
import dev.chatcontracts.plugin.client.ClientGenerator;
import dev.chatcontracts.plugin.client.ClientGoal;
import dev.chatcontracts.plugin.incremental.IncrementalGeneration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;

/**
 * The work of one {@code generate-client} goal execution with its default configuration (both bundled specs,
 * base package {@code dev.chatcontracts.client}, every operation), step for step as
 * {@code AbstractSpecMojo.execute()} and {@code GenerateClientMojo.run()} do it, without Maven: load the
 * specs, fingerprint them, and generate unless the fingerprint and the outputs are unchanged. Also the
 * reference: a bare OpenAPI Generator run of the same specs with the same generator options.
 */
final class GoalExecution {

    static final String BASE_PACKAGE = "dev.chatcontracts.client";

    private GoalExecution() {
    }

    /**
     * One goal execution: what {@code mvn generate-sources} costs in the plugin, Maven start-up aside:
     * read the specs' text, fingerprint, and generate (parsing the specs) unless nothing changed. The
     * same {@link ClientGoal} the Mojo runs.
     */
    static IncrementalGeneration.Outcome generateClient(Path stateFile, Path outputDirectory) {
        SpecSet specs = new SpecSources().read(List.of(), SpecSources.BUNDLED);
        return new ClientGoal(outputDirectory, stateFile, BASE_PACKAGE, Set.of(), Set.of(), PluginVersion.get()).run(specs, message -> { });
    }

    /** Copies the bundled YAML specs out of the {@code chat-openapi} jar into {@code directory}. */
    static List<Path> extractBundledSpecs(Path directory) {
        List<Path> files = new ArrayList<>();
        for (String name : SpecSources.BUNDLED) {
            Path file = directory.resolve(name + ".yaml");
            try (InputStream in = SpecSources.class.getClassLoader().getResourceAsStream("openapi/" + name + ".yaml")) {
                if (in == null) {
                    throw new IllegalStateException("openapi/" + name + ".yaml is not on the classpath");
                }
                Files.createDirectories(directory);
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.add(file);
        }
        return files;
    }

    /**
     * A bare OpenAPI Generator run, as the openapi-generator-maven-plugin would do it with the same configuration
     * as the plugin ({@link ClientGenerator#configurator}: the {@code java} generator, {@code library=native},
     * Jackson, no tests or docs, and without metadata as {@code ClientGenerator} runs it): the YAML file as it
     * is, straight into {@code output}, and nothing else.
     */
    static List<java.io.File> bareOpenApiGenerator(Path yaml, Path output) {
        String name = yaml.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String basePackage = BASE_PACKAGE + "." + name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
        ClientOptInput input = ClientGenerator.configurator(yaml, output, basePackage).toClientOptInput();
        DefaultGenerator generator = new DefaultGenerator();
        generator.setGeneratorPropertyDefault("generateMetadata", "false");
        return generator.opts(input).generate();
    }

    static void deleteRecursively(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
