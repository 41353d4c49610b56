package dev.chatcontracts.contracts.pact;

import java.nio.file.Path;
import java.util.List;

/**
 * A pact file as read.
 *
 * @param file the file
 * @param specificationVersion {@code metadata.pactSpecification.version} (or {@code pact-specification}), or {@code null}
 * @param consumer the consumer's name, or {@code null}
 * @param provider the provider's name, or {@code null}
 * @param openapi {@code metadata.chatContracts.openapi} (written by our generator: the spec's name), or {@code null}
 * @param interactions the interactions in file order
 */
public record PactDocument(Path file, String specificationVersion, String consumer, String provider, String openapi,
        List<PactInteraction> interactions) {

    public PactDocument {
        interactions = List.copyOf(interactions);
    }
}
