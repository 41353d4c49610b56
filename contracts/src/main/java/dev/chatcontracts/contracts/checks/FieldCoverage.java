package dev.chatcontracts.contracts.checks;

import dev.chatcontracts.contracts.findings.OperationCoverage;
import java.util.ArrayList;
import java.util.Iterator;
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
        /** The seen paths joined so far (made when more than {@value #KEPT_SEEN} different sets were recorded). */
        final Set<String> seen = new HashSet<>();
        /**
         * The seen sets recorded and not joined yet, each kept by reference once (a set of a walk result never
         * changes): bodies of one shape give sets of the same paths in the same order, kept once; a session of
         * one exchange hashes none of its paths.
         */
        final List<Set<String>> seenSets = new ArrayList<>();
        final Set<String> undocumented = new HashSet<>();

        Set<String> allSeen() {
            Set<String> all = new HashSet<>(seen);
            seenSets.forEach(all::addAll);
            return all;
        }
    }

    /** How many different seen sets a tally keeps before it joins them. */
    private static final int KEPT_SEEN = 16;

    private final Map<String, Tally> byOperation = new TreeMap<>();
    /** The operation last counted and its tally: an exchange counts three times, and a session mostly repeats one. */
    private String lastOperation;
    private Tally lastTally;

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
        addSeen(tally, seenPaths);
        if (!undocumentedPaths.isEmpty()) {
            tally.undocumented.addAll(undocumentedPaths);
        }
    }

    /** Adds another coverage's counts to this one. */
    public void addAll(FieldCoverage other) {
        other.byOperation.forEach((operation, theirs) -> {
            Tally mine = tally(operation);
            mine.exchanges += theirs.exchanges;
            theirs.documented.forEach(documented -> addDocumented(mine, documented));
            mine.seen.addAll(theirs.seen);
            theirs.seenSets.forEach(seen -> addSeen(mine, seen));
            mine.undocumented.addAll(theirs.undocumented);
        });
    }

    /** The coverage of every operation seen, sorted by operation id. */
    public List<OperationCoverage> summary() {
        List<OperationCoverage> summary = new ArrayList<>();
        byOperation.forEach((operation, tally) -> {
            Set<String> neverSeen = new TreeSet<>();
            tally.documented.forEach(neverSeen::addAll);
            neverSeen.removeAll(tally.allSeen());
            summary.add(new OperationCoverage(operation, tally.exchanges, new TreeSet<>(neverSeen),
                    new TreeSet<>(tally.undocumented)));
        });
        return summary;
    }

    private static void addSeen(Tally tally, Set<String> seenPaths) {
        if (seenPaths.isEmpty()) {
            return;
        }
        List<Set<String>> kept = tally.seenSets;
        if (!kept.isEmpty() && sameInOrder(kept.get(kept.size() - 1), seenPaths)) {
            return;
        }
        if (kept.size() == KEPT_SEEN) {
            kept.forEach(tally.seen::addAll);
            kept.clear();
        }
        kept.add(seenPaths);
    }

    /** Whether two sets hold the same paths in the same order (no path is hashed). */
    private static boolean sameInOrder(Set<String> a, Set<String> b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<String> other = b.iterator();
        for (String path : a) {
            if (!path.equals(other.next())) {
                return false;
            }
        }
        return true;
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
        if (operationId.equals(lastOperation)) {
            return lastTally;
        }
        Tally tally = byOperation.computeIfAbsent(operationId, o -> new Tally());
        lastOperation = operationId;
        lastTally = tally;
        return tally;
    }
}
