package org.jiceng.cases.anticipate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.jiceng.cases.anticipate.Evidence;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.cases.anticipate.Series;
import org.jiceng.cases.anticipate.Signal;
import org.jiceng.cases.anticipate.SignalCube;

/** Turns a weekly test into findings, one per run of consecutive weeks in which it holds. Not API. */
final class Episodes {

    /** What a test found in one week. */
    record Hit(List<String> gridIds, Evidence evidence, String reason) {
    }

    private Episodes() {
    }

    static void scan(SignalCube cube, String detector, String situation, IntFunction<Hit> test, List<Finding> out) {
        Hit first = null;
        int firstWeek = -1;
        for (int w = 0; w <= cube.weeks(); w++) {
            Hit hit = w < cube.weeks() ? test.apply(w) : null;
            if (hit != null && first == null) {
                first = hit;
                firstWeek = w;
            } else if (hit == null && first != null) {
                out.add(Finding.of(detector, situation, first.gridIds(), cube.weekStart(firstWeek),
                        cube.weekStart(w - 1), first.evidence(), first.reason()));
                first = null;
            }
        }
    }

    /** The evidence of a window {@code [from, to)} over some series (null entries have no signals). */
    static Evidence evidence(List<Series> series, int from, int to, double expected, double probability,
            double threshold) {
        int start = Math.max(0, from);
        List<Integer> weekly = new ArrayList<>(to - start);
        int observed = 0;
        for (int w = start; w < to; w++) {
            int c = 0;
            for (Series s : series) {
                c += s == null ? 0 : s.count(w);
            }
            weekly.add(c);
            observed += c;
        }
        TreeSet<String> cases = new TreeSet<>();
        TreeSet<String> visits = new TreeSet<>();
        for (Series s : series) {
            if (s != null) {
                for (Signal signal : s.signals(start, to)) {
                    (signal.source() == Signal.Source.CASE ? cases : visits).add(signal.id());
                }
            }
        }
        return new Evidence(observed, expected, probability, threshold, weekly, List.copyOf(cases),
                List.copyOf(visits));
    }

    /** Formats a number for a reason line, independent of the default locale. */
    static String num(double value) {
        if (value != 0 && (Math.abs(value) < 0.01 || Math.abs(value) >= 1e6)) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
