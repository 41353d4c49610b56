package dev.chatcontracts.contracts.walkers;

import java.util.Arrays;
import java.util.Set;

/**
 * The set of seen paths the last body walked from one root gave, kept so that a body with the same paths in the same
 * order gets that same set: not made again, and known by identity to whoever kept it (a coverage tally compares a
 * body's set with the last it kept, path by path, unless it is the same instance). Bodies of one operation mostly carry
 * the same fields in the same order. One slot, replaced by a body that differs; racy by design (what a reader sees is a
 * kept pair, whole, or nothing): thread-safe.
 */
final class LastSeenPaths {

    /** The paths of the last set made, in its order, and the set. */
    private record Kept(FieldPath[] paths, Set<String> set) {
    }

    private volatile Kept kept;

    /** The set of the first {@code count} paths of {@code seen} (distinct, in order): the kept one when it holds them. */
    Set<String> of(FieldPath[] seen, int count) {
        Kept last = kept;
        // field paths are the spec's, one instance per path, compared by identity (FieldPath keeps Object's equals)
        if (last != null && Arrays.equals(last.paths, 0, last.paths.length, seen, 0, count)) {
            return last.set;
        }
        Set<String> set = DistinctPaths.of(seen, count);
        kept = new Kept(Arrays.copyOf(seen, count), set);
        return set;
    }
}
