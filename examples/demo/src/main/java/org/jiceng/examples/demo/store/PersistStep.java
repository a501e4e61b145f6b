package org.jiceng.examples.demo.store;

import java.util.List;
import org.jiceng.cases.Case;
import org.jiceng.cases.store.StoredCase;
import org.jiceng.cases.store.VerificationReport;
import org.jiceng.core.model.Event;
import org.jiceng.core.store.AppendResult;
import org.jiceng.examples.demo.Messages;
import org.jiceng.store.jdbc.JdbcCaseStore;
import org.jiceng.store.jdbc.JdbcEventLedger;

/** Stores a run's cases with their trails and its events, then verifies every chain. */
public final class PersistStep {

    /**
     * What was stored.
     *
     * @param cases cases stored by this run
     * @param alreadyStored cases found stored already (a server reused across runs)
     * @param entries trail entries verified
     * @param events events appended
     * @param eventsPresent events found stored already
     * @param verification the verification of every stored chain
     */
    public record Result(int cases, int alreadyStored, long entries, int events, int eventsPresent,
            VerificationReport verification) {

        /**
         * @param where where the data is
         * @param messages the catalogue of the run's language
         * @return one summary line, the same for the same run
         */
        public String describe(String where, Messages messages) {
            return messages.get("msg.detail.store", cases, entries, events, where,
                    alreadyStored + eventsPresent > 0
                            ? messages.get("msg.detail.store.already", alreadyStored, eventsPresent) : "",
                    verification.isIntact() ? messages.get("msg.detail.store.intact")
                            : messages.get("msg.detail.store.broken", verification.breaks().size(),
                                    verification.firstBreak().map(Object::toString).orElse("")));
        }
    }

    private PersistStep() {
    }

    /**
     * Stores the cases and the events, then verifies every chain.
     *
     * @param db the database
     * @param cases the run's cases
     * @param events the run's events
     * @return what was stored
     */
    public static Result run(DemoDatabase db, List<Case> cases, List<Event> events) {
        return cases(db, cases, events(db, events));
    }

    /**
     * Appends the events (they need nothing of the pipeline's steps, so the demo stores them while the steps
     * run).
     *
     * @param db the database
     * @param events the run's events
     * @return what was appended
     */
    public static AppendResult events(DemoDatabase db, List<Event> events) {
        return new JdbcEventLedger(db.dataSource()).append(events);
    }

    /**
     * Stores the cases not stored yet with their trails, then verifies every stored chain.
     *
     * @param db the database
     * @param cases the run's cases
     * @param appended what {@link #events} appended
     * @return what was stored
     */
    public static Result cases(DemoDatabase db, List<Case> cases, AppendResult appended) {
        JdbcCaseStore store = new JdbcCaseStore(db.dataSource());
        java.util.Set<String> known = new java.util.HashSet<>();
        if (store.count() > 0) {
            try (var all = store.streamAll()) {
                all.forEach(s -> known.add(s.id()));
            }
        }
        List<Case> fresh = cases.stream().filter(c -> !known.contains(c.id())).toList();
        List<StoredCase> stored = store.createAll(fresh);
        VerificationReport report = store.verifyAll();
        return new Result(stored.size(), cases.size() - fresh.size(), report.entriesChecked(), appended.appended(),
                appended.alreadyPresent(), report);
    }
}
