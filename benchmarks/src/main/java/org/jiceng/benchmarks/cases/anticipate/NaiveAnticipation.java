package org.jiceng.benchmarks.cases.anticipate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jiceng.cases.anticipate.Evidence;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.cases.anticipate.Signal;
import org.jiceng.cases.anticipate.internal.Tails;

/**
 * The peer of the anticipation benchmark: the built-in pack's recurring, emerging and cluster detectors
 * written the obvious way, without the binned cube. (The pack's fourth, seasonal, looks a year back; on
 * the one-year benchmark it raises nothing, so the peer leaves it out and the SDK does that work too.) For every grid it rescans all signals to collect those of the grid and its
 * neighbours; for every situation and week it recounts windows and histories by scanning those lists.
 * It uses the SDK's tail functions (so that both sides agree to the last digit) and the built-in pack's
 * parameters as constants; its findings equal the SDK's except for the reason text
 * ({@code NaiveAgreementTest}).
 */
public final class NaiveAnticipation {

    private final LocalDate firstMonday;
    private final int weeks;
    private final List<String> grids;
    private final List<String> situations;
    private final Map<String, Set<String>> neighbours;
    private final double threshold;

    /**
     * @param from first day of the period
     * @param to last day, excluded
     * @param grids declared grids
     * @param situations declared situations
     * @param neighbours the neighbour relation, already symmetric
     * @param alpha the family-wise error rate
     */
    public NaiveAnticipation(LocalDate from, LocalDate to, List<String> grids, List<String> situations,
            Map<String, Set<String>> neighbours, double alpha) {
        this.firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.weeks = (int) ((to.minusDays(1).toEpochDay() - firstMonday.toEpochDay()) / 7) + 1;
        this.grids = grids;
        this.situations = situations;
        this.neighbours = neighbours;
        this.threshold = alpha / (grids.size() * situations.size());
    }

    private int week(Signal s) {
        return (int) ((s.date().toEpochDay() - firstMonday.toEpochDay()) / 7);
    }

    /** Signals of one situation in {@code [from, to)} weeks, scanning the list. */
    private int count(List<Signal> list, String situation, int from, int to) {
        int n = 0;
        for (Signal s : list) {
            int w = week(s);
            if (s.situation().equals(situation) && w >= from && w < to) {
                n++;
            }
        }
        return n;
    }

    private int active(List<Signal> list, String situation, int from, int to) {
        boolean[] seen = new boolean[weeks];
        int n = 0;
        for (Signal s : list) {
            int w = week(s);
            if (s.situation().equals(situation) && w >= from && w < to && !seen[w]) {
                seen[w] = true;
                n++;
            }
        }
        return n;
    }

    /**
     * @param signals all signals
     * @return the findings of recurring, emerging and cluster with the built-in parameters
     */
    public List<Finding> detect(List<Signal> signals) {
        List<Finding> out = new ArrayList<>();
        for (String grid : grids) {
            List<Signal> own = new ArrayList<>();
            List<List<Signal>> around = new ArrayList<>();
            List<String> aroundIds = new ArrayList<>(new TreeSet<>(neighbours.getOrDefault(grid, Set.of())));
            aroundIds.forEach(n -> around.add(new ArrayList<>()));
            for (Signal s : signals) {
                if (s.gridId().equals(grid)) {
                    own.add(s);
                }
                int i = aroundIds.indexOf(s.gridId());
                if (i >= 0) {
                    around.get(i).add(s);
                }
            }
            for (String situation : situations) {
                if (count(own, situation, 0, weeks) == 0) {
                    continue;
                }
                scan("recurring", situation, w -> recurring(grid, own, situation, w), out);
                scan("emerging", situation, w -> emerging(grid, own, situation, w), out);
                scan("cluster", situation, w -> cluster(grid, own, aroundIds, around, situation, w), out);
            }
        }
        out.sort(Finding.ORDER);
        return out;
    }

    private record Hit(List<String> grids, Evidence evidence) {
    }

    private void scan(String detector, String situation, java.util.function.IntFunction<Hit> test, List<Finding> out) {
        Hit first = null;
        int start = -1;
        for (int w = 0; w <= weeks; w++) {
            Hit hit = w < weeks ? test.apply(w) : null;
            if (hit != null && first == null) {
                first = hit;
                start = w;
            } else if (hit == null && first != null) {
                out.add(Finding.of(detector, situation, first.grids(), firstMonday.plusWeeks(start),
                        firstMonday.plusWeeks(w - 1), first.evidence(), "naive"));
                first = null;
            }
        }
    }

    private static int historyStart(int windowStart, int history, int minHistory) {
        int from = Math.max(0, windowStart - history);
        return windowStart - from < minHistory ? -1 : from;
    }

    private Hit recurring(String grid, List<Signal> own, String situation, int w) {
        int from = w - 9;
        int a = active(own, situation, from, w + 1);
        int c = count(own, situation, from, w + 1);
        int hs = historyStart(from, 26, 8);
        if (a < 8 || c < 8 || hs < 0) {
            return null;
        }
        int h = from - hs;
        int b = active(own, situation, hs, from);
        double p = Tails.hypergeometricUpper(10 + h, a + b, 10, a);
        if (p > threshold) {
            return null;
        }
        double expected = (double) count(own, situation, hs, from) * 10 / h;
        return new Hit(List.of(grid), evidence(List.of(own), situation, from, w + 1, expected, p));
    }

    private Hit emerging(String grid, List<Signal> own, String situation, int w) {
        int x = count(own, situation, w, w + 1);
        int hs = historyStart(w, 12, 8);
        if (x < 4 || hs < 0) {
            return null;
        }
        int h = w - hs;
        int before = count(own, situation, hs, w);
        double p = Tails.binomialUpper(x + before, 1.0 / (1 + h), x);
        if (p > threshold) {
            return null;
        }
        return new Hit(List.of(grid), evidence(List.of(own), situation, w, w + 1, (double) before / h, p));
    }

    private Hit cluster(String grid, List<Signal> own, List<String> aroundIds, List<List<Signal>> around,
            String situation, int w) {
        int from = w - 1;
        int x = count(own, situation, from, w + 1);
        int hs = historyStart(from, 12, 8);
        if (x == 0 || hs < 0) {
            return null;
        }
        double q = 2.0 / (2 + from - hs);
        int xb = count(own, situation, hs, from);
        if (Tails.binomialUpper(x + xb, q, x) > 0.05) {
            return null;
        }
        List<String> members = new ArrayList<>(List.of(grid));
        List<List<Signal>> memberSignals = new ArrayList<>(List.of(own));
        int total = x;
        int before = xb;
        int withSignals = 0;
        for (int i = 0; i < aroundIds.size(); i++) {
            List<Signal> n = around.get(i);
            if (count(n, situation, 0, weeks) > 0) {
                withSignals++;
            }
            int c = count(n, situation, from, w + 1);
            if (c == 0) {
                continue;
            }
            int b = count(n, situation, hs, from);
            if (Tails.binomialUpper(c + b, q, c) > 0.05) {
                continue;
            }
            if (c > x || (c == x && aroundIds.get(i).compareTo(grid) < 0)) {
                return null;
            }
            members.add(aroundIds.get(i));
            memberSignals.add(n);
            total += c;
            before += b;
        }
        if (withSignals < 2 || members.size() < 3 || total < 6) {
            return null;
        }
        double p = Tails.binomialUpper(total + before, q, total);
        if (p > threshold) {
            return null;
        }
        double expected = (double) before * 2 / (from - hs);
        return new Hit(members, evidence(memberSignals, situation, from, w + 1, expected, p));
    }

    private Evidence evidence(List<List<Signal>> lists, String situation, int from, int to, double expected,
            double p) {
        int start = Math.max(0, from);
        List<Integer> weekly = new ArrayList<>();
        int observed = 0;
        for (int w = start; w < to; w++) {
            int c = 0;
            for (List<Signal> l : lists) {
                c += count(l, situation, w, w + 1);
            }
            weekly.add(c);
            observed += c;
        }
        TreeSet<String> cases = new TreeSet<>();
        TreeSet<String> visits = new TreeSet<>();
        for (List<Signal> l : lists) {
            for (Signal s : l) {
                int w = week(s);
                if (s.situation().equals(situation) && w >= start && w < to) {
                    (s.source() == Signal.Source.CASE ? cases : visits).add(s.id());
                }
            }
        }
        return new Evidence(observed, expected, p, threshold, weekly, List.copyOf(cases), List.copyOf(visits));
    }
}
