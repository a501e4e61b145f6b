package org.jiceng.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jiceng.core.model.Event;

/** An {@link EventLedger} in memory: the reference implementation; nothing survives the JVM. */
public final class InMemoryEventLedger implements EventLedger {

    /** The order every ledger reads in: time, then id. */
    public static final Comparator<Event> ORDER = Comparator.comparing(Event::time).thenComparing(Event::id);

    private final Map<String, Event> events = new HashMap<>();

    @Override
    public synchronized AppendResult append(Collection<Event> offered) {
        Map<String, Event> fresh = new LinkedHashMap<>();
        int present = 0;
        for (Event e : offered) {
            Event known = events.containsKey(e.id()) ? events.get(e.id()) : fresh.get(e.id());
            if (known == null) {
                fresh.put(e.id(), e);
            } else if (known.equals(e)) {
                present++;
            } else {
                throw new EventConflictException(known, e);
            }
        }
        events.putAll(fresh);
        return new AppendResult(fresh.size(), present);
    }

    @Override
    public synchronized List<Event> eventsOf(String subjectId, Instant upTo) {
        return events.values().stream().filter(e -> e.subjectId().equals(subjectId) && !e.time().isAfter(upTo))
                .sorted(ORDER).toList();
    }

    @Override
    public synchronized Stream<Event> stream(Instant from, Instant before) {
        return events.values().stream().filter(e -> !e.time().isBefore(from) && e.time().isBefore(before))
                .sorted(ORDER).toList().stream();
    }

    @Override
    public synchronized long count() {
        return events.size();
    }
}
