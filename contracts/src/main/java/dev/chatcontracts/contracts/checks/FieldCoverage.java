package dev.chatcontracts.contracts.checks;

import dev.chatcontracts.contracts.findings.OperationCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.TreeSet;

/**
 * Counts, per operation, the response fields documented and the fields seen, to tell which documented
 * fields never appeared and which appeared undocumented. Not thread-safe.
 */
public final class FieldCoverage {

    private static final class Tally {
        int exchanges;
        final Set<String> documented = new HashSet<>();
        final Set<String> seen = new HashSet<>();
        final Set<String> undocumented = new HashSet<>();
        /** The documented set last added (a body plan's, the same instance for each exchange): added once. */
        Set<String> lastDocumented;
    }

    private final Map<String, Tally> byOperation = new TreeMap<>();

    public void recordExchange(String operationId) {
        tally(operationId).exchanges++;
    }

    /** The fields a response schema documents (once per response the operation answered with). */
    public void recordDocumented(String operationId, Set<String> documentedPaths) {
        Tally tally = tally(operationId);
        if (tally.lastDocumented != documentedPaths) {
            tally.documented.addAll(documentedPaths);
            tally.lastDocumented = documentedPaths;
        }
    }

    public void recordSeen(String operationId, Set<String> seenPaths, Set<String> undocumentedPaths) {
        Tally tally = tally(operationId);
        tally.seen.addAll(seenPaths);
        tally.undocumented.addAll(undocumentedPaths);
    }

    /** Adds another coverage's counts to this one. */
    public void addAll(FieldCoverage other) {
        other.byOperation.forEach((operation, theirs) -> {
            Tally mine = tally(operation);
            mine.exchanges += theirs.exchanges;
            mine.documented.addAll(theirs.documented);
            mine.seen.addAll(theirs.seen);
            mine.undocumented.addAll(theirs.undocumented);
        });
    }

    /** The coverage of every operation seen, sorted by operation id. */
    public List<OperationCoverage> summary() {
        List<OperationCoverage> summary = new ArrayList<>();
        byOperation.forEach((operation, tally) -> {
            Set<String> neverSeen = new TreeSet<>(tally.documented);
            neverSeen.removeAll(tally.seen);
            summary.add(new OperationCoverage(operation, tally.exchanges, new TreeSet<>(neverSeen),
                    new TreeSet<>(tally.undocumented)));
        });
        return summary;
    }

    private Tally tally(String operationId) {
        return byOperation.computeIfAbsent(operationId, o -> new Tally());
    }
}
