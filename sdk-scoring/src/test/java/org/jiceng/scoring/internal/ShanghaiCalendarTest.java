package org.jiceng.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.core.time.ChinaTime;
import org.junit.jupiter.api.Test;

class ShanghaiCalendarTest {

    private static long expectedMonth(long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return d.getYear() * 12L + d.getMonthValue() - 1;
    }

    @Test
    void monthIndexMatchesLocalDateOnEveryDayFrom1900To2200() {
        long from = LocalDate.of(1900, 1, 1).toEpochDay();
        long to = LocalDate.of(2200, 1, 1).toEpochDay();
        for (long day = from; day < to; day++) {
            assertThat(ShanghaiCalendar.monthIndex(day)).as("day %s", LocalDate.ofEpochDay(day))
                    .isEqualTo(expectedMonth(day));
        }
    }

    @Property
    void monthIndexMatchesLocalDateFarFromTheTable(@ForAll @LongRange(min = -3_000_000, max = 3_000_000) long day) {
        assertThat(ShanghaiCalendar.monthIndex(day)).isEqualTo(expectedMonth(day));
    }

    @Property
    void epochDayIsTheCivilDayInShanghaiAtAnyInstantALocalDateCanHold(
            @ForAll @LongRange(min = -31_557_014_135_625_943L, max = 31_556_889_832_751_999L) long second) {
        assertThat(ShanghaiCalendar.epochDay(second))
                .isEqualTo(Instant.ofEpochSecond(second).atZone(ChinaTime.ZONE).toLocalDate().toEpochDay());
    }

    @Test
    void epochDayOfTheEarliestInstantIsTheDayBeforeTheEarliestLocalDate() {
        // Instant.MIN is a year before LocalDate.MIN, so no LocalDate can say this; the day number still orders.
        assertThat(ShanghaiCalendar.epochDay(Instant.MIN.getEpochSecond())).isLessThan(LocalDate.MIN.toEpochDay());
    }

    @Test
    void epochDayIsTheCivilDayInShanghaiBeforeAndAfterTheFixedOffset() {
        for (String text : new String[] {"1988-06-01T15:30:00Z", "1991-09-14T16:00:00Z", "2024-12-31T15:59:59Z",
            "2024-12-31T16:00:00Z"}) {
            Instant t = Instant.parse(text);
            ZonedDateTime local = t.atZone(ChinaTime.ZONE);
            assertThat(ShanghaiCalendar.epochDay(t.getEpochSecond())).as(text)
                    .isEqualTo(local.toLocalDate().toEpochDay());
        }
    }
}
