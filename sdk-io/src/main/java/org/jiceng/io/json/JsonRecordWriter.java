package org.jiceng.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jiceng.io.ExportOptions;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.internal.JsonObjects;
import org.jiceng.io.spi.TableColumns;

/** Writes one record as a flat JSON object with English keys; integers as numbers; absent values omitted. */
final class JsonRecordWriter {

    private final ExportOptions options;
    private final Map<RecordKind, TableColumns> columns = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, List<String>> names = new EnumMap<>(RecordKind.class);

    JsonRecordWriter(ExportOptions options) {
        this.options = options;
    }

    void write(JsonGenerator g, Record record, RecordKind kind, boolean withKind) throws IOException {
        TableColumns cols = columns.computeIfAbsent(kind, k -> TableColumns.of(k, options, false));
        List<String> keys = names.computeIfAbsent(kind, k -> cols.names());
        String[] cells = cols.cells(record);
        g.writeStartObject();
        if (withKind) {
            g.writeStringField(JsonObjects.KIND_KEY, kind.key());
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
