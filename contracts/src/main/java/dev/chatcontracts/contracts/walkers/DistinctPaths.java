package dev.chatcontracts.contracts.walkers;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable set over strings already known to be distinct (the seen paths of a walk, deduplicated by their
 * ids): made without hashing a string; iterates in the order given; hashes its elements only when asked whether
 * it holds one, and then only if it is larger than a few.
 */
final class DistinctPaths extends AbstractSet<String> {

    private static final int LINEAR = 8;
    private static final DistinctPaths EMPTY = new DistinctPaths(new String[0]);

    private final String[] paths;
    private volatile Set<String> lookup;

    private DistinctPaths(String[] paths) {
        this.paths = paths;
    }

    /** A set of the paths of the first {@code count} of {@code paths}, which the caller guarantees distinct. */
    static Set<String> of(FieldPath[] paths, int count) {
        if (count == 0) {
            return EMPTY;
        }
        String[] strings = new String[count];
        for (int i = 0; i < count; i++) {
            strings[i] = paths[i].path;
        }
        return new DistinctPaths(strings);
    }

    @Override
    public int size() {
        return paths.length;
    }

    @Override
    public boolean contains(Object o) {
        if (paths.length <= LINEAR) {
            for (String path : paths) {
                if (path.equals(o)) {
                    return true;
                }
            }
            return false;
        }
        Set<String> set = lookup;
        if (set == null) {
            set = Set.of(paths);
            lookup = set;
        }
        return o != null && set.contains(o);
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(paths, paths.length, Object[].class);
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < paths.length;
            }

            @Override
            public String next() {
                if (next >= paths.length) {
                    throw new NoSuchElementException();
                }
                return paths[next++];
            }
        };
    }
}
