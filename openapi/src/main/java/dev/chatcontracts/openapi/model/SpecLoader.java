package dev.chatcontracts.openapi.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads OpenAPI 3.0 documents into a JSON tree for the converters, within {@link SpecLimits}, and with
 * Swagger Parser on demand ({@link LoadedSpec#model()}), with reference resolution switched off (so no
 * remote {@code $ref} is ever fetched).
 */
public final class SpecLoader {

    /** The YAML reader of the default limits, made when first needed (a bundled spec read from its tree needs none). */
    private static final class DefaultYaml {
        static final ObjectMapper MAPPER = yaml(SpecLimits.defaults());
    }

    private final SpecLimits limits;

    /** A loader within {@link SpecLimits#defaults()}. */
    public SpecLoader() {
        this(SpecLimits.defaults());
    }

    /** A loader within {@code limits}. */
    public SpecLoader(SpecLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    private ObjectMapper yaml() {
        return limits.equals(SpecLimits.defaults()) ? DefaultYaml.MAPPER : yaml(limits);
    }

    private static ObjectMapper yaml(SpecLimits limits) {
        return new ObjectMapper(YAMLFactory.builder().loaderOptions(limits.loaderOptions()).build());
    }

    /** The limits this loader reads within. */
    public SpecLimits limits() {
        return limits;
    }

    /** Reads a spec file. */
    public LoadedSpec load(Path file) {
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw limits.tooLarge(file.toString());
            }
            return parse(baseName(file.getFileName().toString()), file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SpecException("spec.unreadable", file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** Reads a spec from the classpath, e.g. {@code openapi/zendesk-chat.yaml} of the bundled specs. */
    public LoadedSpec loadResource(String resource, ClassLoader loader) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return parse(baseName(name), "classpath:" + resource, resourceText(resource, Objects.requireNonNull(loader, "loader")));
    }

    /**
     * Reads a bundled spec ({@code openapi/<name>.yaml} on the classpath). Within the default limits, the tree the
     * build wrote from it ({@link BundledTrees}) is read when there is one, a JSON parse instead of two YAML ones;
     * Swagger Parser still reads the YAML, on demand. Other limits read the YAML, so that they apply.
     */
    public LoadedSpec loadBundled(String name, ClassLoader loader) {
        String resource = "openapi/" + name + ".yaml";
        if (limits.equals(SpecLimits.defaults())) {
            try {
                JsonNode tree = BundledTrees.read(name, Objects.requireNonNull(loader, "loader"));
                if (tree != null && tree.isObject()) {
                    String location = "classpath:" + resource;
                    return LoadedSpec.parsedOnDemand(name, location, tree,
                            () -> swaggerParser(location, resourceText(resource, loader)));
                }
            } catch (IOException e) {
                // an unreadable tree: the YAML is read below
            }
        }
        return loadResource(resource, loader);
    }

    private static String resourceText(String resource, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SpecException("spec.missing", "classpath:" + resource, "no such resource on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses spec text within {@link SpecLimits}; {@code location} only names it in messages. */
    public LoadedSpec parse(String name, String location, String content) {
        org.yaml.snakeyaml.nodes.Node withAliases = limits.checkText(location, content);
        JsonNode tree;
        try {
            tree = withAliases != null ? ComposedTree.toTree(withAliases) : yaml().readTree(content);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new SpecException("spec.syntax", location, "is not YAML or JSON" + where + ": " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new SpecException("spec.syntax", location, "is not an OpenAPI document (no top-level object)");
        }
        limits.checkInPlaceCycles(location, tree);
        return LoadedSpec.parsedOnDemand(name, location, tree, () -> swaggerParser(location, content));
    }

    /** Swagger Parser's reading of the text, references unresolved: a second parse, made only when a goal needs it. */
    private static LoadedSpec.ParserResult swaggerParser(String location, String content) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        options.setResolveFully(false);
        options.setValidateExternalRefs(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(content, null, options);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (result.getOpenAPI() == null) {
            throw new SpecException("spec.invalid", location, "Swagger Parser read no OpenAPI document: " + messages);
        }
        return new LoadedSpec.ParserResult(result.getOpenAPI(), messages);
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
