package dev.chatcontracts.contracts.walkers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Unknown pointers in body order, unknown paths and seen paths; collections made on first use. */
final class FieldCollector {
    private List<String> unknownPointers;
    private Set<String> unknownPaths;
    private Set<String> seenPaths;

    void unknown(String pointer, String path) {
        if (unknownPointers == null) {
            unknownPointers = new ArrayList<>();
            unknownPaths = new HashSet<>();
        }
        unknownPointers.add(pointer);
        unknownPaths.add(path);
    }

    void seen(FieldPath path) {
        if (path.seenBy != this) {
            if (seenPaths == null) {
                seenPaths = new HashSet<>();
            }
            seenPaths.add(path.path);
            path.seenBy = this;
        }
    }

    void addAll(FieldCollector other) {
        if (other.unknownPointers != null) {
            if (unknownPointers == null) {
                unknownPointers = new ArrayList<>(other.unknownPointers.size());
                unknownPaths = new HashSet<>();
            }
            unknownPointers.addAll(other.unknownPointers);
            unknownPaths.addAll(other.unknownPaths);
        }
        if (other.seenPaths != null) {
            if (seenPaths == null) {
                seenPaths = new HashSet<>();
            }
            seenPaths.addAll(other.seenPaths);
        }
    }

    boolean hasPointers() {
        return unknownPointers != null;
    }

    WalkResult result() {
        return new WalkResult(unknownPointers == null ? List.of() : unknownPointers,
                immutable(unknownPaths), immutable(seenPaths), List.of());
    }

    /** The set as an immutable one, made straight from its (distinct) elements: WalkResult keeps it as it is. */
    private static Set<String> immutable(Set<String> paths) {
        return paths == null ? Set.of() : Set.of(paths.toArray(new String[0]));
    }
}
