package org.jiceng.scoring;

import org.jiceng.scoring.internal.ShanghaiCalendar;

/**
 * A calendar period for caps and once-only awards. Periods are buckets of the Asia/Shanghai
 * calendar: a month is a civil month in China, weeks start on Monday (ISO), whatever the JVM zone.
 */
public enum PeriodUnit {
    /** One civil day. */
    DAY("日"),
    /** One ISO week, Monday to Sunday. */
    WEEK("周"),
    /** One calendar month. */
    MONTH("月"),
    /** One calendar quarter. */
    QUARTER("季度"),
    /** One calendar year. */
    YEAR("年"),
    /** The whole life of the subject: one bucket for all time. */
    LIFETIME("终身");

    private final String label;

    PeriodUnit(String label) {
        this.label = label;
    }

    /** @return the Chinese name, e.g. {@code 月} */
    public String label() {
        return label;
    }

    /**
     * The bucket number of a day: two days are in the same period exactly when their buckets are
     * equal, and buckets grow with time.
     *
     * @param epochDay a day of the Shanghai calendar as {@link java.time.LocalDate#toEpochDay()}
     * @return the bucket number
     */
    public long bucket(long epochDay) {
        switch (this) {
            case DAY:
                return epochDay;
            case WEEK:
                // 1970-01-01 was a Thursday; shift so that buckets change on Mondays.
                return Math.floorDiv(epochDay + 3, 7);
            case MONTH:
                return ShanghaiCalendar.monthIndex(epochDay);
            case QUARTER:
                return Math.floorDiv(ShanghaiCalendar.monthIndex(epochDay), 3);
            case YEAR:
                return Math.floorDiv(ShanghaiCalendar.monthIndex(epochDay), 12);
            case LIFETIME:
            default:
                return 0;
        }
    }
}
