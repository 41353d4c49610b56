package dev.chatcontracts.contracts.walkers;

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
        if (last != null && same(last.paths, seen, count)) {
            return last.set;
        }
        FieldPath[] paths = new FieldPath[count];
        String[] strings = new String[count];
        for (int i = 0; i < count; i++) {
            paths[i] = seen[i];
            strings[i] = seen[i].path;
        }
        Set<String> set = DistinctPaths.of(strings);
        kept = new Kept(paths, set);
        return set;
    }

    private static boolean same(FieldPath[] kept, FieldPath[] seen, int count) {
        if (kept.length != count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (kept[i] != seen[i]) {
                return false;
            }
        }
        return true;
    }
}
