package org.jiceng.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.internal.JsonObjects;
import org.jiceng.io.spi.TableColumns;

/** Writes one record as a flat JSON object with English keys; integers as numbers; absent values omitted. */
final class JsonRecordWriter {

    private final ExportOptions options;
    /** Columns and keys by record class: a kind's record type, or the type of the options' table mapping. */
    private final Map<Class<?>, TableColumns> columns = new HashMap<>();
    private final Map<Class<?>, List<String>> names = new HashMap<>();

    JsonRecordWriter(ExportOptions options) {
        this.options = options;
    }

    /**
     * @param record a record
     * @return its columns
     * @throws IllegalArgumentException when it is neither of a kind nor of the mapped type
     */
    TableColumns columnsOf(Record record) {
        TableColumns cols = columns.get(record.getClass());
        if (cols == null) {
            cols = TableColumns.of(record, options, false);
            columns.put(record.getClass(), cols);
        }
        return cols;
    }

    void write(JsonGenerator g, Record record, boolean withKind) throws IOException {
        TableColumns cols = columnsOf(record);
        List<String> keys = names.computeIfAbsent(record.getClass(), k -> cols.names());
        String[] cells = cols.cells(record);
        g.writeStartObject();
        if (withKind) {
            g.writeStringField(JsonObjects.KIND_KEY, cols.key());
        }
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].isEmpty()) {
                continue;
            }
            g.writeFieldName(keys.get(i));
            if (cols.isInteger(i)) {
                g.writeNumber(cells[i]);
            } else {
                g.writeString(cells[i]);
            }
        }
        g.writeEndObject();
    }
}
