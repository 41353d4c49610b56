package dev.chatcontracts.contracts.walkers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Unknown pointers in body order with their paths, and seen paths; collections made on first use. A seen path is
 * noted by its {@link FieldPath#id} in a bit set (its string is neither hashed nor compared), in the order
 * first seen. (Comparing a field's first few ids one by one instead, to spare its collector the bit set, was
 * slower for a 10 MB body: 55-57 ms against 50-56 ms in paired runs.)
 */
final class FieldCollector {
    /** The room a whole body's collector starts with (a field's starts with a few). */
    static final int BODY_CAPACITY = 64;
    private static final int FIELD_CAPACITY = 8;

    private final int capacity;

    private List<String> unknownPointers;
    /** The path of each unknown pointer, in the same order (made a set by {@link #result()}). */
    private List<String> unknownPaths;
    private FieldPath[] seen;
    private int seenCount;
    /** The ids of the seen paths, a bit each. */
    private long[] seenIds;
    /** The seen paths without an id (a spec with very many paths). */
    private Set<String> seenWithoutId;

    FieldCollector() {
        this(FIELD_CAPACITY);
    }

    FieldCollector(int capacity) {
        this.capacity = capacity;
    }

    void unknown(String pointer, String path) {
        if (unknownPointers == null) {
            unknownPointers = new ArrayList<>();
            unknownPaths = new ArrayList<>();
        }
        unknownPointers.add(pointer);
        unknownPaths.add(path);
    }

    void seen(FieldPath path) {
        if (firstSight(path)) {
            if (seen == null) {
                seen = new FieldPath[capacity];
            } else if (seenCount == seen.length) {
                seen = Arrays.copyOf(seen, seenCount * 2);
            }
            seen[seenCount++] = path;
        }
    }

    private boolean firstSight(FieldPath path) {
        int id = path.id;
        if (id < 0) {
            if (seenWithoutId == null) {
                seenWithoutId = new HashSet<>();
            }
            return seenWithoutId.add(path.path);
        }
        int word = id >>> 6;
        if (seenIds == null) {
            seenIds = new long[Math.max(4, word + 1)];
        } else if (word >= seenIds.length) {
            seenIds = Arrays.copyOf(seenIds, Math.max(word + 1, seenIds.length * 2));
        }
        long mask = 1L << id;
        if ((seenIds[word] & mask) != 0) {
            return false;
        }
        seenIds[word] |= mask;
        return true;
    }

    void addAll(FieldCollector other) {
        if (other.unknownPointers != null) {
            if (unknownPointers == null) {
                unknownPointers = new ArrayList<>(other.unknownPointers.size());
                unknownPaths = new ArrayList<>(other.unknownPointers.size());
            }
            unknownPointers.addAll(other.unknownPointers);
            unknownPaths.addAll(other.unknownPaths);
        }
        for (int i = 0; i < other.seenCount; i++) {
            seen(other.seen[i]);
        }
    }

    boolean hasPointers() {
        return unknownPointers != null;
    }

    WalkResult result() {
        return result(null);
    }

    /** The result; its seen paths {@code last}'s set when that holds the same paths in the same order ({@link LastSeenPaths}). */
    WalkResult result(LastSeenPaths last) {
        Set<String> seenPaths = last == null || seenCount == 0 ? DistinctPaths.of(seen, seenCount)
                : last.of(seen, seenCount);
        return new WalkResult(unknownPointers == null ? List.of() : unknownPointers,
                unknownPaths == null ? Set.of() : Set.copyOf(unknownPaths), seenPaths, List.of());
    }
}
