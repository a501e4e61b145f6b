package org.jiceng.io.geojson;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.io.report.RowError;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.spi.SourceRow;

/** A read sink that keeps everything, for provider tests. */
public final class CollectingSink implements ReadSink {

    /** Accepted records. */
    public final List<Record> records = new ArrayList<>();
    /** Rows of accepted records. */
    public final List<SourceRow> rows = new ArrayList<>();
    /** Rejected rows' errors, one list per rejected row. */
    public final List<List<RowError>> rejected = new ArrayList<>();

    @Override
    public boolean accept(Record record, SourceRow row) {
        records.add(record);
        rows.add(row);
        return true;
    }

    @Override
    public boolean reject(SourceRow row, List<RowError> errors) {
        rejected.add(errors);
        return true;
    }
}
