package org.jiceng.benchmarks.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether two runs (typically quick mode and full mode) agree on the ratios of a table: for every
 * row of the table that has its peer at the same parameters in both runs, the ratio's interval from
 * JMH's 99.9% error bounds of the row and of its peer, in each run; the runs agree on a ratio when the
 * two intervals overlap. JMH gives no error for fewer than three measured iterations (quick mode
 * measures two): then the ratio of that run must lie inside the other run's interval.
 *
 * <p>For throughput the ratio is {@code score / peer} and its interval
 * {@code [(s - e) / (p + e_p), (s + e) / (p - e_p)]} (unbounded above when the peer's interval
 * reaches 0); for time per operation it is {@code peer / score}, bounded the same way. When
 * neither run has an interval the verdict says so rather than guessing.
 */
public final class RatioAgreement {

    private RatioAgreement() {
    }

    /** The verdict on one ratio. */
    public enum Verdict {
        /** The intervals of the two runs overlap. */
        AGREE,
        /** One run has no interval, and its ratio lies inside the other run's interval. */
        WITHIN_OTHER,
        /** They do not: the runs disagree beyond their noise. */
        DISAGREE,
        /** Neither run gives an interval (too few iterations, or no error). */
        NO_BOUNDS
    }

    /**
     * A ratio as one run measured it.
     *
     * @param value the ratio of the scores (above 1: faster than the peer)
     * @param low the lower end of its interval, or NaN without bounds
     * @param high the upper end, possibly infinite, or NaN without bounds
     */
    public record Ratio(double value, double low, double high) {
        /** @return whether the interval is known */
        public boolean bounded() {
            return !Double.isNaN(low) && !Double.isNaN(high);
        }

        /** @return e.g. {@code 3.24× [2.51, 4.20]} */
        public String text() {
            String v = String.format(Locale.ROOT, "%.2f×", value);
            if (!bounded()) {
                return v + " (no error bounds)";
            }
            return v + " [" + String.format(Locale.ROOT, "%.2f", low) + ", "
                    + (Double.isInfinite(high) ? "∞" : String.format(Locale.ROOT, "%.2f", high)) + "]";
        }
    }

    /**
     * One compared ratio.
     *
     * @param table the table (marker name)
     * @param row the row in the first run
     * @param first its ratio to the peer in the first run
     * @param second its ratio in the second run
     * @param verdict whether they agree
     */
    public record Comparison(String table, JmhResult row, Ratio first, Ratio second, Verdict verdict) {
        /** Checks the fields. */
        public Comparison {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /**
     * @param r a row
     * @param peer its peer in the same run (same mode and unit)
     * @return the ratio of {@code r} to the peer as a speed, with its interval
     */
    public static Ratio ratio(JmhResult r, JmhResult peer) {
        double num = r.higherIsBetter() ? r.score() : peer.score();
        double den = r.higherIsBetter() ? peer.score() : r.score();
        Optional<double[]> numBounds = r.higherIsBetter() ? r.bounds() : peer.bounds();
        Optional<double[]> denBounds = r.higherIsBetter() ? peer.bounds() : r.bounds();
        double value = num / den;
        if (numBounds.isEmpty() || denBounds.isEmpty()) {
            return new Ratio(value, Double.NaN, Double.NaN);
        }
        double low = Math.max(0, numBounds.get()[0]) / denBounds.get()[1];
        double high = denBounds.get()[0] <= 0 ? Double.POSITIVE_INFINITY : numBounds.get()[1] / denBounds.get()[0];
        return new Ratio(value, low, high);
    }

    /**
     * @param a a ratio of one run
     * @param b the same ratio of another
     * @return whether their intervals overlap
     */
    public static Verdict compare(Ratio a, Ratio b) {
        if (!a.bounded() && !b.bounded()) {
            return Verdict.NO_BOUNDS;
        }
        if (!a.bounded() || !b.bounded()) {
            Ratio point = a.bounded() ? b : a;
            Ratio interval = a.bounded() ? a : b;
            return point.value() >= interval.low() && point.value() <= interval.high() ? Verdict.WITHIN_OTHER
                    : Verdict.DISAGREE;
        }
        return a.low() <= b.high() && b.low() <= a.high() ? Verdict.AGREE : Verdict.DISAGREE;
    }

    /**
     * @param groups the tables with a peer
     * @param first the rows of the first run
     * @param second the rows of the second run
     * @return every ratio that both runs measured, table by table, in the first run's order
     */
    public static List<Comparison> compare(List<ResultGroup> groups, List<JmhResult> first, List<JmhResult> second) {
        Map<String, JmhResult> secondByKey = second.stream()
                .collect(Collectors.toMap(JmhResult::key, Function.identity(), (x, y) -> y));
        List<Comparison> out = new ArrayList<>();
        for (ResultGroup g : groups) {
            if (g.peer().isEmpty()) {
                continue;
            }
            for (JmhResult r : first) {
                if (!g.shows(r) || g.isPeer(r)) {
                    continue;
                }
                Optional<JmhResult> peer1 = peerOf(g, r, first);
                JmhResult r2 = secondByKey.get(r.key());
                Optional<JmhResult> peer2 = r2 == null ? Optional.empty() : peerOf(g, r2, second);
                if (peer1.isEmpty() || peer2.isEmpty()) {
                    continue;
                }
                Ratio a = ratio(r, peer1.get());
                Ratio b = ratio(r2, peer2.get());
                out.add(new Comparison(g.name(), r, a, b, compare(a, b)));
            }
        }
        return out;
    }

    /** The peer of a row in the same run (see {@link ResultGroup#isPeerOf}). */
    static Optional<JmhResult> peerOf(ResultGroup group, JmhResult r, List<JmhResult> run) {
        return run.stream().filter(group::isPeer).filter(p -> group.isPeerOf(r, p)).findFirst();
    }
}
