package org.jiceng.benchmarks.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;

/**
 * The hand-written peer: plain Java computing the totals of the built-in {@code party-member-points}
 * pack (version 2024.1) with the engine's semantics — drop events after asOf, each id once (identical
 * replays only; the workload has no conflicting copies), group by member, sort by time then id,
 * Shanghai calendar months, caps, the once-a-month 报到 bonus, tiered deductions and the one-year
 * expiry of volunteer points. Constants are copied from the pack; {@code HandLoopAgreementTest} keeps
 * them honest. The rule bodies repeat {@link MemberRules} on purpose: counters in local variables
 * are what one writes by hand, and dispatching to the shared actions with an object for the counters
 * measured 10-15% slower, which would flatter the engine.
 */
public final class HandLoop {

    /** First day of the pack, 2024-01-01, as a Shanghai epoch day. */
    static final long PACK_FROM_DAY = 19_723;
    /** Day the volunteer rate changes, 2024-07-01. */
    static final long RATE_CHANGE_DAY = 19_905;

    private HandLoop() {
    }

    /**
     * @param events events in any order
     * @param asOf the scoring instant
     * @return total in hundredths by member
     */
    public static Map<String, Long> totals(Collection<Event> events, Instant asOf) {
        long expiryCutoff = expiryCutoff(shanghaiDay(asOf.getEpochSecond()));
        Map<String, Long> totals = new HashMap<>();
        for (Map.Entry<String, List<Event>> entry : eventsBySubject(events, asOf).entrySet()) {
            String subject = entry.getKey();
            List<Event> list = entry.getValue();
            long total = 0;
            long meetingMonth = -1;
            long meetingUsed = 0;
            long serviceMonth = -1;
            long serviceUsed = 0;
            long visitMonth = -1;
            long visitUsed = 0;
            long bonusMonth = -1;
            for (Event e : list) {
                long day = shanghaiDay(e.time().getEpochSecond());
                if (day < PACK_FROM_DAY) {
                    continue;
                }
                long month = monthOf(day);
                switch (e.type()) {
                    case EventTypes.MEETING_ATTENDED: {
                        long points = "党课".equals(e.attributes().get("meeting")) ? 300 : 200;
                        if (month != meetingMonth) {
                            meetingMonth = month;
                            meetingUsed = 0;
                        }
                        long granted = Math.min(points, Math.max(0, 1000 - meetingUsed));
                        meetingUsed += granted;
                        total += granted;
                        break;
                    }
                    case EventTypes.VOLUNTEER_SERVICE: {
                        long rate = day >= RATE_CHANGE_DAY ? 150 : 100;
                        long points = roundedProduct(rate, hundredths(e));
                        if (month != serviceMonth) {
                            serviceMonth = month;
                            serviceUsed = 0;
                        }
                        long granted = Math.min(points, Math.max(0, 1200 - serviceUsed));
                        serviceUsed += granted;
                        if (day >= expiryCutoff) {
                            total += granted;
                        }
                        break;
                    }
                    case EventTypes.HOUSEHOLD_VISIT: {
                        long points = hundredths(e);
                        if (month != visitMonth) {
                            visitMonth = month;
                            visitUsed = 0;
                        }
                        long granted = Math.min(points, Math.max(0, 500 - visitUsed));
                        visitUsed += granted;
                        total += granted;
                        break;
                    }
                    case EventTypes.REPORT_SERVICE: {
                        if (month != serviceMonth) {
                            serviceMonth = month;
                            serviceUsed = 0;
                        }
                        long granted = Math.min(200, Math.max(0, 1200 - serviceUsed));
                        serviceUsed += granted;
                        total += granted;
                        if (bonusMonth != month) {
                            bonusMonth = month;
                            total += 100;
                        }
                        break;
                    }
                    case EventTypes.MEETING_MISSED:
                        total -= 300;
                        break;
                    case EventTypes.MISCONDUCT: {
                        long q = hundredths(e);
                        total -= q <= 100 ? 500 : q <= 200 ? 1000 : 2000;
                        break;
                    }
                    default:
                        break;
                }
            }
            totals.put(subject, total);
        }
        return totals;
    }

    /**
     * The pre-processing both peers share: events after {@code asOf} dropped, each id kept once, grouped
     * by member.
     *
     * @param events events in any order
     * @param asOf the scoring instant
     * @return member ids in ascending order, each with its events sorted by time then id
     */
    static Map<String, List<Event>> eventsBySubject(Collection<Event> events, Instant asOf) {
        HashMap<String, Event> seen = new HashMap<>(events.size() * 4 / 3 + 1);
        HashMap<String, List<Event>> bySubject = new HashMap<>();
        for (Event e : events) {
            if (e.time().isAfter(asOf) || seen.putIfAbsent(e.id(), e) != null) {
                continue;
            }
            bySubject.computeIfAbsent(e.subjectId(), k -> new ArrayList<>()).add(e);
        }
        String[] subjects = bySubject.keySet().toArray(new String[0]);
        Arrays.sort(subjects);
        Map<String, List<Event>> sorted = new LinkedHashMap<>(subjects.length * 4 / 3 + 1);
        for (String subject : subjects) {
            List<Event> list = bySubject.get(subject);
            list.sort((a, b) -> {
                int c = a.time().compareTo(b.time());
                return c != 0 ? c : a.id().compareTo(b.id());
            });
            sorted.put(subject, list);
        }
        return sorted;
    }

    /**
     * Volunteer points expire one year after the award day.
     *
     * @param asOfDay the scoring day (Shanghai epoch day)
     * @return the first award day whose volunteer points still count on {@code asOfDay}
     */
    static long expiryCutoff(long asOfDay) {
        long cutoff = java.time.LocalDate.ofEpochDay(asOfDay).minusYears(1).toEpochDay() + 1;
        while (java.time.LocalDate.ofEpochDay(cutoff - 1).plusYears(1).toEpochDay() > asOfDay) {
            cutoff--;
        }
        return cutoff;
    }

    static long hundredths(Event e) {
        if (e.quantity().scale() == 0) {
            return e.quantity().longValue() * 100;
        }
        return e.quantity().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    static long roundedProduct(long a, long b) {
        long p = a * b;
        return p >= 0 ? (p + 50) / 100 : -((-p + 50) / 100);
    }

    static long shanghaiDay(long epochSecond) {
        return Math.floorDiv(epochSecond + 8 * 3600, 86_400L);
    }

    static long monthOf(long epochDay) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(epochDay);
        return d.getYear() * 12L + d.getMonthValue() - 1;
    }
}
