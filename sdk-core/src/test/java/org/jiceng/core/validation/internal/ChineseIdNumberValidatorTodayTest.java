package org.jiceng.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.core.time.ChinaTime;
import org.junit.jupiter.api.Test;

/**
 * The validator remembers the current Chinese calendar day instead of converting the clock's instant for
 * every value; the date it uses must still be the clock's date in Asia/Shanghai, whatever the clock.
 */
class ChineseIdNumberValidatorTodayTest {

    @Property
    void todayIsTheClocksDateInShanghai(@ForAll("instants") Instant instant, @ForAll("zones") ZoneId clockZone) {
        Clock clock = Clock.fixed(instant, clockZone);
        assertThat(ChineseIdNumberValidator.today(clock)).as("%s", instant)
                .isEqualTo(LocalDate.ofInstant(instant, ChinaTime.ZONE));
    }

    @Test
    void theDayChangesAtShanghaiMidnightNotUtcMidnight() {
        Instant lastMilli = LocalDateTime.of(2026, 12, 3, 23, 59, 59, 999_000_000).atZone(ChinaTime.ZONE).toInstant();
        Instant midnight = lastMilli.plusMillis(1);
        assertThat(ChineseIdNumberValidator.today(Clock.fixed(lastMilli, ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(ChineseIdNumberValidator.today(Clock.fixed(midnight, ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(ChineseIdNumberValidator.today(Clock.fixed(lastMilli, ZoneOffset.UTC)))
                .as("back to the previous day (another clock)").isEqualTo(LocalDate.of(2026, 12, 3));
    }

    /** Instants clustered around Shanghai midnights (and the 1986–1991 summer-time changes), plus random ones. */
    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Instant> nearMidnight = Arbitraries.longs().between(LocalDate.of(1985, 1, 1).toEpochDay(),
                LocalDate.of(2030, 1, 1).toEpochDay())
                .flatMap(day -> Arbitraries.longs().between(-2_000, 2_000).map(ms -> LocalDate.ofEpochDay(day)
                        .atStartOfDay(ChinaTime.ZONE).toInstant().plusMillis(ms)));
        Arbitrary<Instant> any = Arbitraries.longs().between(0, 4_102_444_800_000L).map(Instant::ofEpochMilli);
        return Arbitraries.oneOf(nearMidnight, any);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneOffset.UTC, ChinaTime.ZONE, ZoneId.of("America/Los_Angeles"), ZoneOffset.ofHours(14));
    }
}
