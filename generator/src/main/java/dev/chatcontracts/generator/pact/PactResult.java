package dev.chatcontracts.generator.pact;

import dev.chatcontracts.generator.schemas.GeneratedFiles;
import java.util.List;

/**
 * What {@link PactGenerator} wrote and what it left out or changed.
 *
 * @param files one pact file per spec, in spec order
 * @param skipped success-response examples that got no interaction, with the reason
 * @param adjustments where a documented request example was changed to fit the request view
 *     (read-only properties and declared violations removed), one line each
 */
public record PactResult(GeneratedFiles files, List<SkippedExample> skipped, List<String> adjustments) {

    public PactResult {
        skipped = List.copyOf(skipped);
        adjustments = List.copyOf(adjustments);
    }
}
