package dev.chatcontracts.contracts.names;

import java.util.Map;

/**
 * Values by JSON member name, looked up once per member of a body: an open-addressing table with the names' hash
 * codes side by side, so that a name the table does not hold mostly costs one array read. Jackson's parsers hand
 * out interned name strings and the table interns its names, so a name it holds is found by identity, without
 * comparing characters (a name that is not interned is still found, by {@code equals}). Immutable.
 *
 * @param <V> the values
 */
public final class NameIndex<V> {

    private final String[] names;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;

    /** An index of {@code entries} (names non-null, distinct). */
    public NameIndex(Map<String, ? extends V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
        this.names = new String[capacity];
        this.hashes = new int[capacity];
        this.values = new Object[capacity];
        this.mask = capacity - 1;
        entries.forEach((name, value) -> {
            int hash = name.hashCode();
            int i = spread(hash) & mask;
            while (names[i] != null) {
                i = (i + 1) & mask;
            }
            names[i] = name.intern();
            hashes[i] = hash;
            values[i] = value;
        });
    }

    /** The value of {@code name}, or {@code null}. */
    public V get(String name) {
        return get(name, name.hashCode());
    }

    /** The value of {@code name}, whose {@code hashCode()} is {@code hash}, or {@code null}. */
    @SuppressWarnings("unchecked")
    public V get(String name, int hash) {
        for (int i = spread(hash) & mask; names[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && (names[i] == name || names[i].equals(name))) {
                return (V) values[i];
            }
        }
        return null;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
