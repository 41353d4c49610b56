package dev.chatcontracts.contracts.pactgen;

import dev.chatcontracts.openapi.output.GeneratedFiles;
import java.util.List;

/**
 * What {@link PactGenerator} wrote and what it left out or changed.
 *
 * @param files one pact file per spec, in spec order
 * @param skipped success-response examples that got no interaction, with the reason
 * @param adjustments where a documented request example was changed to fit the request view
 *     (read-only properties and declared violations removed) or a response example corrected, one line each
 * @param uncovered selected operations that got no interaction ({@code <spec> <operationId>}): an
 *     operation without a 2xx response, or whose only examples break the spec
 */
public record PactResult(GeneratedFiles files, List<SkippedExample> skipped, List<String> adjustments, List<String> uncovered) {

    public PactResult {
        skipped = List.copyOf(skipped);
        adjustments = List.copyOf(adjustments);
        uncovered = List.copyOf(uncovered);
    }
}
