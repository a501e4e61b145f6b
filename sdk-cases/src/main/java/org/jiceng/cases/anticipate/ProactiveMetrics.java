package org.jiceng.cases.anticipate;

import static org.jiceng.core.model.Checks.list;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseMetrics;
import org.jiceng.cases.Rate;
import org.jiceng.cases.WhistleKind;

/**
 * How 未诉先办 did: of the proactive cases opened in a period, how many were handled before anyone
 * complained, and whether demands in their grid and situation fell afterwards.
 *
 * <p>Definitions, for a proactive case opened at {@code t} in grid {@code g} for situation {@code s},
 * with a window {@code W}; a <em>demand</em> is any case of another kind in {@code g} and {@code s}
 * (its reception time counts, whatever became of it):
 * <ul>
 *   <li><b>handled before a complaint</b>: it was resolved by {@code t + W} (as its trail stood then)
 *       and no demand was received in {@code [t, resolution]};</li>
 *   <li><b>未诉先办 rate</b> = handled before a complaint / proactive cases opened in the period;</li>
 *   <li><b>demands before</b>: received in {@code [t - W, t)}; <b>demands after</b>: in
 *       {@code [t, t + W)}; summed over the proactive cases, {@link #demandsFell()} says whether
 *       after is lower.</li>
 * </ul>
 * Proactive cases without a grid are listed with grid {@link CaseMetrics#UNKNOWN_AREA}; no demand
 * matches them.
 *
 * @param window the window {@code W}
 * @param handledBeforeComplaint the 未诉先办 rate
 * @param demandsBefore demands in the windows before, summed
 * @param demandsAfter demands in the windows after, summed
 * @param outcomes one line per proactive case, ordered by opening time then id
 */
public record ProactiveMetrics(Duration window, Rate handledBeforeComplaint, int demandsBefore, int demandsAfter,
        List<Outcome> outcomes) {

    /**
     * Copies the outcomes.
     *
     * @param window the window
     * @param handledBeforeComplaint the 未诉先办 rate
     * @param demandsBefore demands in the windows before, summed
     * @param demandsAfter demands in the windows after, summed
     * @param outcomes one line per proactive case
     */
    public ProactiveMetrics {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(handledBeforeComplaint, "handledBeforeComplaint");
        outcomes = list(outcomes, "outcomes");
    }

    /**
     * What became of one proactive case.
     *
     * @param caseId the proactive case
     * @param gridId its grid
     * @param situation its situation code
     * @param openedAt when it was opened
     * @param resolvedAt when it was resolved, if by the end of the window
     * @param handledBeforeComplaint resolved in the window with no demand before the resolution
     * @param demandsBefore demands in the window before opening
     * @param demandsAfter demands in the window from opening
     */
    public record Outcome(String caseId, String gridId, String situation, Instant openedAt,
            Optional<Instant> resolvedAt, boolean handledBeforeComplaint, int demandsBefore, int demandsAfter) {
    }

    /**
     * @param cases proactive cases and demands, any order
     * @param from start of the period proactive cases are taken from, included
     * @param to end of that period, excluded
     * @param window the window {@code W}, positive
     * @return the metrics
     */
    public static ProactiveMetrics over(Collection<Case> cases, Instant from, Instant to, Duration window) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The 未诉先办 window must be positive, was " + window);
        }
        Map<String, List<Instant>> demands = new HashMap<>();
        List<Case> proactive = new ArrayList<>();
        for (Case c : cases) {
            if (c.kind() == WhistleKind.PROACTIVE) {
                if (!c.createdAt().isBefore(from) && c.createdAt().isBefore(to)) {
                    proactive.add(c);
                }
            } else if (c.location().gridId().isPresent()) {
                demands.computeIfAbsent(key(c.location().gridId().get(), c.category()), k -> new ArrayList<>())
                        .add(c.createdAt());
            }
        }
        demands.values().forEach(Collections::sort);
        proactive.sort(Comparator.comparing(Case::createdAt).thenComparing(Case::id));
        List<Outcome> outcomes = new ArrayList<>(proactive.size());
        int handled = 0;
        int before = 0;
        int after = 0;
        for (Case p : proactive) {
            String grid = p.location().gridId().orElse(CaseMetrics.UNKNOWN_AREA);
            List<Instant> times = p.location().gridId().isPresent()
                    ? demands.getOrDefault(key(grid, p.category()), List.of()) : List.of();
            Instant t = p.createdAt();
            Optional<Instant> resolved = p.trail().resolvedAt(t.plus(window));
            int b = count(times, t.minus(window), t);
            int a = count(times, t, t.plus(window));
            boolean ok = resolved.isPresent() && count(times, t, resolved.get().plusNanos(1)) == 0;
            if (ok) {
                handled++;
            }
            before += b;
            after += a;
            outcomes.add(new Outcome(p.id(), grid, p.category(), t, resolved, ok, b, a));
        }
        return new ProactiveMetrics(window, new Rate(handled, proactive.size()), before, after, outcomes);
    }

    /** @return true when there were demands before and fewer after */
    public boolean demandsFell() {
        return demandsAfter < demandsBefore;
    }

    private static String key(String grid, String situation) {
        return grid + '\u0000' + situation;
    }

    /** Instants in {@code [from, to)} of a sorted list. */
    private static int count(List<Instant> sorted, Instant from, Instant to) {
        return lowerBound(sorted, to) - lowerBound(sorted, from);
    }

    private static int lowerBound(List<Instant> sorted, Instant value) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).isBefore(value)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
