package dev.chatcontracts.check.verify;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Pact;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.chatcontracts.contracts.pact.PactDocument;
import dev.chatcontracts.contracts.pact.PactFormatException;
import dev.chatcontracts.contracts.pact.PactReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A pact file in both models: ours ({@link PactReader} → {@link PactDocument}: what the run plans and reports from,
 * with what our generator records in {@code metadata.chatContracts}: the spec it came from, its server URL and the
 * base path its request paths start with) and Pact JVM's ({@link DefaultPactReader}: what its verifier runs).
 *
 * @param document the pact in our model
 * @param pact the pact in Pact JVM's model (V3 {@code RequestResponsePact} or {@code V4Pact})
 */
public record PactFile(PactDocument document, Pact pact) {

    /** No limits beyond Jackson's own: Pact JVM reads the whole file anyway. */
    private static final PactReader READER = new PactReader(Long.MAX_VALUE, StreamReadConstraints.DEFAULT_MAX_DEPTH);

    public PactFile {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(document.file(), "document.file");
        Objects.requireNonNull(pact, "pact");
    }

    /**
     * Reads a pact file.
     *
     * @throws IOException if the file cannot be read or is not a pact that both readers understand
     */
    public static PactFile load(Path file) throws IOException {
        PactDocument document;
        try {
            document = READER.read(file);
        } catch (PactFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        Pact pact;
        try {
            pact = DefaultPactReader.INSTANCE.loadPact(file.toFile());
        } catch (RuntimeException e) {
            throw new IOException(file + " is not a pact Pact JVM can read: " + e.getMessage(), e);
        }
        return new PactFile(document, pact);
    }

    /** The file. */
    public Path file() {
        return document.file();
    }

    /** {@code metadata.chatContracts.openapi}, e.g. {@code zendesk-chat}; else the provider name. */
    public String specName() {
        String openapi = document.origin().openapi();
        return openapi != null ? openapi : provider();
    }

    /** {@code metadata.chatContracts.baseUrl}, e.g. {@code https://{subdomain}.zendesk.com/api/v2/chat}; may be null. */
    public String serverUrl() {
        return document.origin().baseUrl();
    }

    /**
     * {@code metadata.chatContracts.basePath}, e.g. {@code /api/v2/chat}: the request paths are full paths starting with
     * it. Null for a pact without it (a foreign pact, or one of an earlier generator whose paths are relative to the
     * server URL).
     */
    public String basePath() {
        return document.origin().basePath();
    }

    /** The provider name the pact names. */
    public String provider() {
        return pact.getProvider().getName();
    }
}
