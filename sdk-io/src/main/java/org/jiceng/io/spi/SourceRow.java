package org.jiceng.io.spi;

import java.util.List;
import java.util.Optional;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.SourceLocation;

/**
 * A row as read from a source: where it is, and for a record field the column header and raw value it
 * came from. The importer uses it to turn a Bean Validation violation on field {@code idNumber} into a
 * report entry naming column {@code 身份证号} and the value as written.
 */
public interface SourceRow {

    /** @return where the row is */
    SourceLocation location();

    /**
     * @param field a record component name, e.g. {@code idNumber} or {@code period}
     * @return the column header as written in the source, when the field came from one column
     */
    Optional<String> columnOf(String field);

    /**
     * @param field a record component name
     * @return the raw value as read for that field, when present
     */
    Optional<String> rawValueOf(String field);

    /**
     * @return the values of this row that were normalised on the way to the record (trimmed, made
     *     half-width, a date rewritten), one warning each; empty by default
     */
    default List<ImportWarning> warnings() {
        return List.of();
    }

    /**
     * A row whose fields map to nothing: for formats without columns or for whole-row problems.
     *
     * @param location where
     * @return a row that knows only its location
     */
    static SourceRow at(SourceLocation location) {
        return new SourceRow() {
            @Override
            public SourceLocation location() {
                return location;
            }

            @Override
            public Optional<String> columnOf(String field) {
                return Optional.empty();
            }

            @Override
            public Optional<String> rawValueOf(String field) {
                return Optional.empty();
            }
        };
    }
}
