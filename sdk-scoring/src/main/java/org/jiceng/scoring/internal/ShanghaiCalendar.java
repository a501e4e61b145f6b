package org.jiceng.scoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Fast, allocation-free conversion of instants to days and months of the Asia/Shanghai calendar.
 * China has used a fixed UTC+8 offset since 1991-09; earlier instants go through the zone rules.
 */
public final class ShanghaiCalendar {

    /** The zone every period bucket is computed in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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
        return Instant.ofEpochSecond(epochSecond).atZone(ZONE).toLocalDate().toEpochDay();
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
