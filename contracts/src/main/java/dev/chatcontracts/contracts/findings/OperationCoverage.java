package dev.chatcontracts.contracts.findings;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * For one operation, which documented response fields the run never saw and which fields it saw that
 * the spec does not document. Field paths are JSON pointers with {@code *} for any array index or map
 * key ({@code /chats/*}{@code /history/*}{@code /msg_id}).
 *
 * @param operationId the operation
 * @param exchanges how many exchanges of the operation were checked
 * @param documentedNeverSeen fields of the documented response schemas (of the statuses seen) that no
 *     response carried
 * @param seenUndocumented fields responses carried that the schemas do not declare
 */
public record OperationCoverage(String operationId, int exchanges, SortedSet<String> documentedNeverSeen,
        SortedSet<String> seenUndocumented) {

    public OperationCoverage {
        documentedNeverSeen = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(documentedNeverSeen));
        seenUndocumented = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(seenUndocumented));
    }
}
