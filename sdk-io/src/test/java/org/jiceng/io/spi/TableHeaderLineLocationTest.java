package org.jiceng.io.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.jiceng.io.report.SourceLocation;
import org.junit.jupiter.api.Test;

/**
 * {@link TableHeader#emit(String[], int, String, long, long, ReadSink)} builds a row's location only when
 * asked; what reaches the sink must be exactly what the overload taking a {@link SourceLocation} delivers.
 */
class TableHeaderLineLocationTest {

    /** Everything a sink is told, in order, with the row's location read at the end of the import. */
    private static final class Recording implements ReadSink {
        final List<Object> events = new ArrayList<>();
        final List<SourceRow> rows = new ArrayList<>();

        @Override
        public boolean accept(Record record, SourceRow row) {
            rows.add(row);
            events.add(List.of("accept", record, row.warnings(), row.rawValueOf("name"), row.columnOf("name")));
            return true;
        }

        @Override
        public boolean reject(SourceRow row, List<RowError> errors) {
            rows.add(row);
            events.add(List.of("reject", errors, row.warnings(), row.rawValueOf("name")));
            return true;
        }

        @Override
        public void warn(ImportWarning warning) {
            events.add(warning);
        }

        List<Object> withLocations() {
            List<Object> all = new ArrayList<>(events);
            rows.forEach(r -> all.add(r.location()));
            return all;
        }
    }

    private static final String[][] ROWS = {
        {"p1", "张三", "", "x"},
        {" p2", "李四 ", "", ""},
        {"p3", "", "", ""},
        {"p4", "王五", "", "", "extra"},
    };

    private static TableHeader header() {
        return TableHeader.bind(RecordKind.PERSONS, List.of("编号", "姓名", "手机号", "民族"), ImportOptions.defaults(),
                SourceLocation.line("p.csv", 1, 0), true);
    }

    @Test
    void rowsEmittedByLineReachTheSinkAsRowsEmittedWithTheirLocation() {
        Recording byLocation = new Recording();
        Recording byLine = new Recording();
        TableHeader first = header();
        TableHeader second = header();
        for (int i = 0; i < ROWS.length; i++) {
            long line = 2 + 2L * i;
            first.emit(ROWS[i], ROWS[i].length, SourceLocation.line("p.csv", line, i + 1), byLocation);
            second.emit(ROWS[i], ROWS[i].length, "p.csv", line, i + 1, byLine);
        }
        assertThat(byLine.withLocations()).isEqualTo(byLocation.withLocations());
        assertThat(byLine.rows).extracting(SourceRow::location).containsExactly(SourceLocation.line("p.csv", 2, 1),
                SourceLocation.line("p.csv", 4, 2), SourceLocation.line("p.csv", 6, 3), SourceLocation.line("p.csv", 8, 4));
        assertThat(byLine.events).filteredOn(ImportWarning.class::isInstance).isNotEmpty();
        assertThat(byLine.events).filteredOn(e -> e instanceof List<?> l && l.get(0).equals("reject")).hasSize(2);
        assertThat(byLine.rows.get(1).warnings()).extracting(ImportWarning::location)
                .containsOnly(SourceLocation.line("p.csv", 4, 2));
        assertThat(byLine.rows.get(0).rawValueOf("name")).isEqualTo(Optional.of("张三"));
    }

    @Test
    void aNegativeLineOrRowIsRefusedAtOnce() {
        assertThatThrownBy(() -> header().emit(ROWS[0], 4, "p.csv", -1, 1, new Recording()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> header().emit(ROWS[0], 4, "p.csv", 1, -1, new Recording()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
