package org.jiceng.core.registry.internal;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An unmodifiable list view of records picked by index: no copying of records. Not API.
 *
 * @param <T> record type
 */
public final class IndexedList<T> extends AbstractList<T> implements RandomAccess {

    private final T[] records;
    private final int[] indices;

    /**
     * @param records all records of a kind
     * @param indices the indices of the records in the list, in list order (not copied: callers hand over
     *     a private array)
     */
    public IndexedList(T[] records, int[] indices) {
        this.records = records;
        this.indices = indices;
    }

    @Override
    public T get(int index) {
        return records[indices[index]];
    }

    @Override
    public int size() {
        return indices.length;
    }
}
