package dev.chatcontracts.plugin.client;

import dev.chatcontracts.openapi.model.LoadedSpec;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link ClientGenerator} generates: one spec into one package.
 *
 * @param spec the spec
 * @param outputDirectory the source root written to, e.g. {@code target/generated-sources/chat-contracts-client}
 * @param basePackage the package of the client, e.g. {@code dev.chatcontracts.client.zendeskchat}
 * @param operationIds the operations to generate; empty for all
 * @param tags the tags whose operations to generate; empty for all
 */
public record ClientOptions(LoadedSpec spec, Path outputDirectory, String basePackage, Set<String> operationIds, Set<String> tags) {

    public ClientOptions {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        if (basePackage == null || !basePackage.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*")) {
            throw new IllegalArgumentException("not a Java package name: " + basePackage);
        }
        operationIds = Set.copyOf(new TreeSet<>(operationIds == null ? Set.of() : operationIds));
        tags = Set.copyOf(new TreeSet<>(tags == null ? Set.of() : tags));
    }

    /** The default package of a spec's client: {@code <base>.<spec name without punctuation>}. */
    public static String defaultPackage(String base, LoadedSpec spec) {
        return base + "." + spec.name().replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
