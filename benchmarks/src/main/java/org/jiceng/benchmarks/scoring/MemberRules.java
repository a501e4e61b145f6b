package org.jiceng.benchmarks.scoring;

import org.jiceng.core.model.Event;

/**
 * The actions of the seven {@code party-member-points} rules, shared by the Easy Rules and Drools
 * peers so that both run exactly the same Java and differ only in how the rule engine matches and
 * dispatches. Amounts are hundredths; the figures are the pack's (meeting 2, 党课 3, cap 10 a month;
 * volunteer 1 an hour, 1.5 from 2024-07-01, expiring after a year; visits 1 each, cap 5; 报到 2 plus a
 * monthly bonus of 1, sharing a cap of 12 with volunteering; missed meeting -3; misconduct tiers).
 */
public final class MemberRules {

    private MemberRules() {
    }

    /**
     * @param e a meeting-attended event
     * @param s the member
     */
    public static void meeting(Event e, MemberCounters s) {
        long points = "党课".equals(e.attributes().get("meeting")) ? 300 : 200;
        if (s.month != s.meetingMonth) {
            s.meetingMonth = s.month;
            s.meetingUsed = 0;
        }
        long granted = Math.min(points, Math.max(0, 1000 - s.meetingUsed));
        s.meetingUsed += granted;
        s.total += granted;
    }

    /**
     * @param e a volunteer-service event
     * @param s the member
     */
    public static void volunteer(Event e, MemberCounters s) {
        long rate = s.day >= HandLoop.RATE_CHANGE_DAY ? 150 : 100;
        long points = HandLoop.roundedProduct(rate, HandLoop.hundredths(e));
        if (s.month != s.serviceMonth) {
            s.serviceMonth = s.month;
            s.serviceUsed = 0;
        }
        long granted = Math.min(points, Math.max(0, 1200 - s.serviceUsed));
        s.serviceUsed += granted;
        if (s.day >= s.expiryCutoff) {
            s.total += granted;
        }
    }

    /**
     * @param e a household-visit event
     * @param s the member
     */
    public static void householdVisit(Event e, MemberCounters s) {
        long points = HandLoop.hundredths(e);
        if (s.month != s.visitMonth) {
            s.visitMonth = s.month;
            s.visitUsed = 0;
        }
        long granted = Math.min(points, Math.max(0, 500 - s.visitUsed));
        s.visitUsed += granted;
        s.total += granted;
    }

    /**
     * @param s the member (a 报到 service event)
     */
    public static void reportService(MemberCounters s) {
        if (s.month != s.serviceMonth) {
            s.serviceMonth = s.month;
            s.serviceUsed = 0;
        }
        long granted = Math.min(200, Math.max(0, 1200 - s.serviceUsed));
        s.serviceUsed += granted;
        s.total += granted;
    }

    /**
     * @param s the member (a 报到 service event: the first in a month earns the bonus)
     */
    public static void reportMonthlyBonus(MemberCounters s) {
        if (s.bonusMonth != s.month) {
            s.bonusMonth = s.month;
            s.total += 100;
        }
    }

    /**
     * @param s the member (a missed meeting)
     */
    public static void meetingMissed(MemberCounters s) {
        s.total -= 300;
    }

    /**
     * @param e a misconduct event, quantity = severity
     * @param s the member
     */
    public static void misconduct(Event e, MemberCounters s) {
        long q = HandLoop.hundredths(e);
        s.total -= q <= 100 ? 500 : q <= 200 ? 1000 : 2000;
    }

    /**
     * Sets the member's current day and month for an event, or says the event is before the pack.
     *
     * @param e the event
     * @param s the member
     * @return false when the event is before the pack's first day (no rule applies)
     */
    public static boolean enter(Event e, MemberCounters s) {
        long day = HandLoop.shanghaiDay(e.time().getEpochSecond());
        if (day < HandLoop.PACK_FROM_DAY) {
            return false;
        }
        s.day = day;
        s.month = HandLoop.monthOf(day);
        return true;
    }
}
