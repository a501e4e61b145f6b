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
 * fired once per event with the event and the member's counters as facts; the actions are the
 * shared {@link MemberRules}. Pre-processing (asOf,
 * de-duplication, grouping, time order) is the same plain Java as {@link HandLoop}; only the rule
 * evaluation goes through the rules engine, which is how Easy Rules is typically used.
 */
public final class EasyRulesScoring {

    private final Rules rules;
    private final RulesEngine engine = new DefaultRulesEngine();

    /** Builds the rules. */
    public EasyRulesScoring() {
        rules = new Rules(
                rule("meeting", 1, EventTypes.MEETING_ATTENDED, MemberRules::meeting),
                rule("volunteer", 2, EventTypes.VOLUNTEER_SERVICE, MemberRules::volunteer),
                rule("household-visit", 3, EventTypes.HOUSEHOLD_VISIT, MemberRules::householdVisit),
                rule("report-service", 4, EventTypes.REPORT_SERVICE, (e, s) -> MemberRules.reportService(s)),
                rule("report-monthly-bonus", 5, EventTypes.REPORT_SERVICE, (e, s) -> MemberRules.reportMonthlyBonus(s)),
                rule("meeting-missed", 6, EventTypes.MEETING_MISSED, (e, s) -> MemberRules.meetingMissed(s)),
                rule("misconduct", 7, EventTypes.MISCONDUCT, MemberRules::misconduct));
    }

    private interface Action {
        void apply(Event e, MemberCounters s);
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
            MemberCounters state = new MemberCounters();
            state.expiryCutoff = expiryCutoff;
            Facts facts = new Facts();
            facts.put("state", state);
            for (Event e : list) {
                if (MemberRules.enter(e, state)) {
                    facts.put("event", e);
                    engine.fire(rules, facts);
                }
            }
            totals.put(subject, state.total);
        }
        return totals;
    }
}
