package dev.chatcontracts.contracts.streaming;

import java.util.Collection;

/**
 * The property names of an object schema, looked up once per key and schema: an open-addressing table
 * with the names' hash codes side by side, so that a name the schema does not know (the common case for a
 * discriminator's condition) costs one array read. Jackson's parsers hand out interned name strings and the
 * table keeps its names interned, so a known name is found by identity, without comparing characters.
 */
final class NameTable {

    private final String[] names;
    private final int[] hashes;
    private final PropertySlot[] slots;
    private final int mask;

    NameTable(Collection<PropertySlot> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
        this.names = new String[capacity];
        this.hashes = new int[capacity];
        this.slots = new PropertySlot[capacity];
        this.mask = capacity - 1;
        for (PropertySlot slot : entries) {
            int hash = slot.name().hashCode();
            int i = spread(hash) & mask;
            while (names[i] != null) {
                i = (i + 1) & mask;
            }
            names[i] = slot.name().intern();
            hashes[i] = hash;
            slots[i] = slot;
        }
    }

    /** The slot of {@code name}, whose {@code hashCode()} is {@code hash}, or {@code null}. */
    PropertySlot get(String name, int hash) {
        for (int i = spread(hash) & mask; names[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && (names[i] == name || names[i].equals(name))) {
                return slots[i];
            }
        }
        return null;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
