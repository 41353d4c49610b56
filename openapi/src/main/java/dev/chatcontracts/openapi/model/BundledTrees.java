package dev.chatcontracts.openapi.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The bundled specs' trees as JSON, written at build time next to their YAML ({@code openapi/<name>.tree.json}),
 * so that a run within the default limits reads a bundled spec with Jackson's JSON parser ({@link JsonTrees}, no
 * {@code ObjectMapper}) instead of reading its YAML twice (the limits' SnakeYAML pass, then the tree): about 0.2 s
 * of a fresh JVM's start-up. The build
 * writes them from the YAML through {@link SpecLoader} with the default limits, so a tree read back is the one the
 * YAML gives ({@code BundledTreesTest}); without them (an IDE run before the build) the YAML is read.
 *
 * <p>Run by the build ({@code openapi/pom.xml}, phase {@code process-classes}):
 * {@code BundledTrees <classes directory>}.
 */
public final class BundledTrees {

    static final String SUFFIX = ".tree.json";
    private static final JsonFactory JSON = new JsonFactory();

    private BundledTrees() {
    }

    /** Writes the tree of each bundled spec under {@code classes/openapi/}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: BundledTrees <classes directory>");
        }
        Path classes = Path.of(args[0]);
        ObjectMapper writer = new ObjectMapper();
        for (String name : BundledSpecs.NAMES) {
            Path yaml = classes.resolve("openapi").resolve(name + ".yaml");
            LoadedSpec spec = new SpecLoader().load(yaml);
            writer.writeValue(classes.resolve("openapi").resolve(name + SUFFIX).toFile(), spec.tree());
        }
    }

    /** The tree the build wrote for the bundled spec {@code name}, or null when there is none. */
    static JsonNode read(String name, ClassLoader loader) throws IOException {
        try (InputStream in = loader.getResourceAsStream("openapi/" + name + SUFFIX)) {
            return in == null ? null : JsonTrees.read(JSON, in);
        }
    }
}
