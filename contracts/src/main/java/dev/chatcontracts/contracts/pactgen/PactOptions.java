package dev.chatcontracts.contracts.pactgen;

import dev.chatcontracts.openapi.output.JsonOutput;
import dev.chatcontracts.openapi.model.OperationFilter;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link PactGenerator} generates, and where.
 *
 * @param specs the specs; one pact file each, in this order
 * @param outputDir the directory the pact files are written to, e.g. {@code target/pacts}
 * @param consumer the consumer name
 * @param providers provider name by spec name; a spec not listed is its own provider ({@code zendesk-chat})
 * @param version the Pact specification version of the files
 * @param filter which operations get interactions
 * @param basePaths the base path per spec name, the prefix of every request path in its pact; a spec
 *     not listed takes the path of its first server URL ({@code /api/v2/chat}). For the legacy
 *     {@code www.zopim.com} layout: {@code zendesk-chat} → {@code /api/v2}
 */
public record PactOptions(
        List<LoadedSpec> specs,
        Path outputDir,
        String consumer,
        Map<String, String> providers,
        PactSpecVersion version,
        OperationFilter filter,
        Map<String, String> basePaths) {

    /** The consumer name unless told otherwise. */
    public static final String DEFAULT_CONSUMER = "chat-contracts-consumer";

    public PactOptions {
        specs = List.copyOf(specs);
        providers = Map.copyOf(providers);
        basePaths = Map.copyOf(basePaths);
        basePaths.forEach(PactOptions::requireBasePath);
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(filter, "filter");
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("at least one spec is needed");
        }
        requireSafe("consumer", consumer);
        Set<String> files = new HashSet<>();
        for (LoadedSpec spec : specs) {
            String provider = providers.getOrDefault(spec.name(), spec.name());
            requireSafe("provider", provider);
            if (!files.add(provider)) {
                throw new IllegalArgumentException("two specs would share the provider " + provider + " and its pact file");
            }
        }
    }

    /** The provider name of a spec. */
    public String provider(LoadedSpec spec) {
        return providers.getOrDefault(spec.name(), spec.name());
    }

    /** The base path of a spec's request paths: as configured, else its first server URL's path. */
    public String basePath(LoadedSpec spec) {
        return basePaths.getOrDefault(spec.name(), PactGenerator.serverPath(spec));
    }

    /** The pact file name of a spec: {@code <consumer>-<provider>.json}. */
    public String fileName(LoadedSpec spec) {
        return consumer + "-" + provider(spec) + ".json";
    }

    /** A builder; specs and the output directory are required. */
    public static Builder builder() {
        return new Builder();
    }

    private static void requireBasePath(String spec, String path) {
        if (!path.isEmpty() && !path.matches("(/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)+")) {
            throw new IllegalArgumentException("the base path of " + spec + " must be empty or start with '/', without a trailing '/',"
                    + " a query or spaces (e.g. /api/v2): " + path);
        }
    }

    private static void requireSafe(String what, String name) {
        if (!JsonOutput.isSafeName(name)) {
            throw new IllegalArgumentException("the " + what + " name must be usable in a file name (letters, digits, '.', '_', '-'): " + name);
        }
    }

    /** Builds {@link PactOptions}. */
    public static final class Builder {
        private final List<LoadedSpec> specs = new ArrayList<>();
        private final Map<String, String> providers = new LinkedHashMap<>();
        private final Map<String, String> basePaths = new LinkedHashMap<>();
        private Path outputDir;
        private String consumer = DEFAULT_CONSUMER;
        private PactSpecVersion version = PactSpecVersion.V3;
        private OperationFilter filter = OperationFilter.ALL;

        private Builder() {
        }

        public Builder spec(LoadedSpec spec) {
            specs.add(Objects.requireNonNull(spec, "spec"));
            return this;
        }

        public Builder specs(List<LoadedSpec> all) {
            all.forEach(this::spec);
            return this;
        }

        public Builder outputDir(Path dir) {
            this.outputDir = dir;
            return this;
        }

        public Builder consumer(String name) {
            this.consumer = name;
            return this;
        }

        /** The provider name of the spec named {@code specName}. */
        public Builder provider(String specName, String providerName) {
            providers.put(specName, providerName);
            return this;
        }

        /** The base path of the spec named {@code specName}'s request paths, e.g. {@code /api/v2}. */
        public Builder basePath(String specName, String path) {
            basePaths.put(specName, path);
            return this;
        }

        public Builder version(PactSpecVersion specVersion) {
            this.version = specVersion;
            return this;
        }

        public Builder filter(OperationFilter operationFilter) {
            this.filter = operationFilter;
            return this;
        }

        public PactOptions build() {
            return new PactOptions(specs, outputDir, consumer, providers, version, filter, basePaths);
        }
    }
}
