package dev.chatcontracts.contracts.checks;

import dev.chatcontracts.contracts.findings.OperationCoverage;
import java.util.ArrayList;
import java.util.Arrays;
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
        /**
         * The documented sets recorded (a body plan's, the same instance for each exchange), each kept once by
         * identity and joined only for the summary: a session of one exchange does not copy them.
         */
        final List<Set<String>> documented = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        final Set<String> undocumented = new HashSet<>();
        /** The seen paths last added, in their order: bodies of one shape give the same, added once. */
        Object[] lastSeen = new Object[0];
    }

    private final Map<String, Tally> byOperation = new TreeMap<>();

    public void recordExchange(String operationId) {
        tally(operationId).exchanges++;
    }

    /**
     * The fields a response schema documents (once per response the operation answered with). The set is kept
     * by reference until the summary, so it must not change (a body plan's never does).
     */
    public void recordDocumented(String operationId, Set<String> documentedPaths) {
        addDocumented(tally(operationId), documentedPaths);
    }

    public void recordSeen(String operationId, Set<String> seenPaths, Set<String> undocumentedPaths) {
        Tally tally = tally(operationId);
        Object[] seen = seenPaths.toArray();
        if (!Arrays.equals(seen, tally.lastSeen)) {
            tally.seen.addAll(seenPaths);
            tally.lastSeen = seen;
        }
        tally.undocumented.addAll(undocumentedPaths);
    }

    /** Adds another coverage's counts to this one. */
    public void addAll(FieldCoverage other) {
        other.byOperation.forEach((operation, theirs) -> {
            Tally mine = tally(operation);
            mine.exchanges += theirs.exchanges;
            theirs.documented.forEach(documented -> addDocumented(mine, documented));
            mine.seen.addAll(theirs.seen);
            mine.undocumented.addAll(theirs.undocumented);
        });
    }

    /** The coverage of every operation seen, sorted by operation id. */
    public List<OperationCoverage> summary() {
        List<OperationCoverage> summary = new ArrayList<>();
        byOperation.forEach((operation, tally) -> {
            Set<String> neverSeen = new TreeSet<>();
            tally.documented.forEach(neverSeen::addAll);
            neverSeen.removeAll(tally.seen);
            summary.add(new OperationCoverage(operation, tally.exchanges, new TreeSet<>(neverSeen),
                    new TreeSet<>(tally.undocumented)));
        });
        return summary;
    }

    private static void addDocumented(Tally tally, Set<String> documentedPaths) {
        for (Set<String> kept : tally.documented) {
            if (kept == documentedPaths) {
                return;
            }
        }
        tally.documented.add(documentedPaths);
    }

    private Tally tally(String operationId) {
        return byOperation.computeIfAbsent(operationId, o -> new Tally());
    }
}
