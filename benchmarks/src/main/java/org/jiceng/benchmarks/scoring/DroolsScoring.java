package org.jiceng.benchmarks.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.core.model.Event;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.utils.KieHelper;

/**
 * The Drools 10.2 peer: the same seven {@code party-member-points} rules as DRL
 * ({@code member-points.drl}, compiled once), run in a stateful session that holds the member's
 * counters; each event is inserted, the rules fired and the event deleted. The actions are the shared
 * {@link MemberRules}, and pre-processing (asOf, de-duplication, grouping, time order) is the same
 * plain Java as {@link HandLoop}, so only matching and dispatch go through Drools.
 */
public final class DroolsScoring {

    private static final String DRL = "org/jiceng/benchmarks/scoring/member-points.drl";

    private final KieBase kieBase;

    /** Compiles the DRL. */
    public DroolsScoring() {
        String drl;
        try (InputStream in = DroolsScoring.class.getClassLoader().getResourceAsStream(DRL)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + DRL);
            }
            drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DRL, e);
        }
        kieBase = new KieHelper().addContent(drl, ResourceType.DRL).build();
    }

    /**
     * @param events events in any order
     * @param asOf the scoring instant
     * @return total in hundredths by member
     */
    public Map<String, Long> totals(Collection<Event> events, Instant asOf) {
        long expiryCutoff = HandLoop.expiryCutoff(HandLoop.shanghaiDay(asOf.getEpochSecond()));
        Map<String, Long> totals = new HashMap<>();
        KieSession session = kieBase.newKieSession();
        try {
            for (Map.Entry<String, List<Event>> entry : HandLoop.eventsBySubject(events, asOf).entrySet()) {
                MemberCounters state = new MemberCounters();
                state.expiryCutoff = expiryCutoff;
                FactHandle member = session.insert(state);
                for (Event e : entry.getValue()) {
                    if (MemberRules.enter(e, state)) {
                        FactHandle event = session.insert(e);
                        session.fireAllRules();
                        session.delete(event);
                    }
                }
                session.delete(member);
                totals.put(entry.getKey(), state.total);
            }
        } finally {
            session.dispose();
        }
        return totals;
    }
}
