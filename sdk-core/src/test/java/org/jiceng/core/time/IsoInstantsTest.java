package org.jiceng.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    @Property
    void anInstantOfTheFastYearsIsWrittenAsInstantToStringWritesIt(
            @ForAll @LongRange(min = 0, max = 253_402_300_799L) long second,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nano, @ForAll @IntRange(min = 0, max = 3) int rounding) {
        // Whole seconds, milliseconds and microseconds are the common cases: each has its own number of digits.
        int n = switch (rounding) {
            case 0 -> 0;
            case 1 -> nano / 1_000_000 * 1_000_000;
            case 2 -> nano / 1000 * 1000;
            default -> nano;
        };
        assertSameAsToString(Instant.ofEpochSecond(second, n));
    }

    @Property
    void anInstantOutsideTheFastYearsIsWrittenAsInstantToStringWritesIt(
            @ForAll @LongRange(min = -31_557_014_167_219_200L, max = 31_556_889_864_403_199L) long second,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nano) {
        assertSameAsToString(Instant.ofEpochSecond(second, nano));
    }

    @Test
    void theEdgesOfTheFastPathAndOfTheCalendarAreWrittenAsInstantToStringWritesThem() {
        for (String text : new String[] {"1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z",
            "9999-12-31T23:59:59.999Z", "+10000-01-01T00:00:00Z", "2000-02-29T12:00:00.000001Z",
            "2024-02-29T23:59:00Z", "2100-03-01T00:00:00.100Z", "2025-12-31T16:00:00Z", "1600-01-01T00:00:00Z"}) {
            assertSameAsToString(Instant.parse(text));
        }
        assertSameAsToString(Instant.MIN);
        assertSameAsToString(Instant.MAX);
    }

    @Test
    void theBytesAreWrittenAtTheOffsetAndTheEndIsReturned() {
        Instant at = Instant.parse("2025-03-04T05:06:07.080Z");
        byte[] buffer = new byte[40];
        int end = IsoInstants.write(at, buffer, 3);
        assertThat(new String(buffer, 3, end - 3, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("2025-03-04T05:06:07.080Z");
        assertThat(buffer[0]).isZero();
        assertThat(end).isEqualTo(3 + at.toString().length());
    }

    private static void assertSameAsToString(Instant instant) {
        assertThat(IsoInstants.format(instant)).isEqualTo(instant.toString());
        byte[] buffer = new byte[instant.toString().length() + IsoInstants.MAX_LENGTH];
        int end = IsoInstants.write(instant, buffer, 1);
        assertThat(new String(buffer, 1, end - 1, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo(instant.toString());
    }
}
