package org.jiceng.core.registry.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import org.jiceng.core.model.Identified;

/**
 * The records of one kind with unique ids, indexed {@code 0..size-1} in dataset order. Not API.
 *
 * @param <T> record type
 */
public final class RecordTable<T extends Identified> {

    private final T[] records;
    private final IdTable ids;
    private final List<T> all;

    private RecordTable(T[] records, IdTable ids) {
        this.records = records;
        this.ids = ids;
        this.all = Collections.unmodifiableList(Arrays.asList(records)); // a view: no second array
    }

    /**
     * Keeps the first record of each id; later records with the same id are handed to {@code duplicate}
     * with their position in {@code source}.
     *
     * @param source records in dataset order
     * @param newArray array constructor
     * @param duplicate receives each duplicate and its position
     * @param <T> record type
     * @return the table
     */
    public static <T extends Identified> RecordTable<T> of(List<T> source, IntFunction<T[]> newArray,
            ObjIntConsumer<T> duplicate) {
        IdTable ids = new IdTable(source.size());
        T[] records = newArray.apply(source.size());
        int count = 0;
        for (int i = 0; i < source.size(); i++) {
            T record = source.get(i);
            if (ids.add(record.id()) >= 0) {
                records[count++] = record;
            } else {
                duplicate.accept(record, i);
            }
        }
        ids.trim();
        return new RecordTable<>(count == records.length ? records : Arrays.copyOf(records, count), ids);
    }

    /**
     * @param id an id (null gives -1)
     * @return the index of the record with that id, or -1
     */
    public int indexOf(String id) {
        return ids.indexOf(id);
    }

    /**
     * @param id an id
     * @return the record with that id
     */
    public Optional<T> get(String id) {
        int index = ids.indexOf(id);
        return index < 0 ? Optional.empty() : Optional.of(records[index]);
    }

    /**
     * @param index an index
     * @return the record at that index
     */
    public T at(int index) {
        return records[index];
    }

    /** @return the number of records */
    public int size() {
        return records.length;
    }

    /** @return every record in dataset order, unmodifiable */
    public List<T> all() {
        return all;
    }

    /**
     * @param indices record indices (handed over, not copied)
     * @return an unmodifiable view of those records
     */
    public List<T> pick(int[] indices) {
        return indices.length == 0 ? List.of() : new IndexedList<>(records, indices);
    }
}
