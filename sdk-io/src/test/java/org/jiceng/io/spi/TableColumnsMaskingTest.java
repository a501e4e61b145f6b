package org.jiceng.io.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.ExportOptions;
import org.junit.jupiter.api.Test;

class TableColumnsMaskingTest {

    private static final ExportOptions MASKED = ExportOptions.defaults();
    private static final ExportOptions UNMASKED = ExportOptions.defaults().unmasked();

    @Test
    void personsAreMaskedAndTheirCellsDifferFromTheUnmaskedOnes() {
        Person p = new Person("p1", "张三", Optional.of("11010519491231002X"), Optional.of("13812345678"),
                Optional.empty());
        assertThat(TableColumns.of(RecordKind.PERSONS, MASKED, true).masksPersonalData()).isTrue();
        assertThat(TableColumns.of(RecordKind.PERSONS, MASKED, true).cells(p))
                .isNotEqualTo(TableColumns.of(RecordKind.PERSONS, UNMASKED, true).cells(p));
    }

    @Test
    void eventsHaveNoMaskedColumnSoMaskedAndUnmaskedCellsAreTheSame() {
        Event e = Event.of("e1", "meeting.attended", "11010519491231002X", Instant.parse("2025-03-01T02:00:00Z"));
        assertThat(TableColumns.of(RecordKind.EVENTS, MASKED, true).masksPersonalData()).isFalse();
        assertThat(TableColumns.of(RecordKind.EVENTS, MASKED, true).cells(e))
                .isEqualTo(TableColumns.of(RecordKind.EVENTS, UNMASKED, true).cells(e));
    }

    @Test
    void unmaskedOptionsMaskNoKind() {
        for (RecordKind kind : RecordKind.values()) {
            assertThat(TableColumns.of(kind, UNMASKED, true).masksPersonalData()).as(kind.key()).isFalse();
        }
    }

    @Test
    void onlyKindsWithIdNumbersOrPhonesAreMasked() {
        EnumSet<RecordKind> masked = EnumSet.noneOf(RecordKind.class);
        Arrays.stream(RecordKind.values()).filter(k -> TableColumns.of(k, MASKED, true).masksPersonalData())
                .forEach(masked::add);
        assertThat(masked).contains(RecordKind.PERSONS).doesNotContain(RecordKind.EVENTS, RecordKind.AREAS,
                RecordKind.GRIDS);
    }
}
