package org.jiceng.benchmarks.scoring;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;

/**
 * The Easy Rules 4.1.0 peer: the same {@code party-member-points} rules written as Easy Rules rules,
 * fired once per event with the event and the member's counters as facts. Pre-processing (asOf,
 * de-duplication, grouping, time order) is the same plain Java as {@link HandLoop}; only the rule
 * evaluation goes through the rules engine, which is how Easy Rules is typically used.
 */
public final class EasyRulesScoring {

    /** Mutable per-member state the rules read and write. */
    static final class MemberState {
        long total;
        long meetingMonth = -1;
        long meetingUsed;
        long serviceMonth = -1;
        long serviceUsed;
        long visitMonth = -1;
        long visitUsed;
        long bonusMonth = -1;
        long day;
        long month;
        long expiryCutoff;
    }

    private final Rules rules;
    private final RulesEngine engine = new DefaultRulesEngine();

    /** Builds the rules. */
    public EasyRulesScoring() {
        rules = new Rules(
                rule("meeting", 1, EventTypes.MEETING_ATTENDED, (e, s) -> {
                    long points = "党课".equals(e.attributes().get("meeting")) ? 300 : 200;
                    if (s.month != s.meetingMonth) {
                        s.meetingMonth = s.month;
                        s.meetingUsed = 0;
                    }
                    long granted = Math.min(points, Math.max(0, 1000 - s.meetingUsed));
                    s.meetingUsed += granted;
                    s.total += granted;
                }),
                rule("volunteer", 2, EventTypes.VOLUNTEER_SERVICE, (e, s) -> {
                    long rate = s.day >= 19_905 ? 150 : 100;
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
                }),
                rule("household-visit", 3, EventTypes.HOUSEHOLD_VISIT, (e, s) -> {
                    long points = HandLoop.hundredths(e);
                    if (s.month != s.visitMonth) {
                        s.visitMonth = s.month;
                        s.visitUsed = 0;
                    }
                    long granted = Math.min(points, Math.max(0, 500 - s.visitUsed));
                    s.visitUsed += granted;
                    s.total += granted;
                }),
                rule("report-service", 4, EventTypes.REPORT_SERVICE, (e, s) -> {
                    if (s.month != s.serviceMonth) {
                        s.serviceMonth = s.month;
                        s.serviceUsed = 0;
                    }
                    long granted = Math.min(200, Math.max(0, 1200 - s.serviceUsed));
                    s.serviceUsed += granted;
                    s.total += granted;
                }),
                rule("report-monthly-bonus", 5, EventTypes.REPORT_SERVICE, (e, s) -> {
                    if (s.bonusMonth != s.month) {
                        s.bonusMonth = s.month;
                        s.total += 100;
                    }
                }),
                rule("meeting-missed", 6, EventTypes.MEETING_MISSED, (e, s) -> s.total -= 300),
                rule("misconduct", 7, EventTypes.MISCONDUCT, (e, s) -> {
                    long q = HandLoop.hundredths(e);
                    s.total -= q <= 100 ? 500 : q <= 200 ? 1000 : 2000;
                }));
    }

    private interface Action {
        void apply(Event e, MemberState s);
    }

    private static Rule rule(String name, int priority, String type, Action action) {
        return new RuleBuilder().name(name).priority(priority)
                .when(facts -> type.equals(((Event) facts.get("event")).type()))
                .then(facts -> action.apply(facts.get("event"), facts.get("state")))
                .build();
    }

    /**
     * @param events events in any order
     * @param asOf the scoring instant
     * @return total in hundredths by member
     */
    public Map<String, Long> totals(Collection<Event> events, Instant asOf) {
        long expiryCutoff = HandLoop.expiryCutoff(HandLoop.shanghaiDay(asOf.getEpochSecond()));
        Map<String, Long> totals = new HashMap<>();
        for (Map.Entry<String, List<Event>> entry : HandLoop.eventsBySubject(events, asOf).entrySet()) {
            String subject = entry.getKey();
            List<Event> list = entry.getValue();
            MemberState state = new MemberState();
            state.expiryCutoff = expiryCutoff;
            Facts facts = new Facts();
            facts.put("state", state);
            for (Event e : list) {
                long day = HandLoop.shanghaiDay(e.time().getEpochSecond());
                if (day < 19_723) {
                    continue;
                }
                state.day = day;
                state.month = HandLoop.monthOf(day);
                facts.put("event", e);
                engine.fire(rules, facts);
            }
            totals.put(subject, state.total);
        }
        return totals;
    }
}
