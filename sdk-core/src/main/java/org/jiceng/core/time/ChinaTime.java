package org.jiceng.core.time;

import java.time.ZoneId;

/**
 * The SDK's one time zone. Days, months and deadlines of Chinese governance data (birth dates in ID
 * numbers, points periods, case deadlines, Open311 date-times, local date-times in imported files) are
 * days of the Asia/Shanghai calendar, whatever the default zone of the machine.
 */
public final class ChinaTime {

    /** Asia/Shanghai (UTC+8, no daylight saving since 1991). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }
}
