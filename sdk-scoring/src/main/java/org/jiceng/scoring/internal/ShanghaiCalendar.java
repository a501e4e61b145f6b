package org.jiceng.scoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jiceng.core.time.ChinaTime;

/**
 * Fast, allocation-free conversion of instants to days and months of the Asia/Shanghai calendar.
 * China has used a fixed UTC+8 offset since 1991-09; earlier instants go through the zone rules.
 */
public final class ShanghaiCalendar {
    /** From this instant (1992-01-01T00:00+08) on the offset is a constant +8 hours. */
    private static final long FIXED_OFFSET_SINCE = 694_195_200L;
    private static final long OFFSET_SECONDS = 8 * 3600;

    private ShanghaiCalendar() {
    }

    /**
     * @param epochSecond seconds since the epoch
     * @return the Shanghai civil day as an epoch day
     */
    public static long epochDay(long epochSecond) {
        if (epochSecond >= FIXED_OFFSET_SINCE) {
            return Math.floorDiv(epochSecond + OFFSET_SECONDS, 86_400L);
        }
        // The zone's offset at that instant, applied without a LocalDate: the earliest instants
        // (Instant.MIN is a year before LocalDate.MIN) still get a day, and every other one the same day.
        int offset = ChinaTime.ZONE.getRules().getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        return Math.floorDiv(epochSecond + offset, 86_400L);
    }

    /**
     * @param instant an instant
     * @return its Shanghai civil date
     */
    public static LocalDate date(Instant instant) {
        return LocalDate.ofEpochDay(epochDay(instant.getEpochSecond()));
    }

    /**
     * Months since 0000-01 ({@code year * 12 + month - 1}), computed with the civil-from-days algorithm
     * so that no {@link LocalDate} is created on the hot path.
     *
     * @param epochDay an epoch day
     * @return the month index
     */
    public static long monthIndex(long epochDay) {
        long offset = epochDay - TABLE_FIRST_DAY;
        if (offset >= 0 && offset < MONTH_OF_DAY.length) {
            return TABLE_FIRST_MONTH + MONTH_OF_DAY[(int) offset];
        }
        return civilMonthIndex(epochDay);
    }

    /** First day covered by the month table: 1990-01-01. */
    private static final long TABLE_FIRST_DAY = 7305;
    /** Month index of 1990-01. */
    private static final long TABLE_FIRST_MONTH = 1990 * 12L;
    /**
     * Months since 1990-01 of every day from 1990 to 2099 (80 KB). Caps and once-only awards bucket
     * every scored event by month; a table lookup is several times cheaper than the civil-date
     * arithmetic, which remains for days outside the table.
     */
    private static final char[] MONTH_OF_DAY = new char[(int) (LocalDate.of(2100, 1, 1).toEpochDay() - TABLE_FIRST_DAY)];

    static {
        for (int i = 0; i < MONTH_OF_DAY.length; i++) {
            MONTH_OF_DAY[i] = (char) (civilMonthIndex(TABLE_FIRST_DAY + i) - TABLE_FIRST_MONTH);
        }
    }

    /** The civil-from-days computation of {@link #monthIndex}. */
    static long civilMonthIndex(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) {
            y++;
        }
        return y * 12 + m - 1;
    }
}
