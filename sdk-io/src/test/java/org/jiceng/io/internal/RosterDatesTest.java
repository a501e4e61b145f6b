package org.jiceng.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The shared roster date parser: forms offices write, Excel serials, and what must be rejected. */
class RosterDatesTest {

    @Test
    void isoIsKeptAndRosterFormsAreRewritten() throws BadValue {
        assertThat(RosterDates.parse("2024-06-01")).isEqualTo(new RosterDates.Parsed(LocalDate.of(2024, 6, 1), false));
        for (String form : new String[] {"2024/6/1", "2024年6月1日", "2024.6.1", "2024-6-1", "2024/06/01", "20240601",
            "45444", "２０２４年６月１日", "2024 年 6 月 1 日", " 2024-06-01 ", "45444.0"}) {
            assertThat(RosterDates.parse(form)).as(form).isEqualTo(new RosterDates.Parsed(LocalDate.of(2024, 6, 1), true));
        }
    }

    @Test
    void excelSerialsFollowExcelsCalendarIncludingItsPhantomLeapDay() throws BadValue {
        assertThat(RosterDates.fromExcelSerial(1)).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(RosterDates.fromExcelSerial(59)).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(RosterDates.fromExcelSerial(61)).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(RosterDates.fromExcelSerial(45444)).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(RosterDates.fromExcelSerial(RosterDates.MAX_SERIAL)).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThatThrownBy(() -> RosterDates.fromExcelSerial(60)).hasMessageContaining("1900-02-29");
        assertThatThrownBy(() -> RosterDates.fromExcelSerial(45444.5)).hasMessageContaining("time of day");
        assertThatThrownBy(() -> RosterDates.fromExcelSerial(0)).hasMessageContaining("between 1 and");
        assertThatThrownBy(() -> RosterDates.fromExcelSerial(Double.NaN)).isInstanceOf(BadValue.class);
    }

    @Test
    void impossibleAmbiguousAndIncompleteDatesAreRejectedEachWithItsReason() {
        assertThatThrownBy(() -> RosterDates.parse("2024/2/30")).hasMessageContaining("no such day");
        assertThatThrownBy(() -> RosterDates.parse("2023-02-29")).hasMessageContaining("no such day");
        assertThatThrownBy(() -> RosterDates.parse("6/1/2024")).hasMessageContaining("ambiguous");
        assertThatThrownBy(() -> RosterDates.parse("01.06.2024")).hasMessageContaining("ambiguous");
        assertThatThrownBy(() -> RosterDates.parse("24/6/1")).hasMessageContaining("two-digit year");
        assertThatThrownBy(() -> RosterDates.parse("1/6/24")).hasMessageContaining("two-digit year");
        assertThatThrownBy(() -> RosterDates.parse("2024")).hasMessageContaining("a year alone");
        assertThatThrownBy(() -> RosterDates.parse("2024/6-1")).hasMessageContaining("separators");
        assertThatThrownBy(() -> RosterDates.parse("2024-06-01 08:30")).hasMessageContaining("time of day");
        assertThatThrownBy(() -> RosterDates.parse("六月一日")).hasMessageContaining("not a recognised date");
    }

    @Property
    void everyDayReadsBackFromEachRosterForm(@ForAll @IntRange(min = -25_000, max = 30_000) int offset)
            throws BadValue {
        LocalDate d = LocalDate.of(1970, 1, 1).plusDays(offset);
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        assertThat(RosterDates.parse(d.toString()).date()).isEqualTo(d);
        assertThat(RosterDates.parse(y + "/" + m + "/" + day).date()).isEqualTo(d);
        assertThat(RosterDates.parse(y + "年" + m + "月" + day + "日").date()).isEqualTo(d);
        assertThat(RosterDates.parse(y + "." + m + "." + day).date()).isEqualTo(d);
        long serial = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d);
        if (serial > 60) {
            assertThat(RosterDates.fromExcelSerial(serial)).isEqualTo(d);
        }
    }
}
