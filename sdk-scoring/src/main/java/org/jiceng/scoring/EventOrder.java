package org.jiceng.scoring;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jiceng.core.model.Event;

/**
 * The orders the scoring engine applies to events, published so that a caller who splits the input
 * (by subject, across machines, across files) resolves duplicates and orders events exactly as one
 * {@link ScoringEngine#score} call over the whole input would.
 *
 * <h2>Duplicate ids</h2>
 * An event id scores at most once. Among the events up to {@code asOf} that share an id, the one
 * that comes first in {@link #DUPLICATE_PREFERENCE} is kept and the others are counted as
 * {@link Scorecards.Stats#duplicatesIgnored() duplicates}; events after {@code asOf} are dropped
 * <em>before</em> duplicates are resolved, so a later copy never displaces an earlier one. Exact
 * replays (equal events) are simply dropped. The preference is a total order on distinct events, so
 * the winner never depends on the input order. A distributed job therefore (1) drops events after
 * {@code asOf}, (2) keeps per id the least event in {@link #DUPLICATE_PREFERENCE} (a global step: the
 * copies may name different subjects), (3) groups the survivors by subject and scores the groups with
 * {@link ScoringEngine#scoreSubjects}.
 *
 * <h2>Within a subject</h2>
 * A subject's events are applied in {@link #SCORING_ORDER}: time, then id. Caps, once-only rules and
 * expiry depend only on the subject's own events, so subjects can be scored in any grouping.
 */
public final class EventOrder {

    /** Time, then id: the order in which one subject's events meet the rules. */
    public static final Comparator<Event> SCORING_ORDER = (a, b) -> {
        int c = a.time().compareTo(b.time());
        return c != 0 ? c : a.id().compareTo(b.id());
    };

    /**
     * Which of several events sharing an id is kept: the least in this order. Compares time, subject
     * id, type, quantity (numerically), area id (absent before any), the attributes as the text of a
     * key-sorted map ({@code {k1=v1, k2=v2}}); ties left by those (a quantity written with another
     * scale, such as {@code 1} and {@code 1.0}, or attribute maps whose texts coincide) are broken by
     * the quantity's scale, then the attributes entry by entry (key, then value), so distinct events
     * never compare equal.
     */
    public static final Comparator<Event> DUPLICATE_PREFERENCE = Comparator.comparing(Event::time)
            .thenComparing(Event::subjectId).thenComparing(Event::type)
            .thenComparing(Event::quantity)
            .thenComparing(e -> e.areaId().orElse(""))
            .thenComparing(e -> new TreeMap<>(e.attributes()).toString())
            .thenComparingInt(e -> e.quantity().scale())
            .thenComparing(Event::attributes, EventOrder::compareEntries);

    private EventOrder() {
    }

    /**
     * @param a an event
     * @param b another event with the same id
     * @return the one the engine keeps ({@code a} when they are equal)
     * @throws IllegalArgumentException if the ids differ
     */
    public static Event preferred(Event a, Event b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (!a.id().equals(b.id())) {
            throw new IllegalArgumentException("only events with the same id compete; got '" + a.id() + "' and '"
                    + b.id() + "'");
        }
        return DUPLICATE_PREFERENCE.compare(b, a) < 0 ? b : a;
    }

    private static int compareEntries(Map<String, String> a, Map<String, String> b) {
        Iterator<Map.Entry<String, String>> x = new TreeMap<>(a).entrySet().iterator();
        Iterator<Map.Entry<String, String>> y = new TreeMap<>(b).entrySet().iterator();
        while (x.hasNext() && y.hasNext()) {
            Map.Entry<String, String> p = x.next();
            Map.Entry<String, String> q = y.next();
            int c = p.getKey().compareTo(q.getKey());
            if (c == 0) {
                c = p.getValue().compareTo(q.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(x.hasNext(), y.hasNext());
    }
}
