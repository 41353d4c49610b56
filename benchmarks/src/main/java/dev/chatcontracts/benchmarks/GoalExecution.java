package dev.chatcontracts.benchmarks;

import dev.chatcontracts.generator.spec.LoadedSpec;
import dev.chatcontracts.plugin.SpecSources;
import dev.chatcontracts.plugin.client.ClientGenerator;
import dev.chatcontracts.plugin.client.ClientOptions;
import dev.chatcontracts.plugin.incremental.Fingerprint;
import dev.chatcontracts.plugin.incremental.IncrementalGeneration;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    /** One goal execution: what {@code mvn generate-sources} costs in the plugin, Maven start-up aside. */
    static IncrementalGeneration.Outcome generateClient(Path stateFile, Path outputDirectory) {
        List<LoadedSpec> specs = new SpecSources().load(List.of(), SpecSources.BUNDLED);
        Set<String> operations = Set.of();
        Set<String> tags = Set.of();
        Fingerprint.Builder fingerprint = Fingerprint.builder()
                .config("basePackage", BASE_PACKAGE)
                .config("operations", operations)
                .config("tags", tags)
                .version("openapi-generator", ClientGenerator.OPENAPI_GENERATOR_VERSION)
                .version("chat-contracts", pluginVersion());
        specs.forEach(spec -> fingerprint.spec(spec.name(), SpecSources.canonical(spec)));
        return new IncrementalGeneration(stateFile, outputDirectory).run(fingerprint.build(), () -> {
            List<Path> written = new ArrayList<>();
            for (LoadedSpec spec : specs) {
                String pkg = ClientOptions.defaultPackage(BASE_PACKAGE, spec);
                written.addAll(new ClientGenerator().generate(new ClientOptions(spec, outputDirectory, pkg, operations, tags)));
            }
            return written;
        });
    }

    /**
     * The plugin's identity as {@code PluginVersion} computes it, once per JVM, which in Maven means once
     * per build: the implementation version plus, for a snapshot, a hash of the plugin jar. Computed on
     * every call here, so that each measured execution pays what a build pays.
     */
    static String pluginVersion() {
        String version = ClientGenerator.class.getPackage().getImplementationVersion();
        if (version != null && !version.endsWith("-SNAPSHOT")) {
            return version;
        }
        try {
            Path code = Path.of(ClientGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) {
                return (version == null ? "dev" : version) + "+classes";
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(code), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return (version == null ? "dev" : version) + "+" + java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plugin's own (package-private) {@code PluginVersion.get()}, to check {@link #pluginVersion()} against. */
    static String pluginVersionOfThePlugin() {
        try {
            Class<?> type = Class.forName("dev.chatcontracts.plugin.PluginVersion");
            Method get = type.getDeclaredMethod("get");
            get.setAccessible(true);
            return (String) get.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
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
