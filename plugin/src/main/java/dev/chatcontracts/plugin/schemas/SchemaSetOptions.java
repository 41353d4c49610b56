package dev.chatcontracts.plugin.schemas;

import dev.chatcontracts.openapi.model.OperationFilter;
import dev.chatcontracts.openapi.output.JsonOutput;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * What {@link SchemaSetGenerator} generates, and where.
 *
 * @param specs the specs, in the order their files are written; names must differ
 * @param resourcesDir the resource root the schemas and the index are written under (their resource
 *     names start with {@code chat-contracts/schemas/}), e.g. {@code target/generated-resources/chat-contracts}
 * @param sourcesDir the source root the facade class is written under, e.g.
 *     {@code target/generated-sources/chat-contracts-schemas}
 * @param javaPackage the facade's package
 * @param facadeClass the facade's simple class name
 * @param filter which operations to generate for; with a restricting filter only the components
 *     those operations' bodies reach are written
 */
public record SchemaSetOptions(
        List<LoadedSpec> specs,
        Path resourcesDir,
        Path sourcesDir,
        String javaPackage,
        String facadeClass,
        OperationFilter filter) {

    /** The facade's class name unless told otherwise. */
    public static final String DEFAULT_FACADE_CLASS = "ChatApiSchemas";

    public SchemaSetOptions {
        specs = List.copyOf(specs);
        Objects.requireNonNull(resourcesDir, "resourcesDir");
        Objects.requireNonNull(sourcesDir, "sourcesDir");
        Objects.requireNonNull(filter, "filter");
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("at least one spec is needed");
        }
        Set<String> names = new HashSet<>();
        for (LoadedSpec spec : specs) {
            if (!JsonOutput.isSafeName(spec.name()) || !names.add(spec.name())) {
                throw new IllegalArgumentException("spec names must be unique and usable as file names: " + spec.name());
            }
        }
        if (javaPackage == null || !javaPackage.isEmpty() && !SourceVersion.isName(javaPackage)) {
            throw new IllegalArgumentException("not a Java package name: " + javaPackage);
        }
        if (facadeClass == null || !SourceVersion.isIdentifier(facadeClass) || SourceVersion.isKeyword(facadeClass)) {
            throw new IllegalArgumentException("not a Java class name: " + facadeClass);
        }
    }

    /** A builder; specs, both directories and the package are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SchemaSetOptions}. */
    public static final class Builder {
        private final List<LoadedSpec> specs = new ArrayList<>();
        private Path resourcesDir;
        private Path sourcesDir;
        private String javaPackage;
        private String facadeClass = DEFAULT_FACADE_CLASS;
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

        public Builder resourcesDir(Path dir) {
            this.resourcesDir = dir;
            return this;
        }

        public Builder sourcesDir(Path dir) {
            this.sourcesDir = dir;
            return this;
        }

        /** The facade's package; the empty string is the unnamed package. */
        public Builder javaPackage(String name) {
            this.javaPackage = name;
            return this;
        }

        public Builder facadeClass(String simpleName) {
            this.facadeClass = simpleName;
            return this;
        }

        public Builder filter(OperationFilter operationFilter) {
            this.filter = operationFilter;
            return this;
        }

        public SchemaSetOptions build() {
            return new SchemaSetOptions(specs, resourcesDir, sourcesDir, javaPackage, facadeClass, filter);
        }
    }
}
