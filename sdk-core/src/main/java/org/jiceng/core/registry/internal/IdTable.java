package org.jiceng.core.registry.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * Interns string ids to dense int indices {@code 0..size-1} in insertion order: an open-addressing
 * table of ints (no boxed keys, no entry objects) beside an array of the id strings themselves, which
 * are the records' own strings and cost nothing extra. Not API.
 */
public final class IdTable {

    private String[] ids;
    private int[] slots; // index + 1; 0 marks an empty slot
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
        int slot = spread(id.hashCode()) & mask;
        while (slots[slot] != 0) {
            int existing = slots[slot] - 1;
            if (ids[existing].equals(id)) {
                return -(existing + 1);
            }
            slot = (slot + 1) & mask;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = id;
        slots[slot] = size + 1;
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
        int slot = spread(id.hashCode()) & mask;
        int entry;
        while ((entry = slots[slot]) != 0) {
            if (ids[entry - 1].equals(id)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
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
                int slot = spread(ids[entry - 1].hashCode()) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
