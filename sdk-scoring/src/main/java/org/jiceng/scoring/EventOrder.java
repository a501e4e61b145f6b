package org.jiceng.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.internal.Texts;

/**
 * The orders and the duplicate-id rule the scoring engine applies, published so that a caller who
 * splits the input (by subject, across machines, across files) gets exactly what one
 * {@link ScoringEngine#score} call over the whole input would give.
 *
 * <h2>Duplicate ids</h2>
 * An event id scores at most once. Events after {@code asOf} are dropped <em>before</em> ids are
 * resolved, so a copy recorded after {@code asOf} never competes. Among the remaining copies of one
 * id, exact replays ({@link #samePayload equal payloads}) are one copy; when the copies differ,
 * {@link #resolve} applies the {@link ConflictPolicy} of the {@link ScoringOptions}: {@code REJECT}
 * (the default) keeps no copy and leaves every subject named by a copy out of the scorecards;
 * {@code FIRST_WINS} / {@code LAST_WINS} keep the copy with the earliest / latest time, unless two
 * copies share that time (then the id is rejected as under {@code REJECT}). Each conflict is reported
 * as a {@link ScoringProblem} for every subject it names. The result never depends on the input order.
 * The engine itself calls {@link #resolve}, so there is one implementation of the rule.
 *
 * <p>A distributed job therefore, with the policy the engine would use:
 * <ol>
 * <li>drops the events after {@code asOf};</li>
 * <li>brings together all copies of each id (a global step: copies may name different subjects) and
 *     passes those of every id seen more than once to {@link #resolve} (ids seen once are kept as they
 *     are);</li>
 * <li>keeps the {@link IdResolution#kept() kept} copy of each id, collects the
 *     {@link IdResolution#problems() problems}, and removes every event of the
 *     {@link IdResolution#rejectedSubjects() rejected subjects} (or their scorecards);</li>
 * <li>groups the remaining events by subject and scores the groups with {@link ScoringEngine#scoreSubjects}.</li>
 * </ol>
 * The scorecards are then those of {@link ScoringEngine#score} on the whole input, and the conflict
 * problems are those of its {@link Scorecards#problems()} (which also lists problems found while
 * scoring a subject, such as a negative quantity).
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
     * The order of the different copies of one id, a total order on distinct events: in it
     * {@code FIRST_WINS} looks at the least copy and {@code LAST_WINS} at the greatest, and problem
     * details list the copies. Compares time, subject id, type, quantity (numerically), area id
     * (absent before any), the attributes as the text of a key-sorted map ({@code {k1=v1, k2=v2}});
     * ties left by those (a quantity written with another scale, such as {@code 1} and {@code 1.0},
     * or attribute maps whose texts coincide) are broken by the quantity's scale, then the attributes
     * entry by entry (key, then value), so distinct events never compare equal.
     */
    public static final Comparator<Event> COPY_ORDER = Comparator.comparing(Event::time)
            .thenComparing(Event::subjectId).thenComparing(Event::type)
            .thenComparing(Event::quantity)
            .thenComparing(e -> e.areaId().orElse(""))
            .thenComparing(e -> new TreeMap<>(e.attributes()).toString())
            .thenComparingInt(e -> e.quantity().scale())
            .thenComparing(Event::attributes, EventOrder::compareEntries);

    /** Longest payload quoted in a problem detail, in characters. */
    private static final int MAX_PAYLOAD_CHARS = 300;

    private EventOrder() {
    }

    /**
     * Whether two copies of an id say the same thing, so that one is a harmless replay of the other:
     * same type, subject, time, area and attributes, and quantities equal as numbers ({@code 1}
     * equals {@code 1.0}).
     *
     * @param a an event
     * @param b another event
     * @return whether their payloads (everything but the id) are equal
     */
    public static boolean samePayload(Event a, Event b) {
        return a.type().equals(b.type()) && a.subjectId().equals(b.subjectId()) && a.time().equals(b.time())
                && a.quantity().compareTo(b.quantity()) == 0 && a.areaId().equals(b.areaId())
                && a.attributes().equals(b.attributes());
    }

    /**
     * Resolves the copies of one id as the scoring engine does (see the class comment). Pass only
     * copies up to {@code asOf}. Of exact replays the first in iteration order stands for them all.
     *
     * @param copies every copy of one id, at least one, in any order (the result does not depend on it
     *     except for which of several exact replays is returned)
     * @param policy what to do when the copies differ
     * @return the kept copy if any, the rejected subjects and the problems
     * @throws IllegalArgumentException when there are no copies or their ids differ
     */
    public static IdResolution resolve(Collection<Event> copies, ConflictPolicy policy) {
        Objects.requireNonNull(copies, "copies");
        Objects.requireNonNull(policy, "policy");
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("no copies to resolve: give at least one event");
        }
        String id = copies.iterator().next().id();
        List<Event> distinct = new ArrayList<>(2);
        for (Event e : copies) {
            if (!e.id().equals(id)) {
                throw new IllegalArgumentException("only copies of one id are resolved together; got '"
                        + Texts.shown(id) + "' and '" + Texts.shown(e.id()) + "'");
            }
            boolean replay = false;
            for (int k = 0; k < distinct.size() && !replay; k++) {
                replay = samePayload(distinct.get(k), e);
            }
            if (!replay) {
                distinct.add(e);
            }
        }
        if (distinct.size() == 1) {
            return new IdResolution(id, Optional.of(distinct.get(0)), new TreeSet<>(), List.of());
        }
        distinct.sort(COPY_ORDER);
        Event kept = null;
        if (policy != ConflictPolicy.REJECT) {
            boolean first = policy == ConflictPolicy.FIRST_WINS;
            Event winner = first ? distinct.get(0) : distinct.get(distinct.size() - 1);
            Event runnerUp = first ? distinct.get(1) : distinct.get(distinct.size() - 2);
            // Copies at the same time have no first or last: they are rejected like under REJECT.
            kept = winner.time().equals(runnerUp.time()) ? null : winner;
        }
        String payloads = distinct.stream().map(EventOrder::payload).collect(java.util.stream.Collectors.joining(" / "));
        StringBuilder detail = new StringBuilder("event id '").append(Texts.shown(id)).append("' has ")
                .append(distinct.size()).append(" different payloads: ").append(payloads);
        detail.append("; policy ").append(policy).append(": ");
        if (kept != null) {
            detail.append("scored ").append(payload(kept));
        } else {
            detail.append(policy == ConflictPolicy.REJECT ? "" : "the copies share the deciding time, so ")
                    .append("none is scored and the subjects named are not scored");
        }
        StringBuilder detailZh = new StringBuilder("活动编号「").append(Texts.shown(id)).append("」有 ")
                .append(distinct.size()).append(" 种不同内容：").append(payloads);
        detailZh.append("；策略 ").append(policy).append("：");
        if (kept != null) {
            detailZh.append("计分的是 ").append(payload(kept));
        } else {
            detailZh.append(policy == ConflictPolicy.REJECT ? "" : "各副本的决定时间相同，因此")
                    .append("都不计分，所涉对象不予计分");
        }
        SortedSet<String> subjects = new TreeSet<>();
        distinct.forEach(e -> subjects.add(e.subjectId()));
        List<ScoringProblem> problems = new ArrayList<>(subjects.size());
        ScoringProblem.Kind kind = kept != null ? ScoringProblem.Kind.CONFLICT_RESOLVED
                : ScoringProblem.Kind.CONFLICTING_EVENT_ID;
        for (String subject : subjects) {
            problems.add(new ScoringProblem(kind, subject, id, detail.toString(), detailZh.toString()));
        }
        return new IdResolution(id, Optional.ofNullable(kept), kept != null ? new TreeSet<>() : subjects, problems);
    }

    /**
     * A copy as quoted in a problem detail; the quantity without trailing zeros, the way equal payloads
     * compare it, so that {@code 5.0} and {@code 5} read alike (and Spark's decimal column, which pads
     * every value to its scale, gives the same text).
     */
    private static String payload(Event e) {
        BigDecimal q = e.quantity().stripTrailingZeros();
        // Hostile exponents stay in scientific notation: a plain text would be as long as the exponent.
        String number = Math.abs(q.scale()) > 100 ? q.toString() : (q.scale() < 0 ? q.setScale(0) : q).toPlainString();
        String text = "{type=" + e.type() + ", subject=" + e.subjectId() + ", time=" + e.time() + ", quantity="
                + Texts.shown(number)
                + e.areaId().map(a -> ", area=" + a).orElse("")
                + (e.attributes().isEmpty() ? "" : ", attributes=" + new TreeMap<>(e.attributes())) + "}";
        return text.length() <= MAX_PAYLOAD_CHARS ? text : text.substring(0, MAX_PAYLOAD_CHARS) + "…}";
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
