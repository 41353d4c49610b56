package dev.chatcontracts.contracts.pact;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A pact file: as read ({@link PactReader}), or to be written ({@link PactWriter}).
 *
 * @param file the file, or {@code null} for a pact not yet written
 * @param specificationVersion {@code metadata.pactSpecification.version} (or {@code pact-specification}), or {@code null}
 * @param consumer the consumer's name, or {@code null}
 * @param provider the provider's name, or {@code null}
 * @param origin {@code metadata.chatContracts} (written by our generator), {@link PactOrigin#none()} without it
 * @param interactions the interactions in file order
 */
public record PactDocument(Path file, String specificationVersion, String consumer, String provider, PactOrigin origin,
        List<PactInteraction> interactions) {

    public PactDocument {
        origin = origin == null ? PactOrigin.none() : origin;
        interactions = List.copyOf(interactions);
    }

    /** A pact to write: the HTTP interactions numbered in order. */
    public static PactDocument of(String specificationVersion, String consumer, String provider, PactOrigin origin,
            List<PactInteraction.Http> interactions) {
        List<PactInteraction> numbered = new ArrayList<>();
        interactions.forEach(interaction -> numbered.add(interaction.at(numbered.size())));
        return new PactDocument(null, specificationVersion, consumer, provider, origin, numbered);
    }

    /** {@code metadata.chatContracts.openapi}: the name of the spec the pact was generated from, or {@code null}. */
    public String openapi() {
        return origin.openapi();
    }

    /** Whether the pact is of Pact specification 4. */
    public boolean v4() {
        return specificationVersion != null && specificationVersion.startsWith("4");
    }

    /** The HTTP interactions, in file order. */
    public List<PactInteraction.Http> http() {
        return interactions.stream().filter(PactInteraction.Http.class::isInstance).map(PactInteraction.Http.class::cast).toList();
    }
}
