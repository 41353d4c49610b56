package dev.chatcontracts.pact.verify;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Pact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A pact file read by Pact JVM ({@link DefaultPactReader}), with what our generator records in
 * {@code metadata.chatContracts}: the spec it came from, its server URL and the base path its request paths
 * start with.
 *
 * @param file the file
 * @param pact the pact in Pact JVM's model (V3 {@code RequestResponsePact} or {@code V4Pact})
 * @param specName {@code metadata.chatContracts.openapi}, e.g. {@code zendesk-chat}; else the provider name
 * @param serverUrl {@code metadata.chatContracts.baseUrl}, e.g. {@code https://{subdomain}.zendesk.com/api/v2/chat}; may be null
 * @param basePath {@code metadata.chatContracts.basePath}, e.g. {@code /api/v2/chat}: the request paths are full
 *     paths starting with it. Null for a pact without it (a foreign pact, or one of an earlier generator whose
 *     paths are relative to the server URL)
 */
public record PactFile(Path file, Pact pact, String specName, String serverUrl, String basePath) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public PactFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pact, "pact");
        Objects.requireNonNull(specName, "specName");
    }

    /**
     * Reads a pact file.
     *
     * @throws IOException if the file cannot be read or is not a pact Pact JVM understands
     */
    public static PactFile load(Path file) throws IOException {
        JsonNode tree = JSON.readTree(file.toFile());
        if (tree == null || !tree.isObject()) {
            throw new IOException(file + " is not a JSON object");
        }
        Pact pact;
        try {
            pact = DefaultPactReader.INSTANCE.loadPact(file.toFile());
        } catch (RuntimeException e) {
            throw new IOException(file + " is not a pact Pact JVM can read: " + e.getMessage(), e);
        }
        JsonNode meta = tree.path("metadata").path("chatContracts");
        String spec = meta.path("openapi").asText(pact.getProvider().getName());
        String server = meta.hasNonNull("baseUrl") ? meta.get("baseUrl").asText() : null;
        String basePath = meta.hasNonNull("basePath") ? meta.get("basePath").asText() : null;
        return new PactFile(file, pact, spec, server, basePath);
    }

    /** The provider name the pact names. */
    public String provider() {
        return pact.getProvider().getName();
    }
}
