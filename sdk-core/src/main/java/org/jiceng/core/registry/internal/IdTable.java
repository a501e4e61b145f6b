package org.jiceng.core.registry.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * Interns string ids to dense int indices {@code 0..size-1} in insertion order: an open-addressing
 * table of ints (no boxed keys, no entry objects) beside an array of the id strings themselves, which
 * are the records' own strings and cost nothing extra. Each slot packs {@code index + 1} in its low 24
 * bits and an 8-bit fingerprint of the hash in its high bits, so that a probe past another id is
 * usually rejected without touching that id's string. Not API.
 */
public final class IdTable {

    /** Most ids one table holds: the index must fit in the 24 low bits of a slot. */
    public static final int MAX_SIZE = (1 << 24) - 2;
    private static final int INDEX_BITS = 0xFFFFFF;

    private String[] ids;
    private int[] slots; // fingerprint << 24 | (index + 1); 0 marks an empty slot
    private int mask;
    private int size;

    /**
     * @param expected the number of ids expected, to size the table once
     */
    public IdTable(int expected) {
        ids = new String[Math.max(expected, 1)];
        int capacity = Integer.highestOneBit(Math.max(expected, 2) * 2 - 1) << 1; // >= 2 * expected, power of 2
        slots = new int[capacity];
        mask = capacity - 1;
    }

    /**
     * @param id an id
     * @return the new index, or {@code -(existing + 1)} when the id is already present
     */
    public int add(String id) {
        Objects.requireNonNull(id, "id");
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int hash = spread(id.hashCode());
        int slot = probe(id, hash);
        if (slots[slot] != 0) {
            int existing = (slots[slot] & INDEX_BITS) - 1;
            return -(existing + 1);
        }
        if (size == MAX_SIZE) {
            throw new IllegalStateException("An id table holds at most " + MAX_SIZE + " ids");
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = id;
        slots[slot] = (hash & ~INDEX_BITS) | (size + 1);
        return size++;
    }

    /**
     * @param id an id (null gives -1)
     * @return its index, or -1 when absent
     */
    public int indexOf(String id) {
        if (id == null) {
            return -1;
        }
        int entry = slots[probe(id, spread(id.hashCode()))];
        return entry == 0 ? -1 : (entry & INDEX_BITS) - 1;
    }

    /**
     * Walks the probe sequence of {@code hash}: returns the slot holding {@code id}, or the empty slot
     * where it would go. The fingerprint check skips most other ids without comparing strings.
     */
    private int probe(String id, int hash) {
        int fingerprint = hash & ~INDEX_BITS;
        int slot = hash & mask;
        int entry;
        while ((entry = slots[slot]) != 0) {
            if ((entry & ~INDEX_BITS) == fingerprint && ids[(entry & INDEX_BITS) - 1].equals(id)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** @return the number of distinct ids */
    public int size() {
        return size;
    }

    /** Trims the id array to the size, once building is over. */
    public void trim() {
        if (ids.length != size) {
            ids = Arrays.copyOf(ids, size);
        }
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        mask = slots.length - 1;
        for (int entry : old) {
            if (entry != 0) {
                int slot = spread(ids[(entry & INDEX_BITS) - 1].hashCode()) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }

    /** Mixes the hash so that both the low bits (slot) and the high bits (fingerprint) vary. */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
