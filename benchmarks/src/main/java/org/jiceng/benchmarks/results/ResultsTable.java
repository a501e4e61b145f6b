package org.jiceng.benchmarks.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Renders the rows of one {@link ResultGroup} as a Markdown table with a caption naming the sources. */
public final class ResultsTable {

    private ResultsTable() {
    }

    /**
     * @param group the table
     * @param rows the rows it shows, in order
     * @param machines the machine of every source file, where its sidecar was found
     * @param documentDir the directory of the document, so that sources are linked relative to it
     * @return the table's Markdown lines (header, rows, a blank line and the caption); in sample-time
     *     mode the score is the mean and a column gives the median
     */
    public static List<String> render(ResultGroup group, List<JmhResult> rows, Map<Path, Optional<Machine>> machines,
            Path documentDir) {
        List<String> out = new ArrayList<>();
        boolean ratios = group.peer().isPresent();
        boolean medians = rows.stream().anyMatch(r -> r.median().isPresent());
        StringBuilder head = new StringBuilder("| Benchmark | Params | Score | ± error (99.9%) |")
                .append(medians ? " Median |" : "").append(" Units |").append(ratios ? " vs " + group.peer().get() + " |" : "");
        StringBuilder rule = new StringBuilder("|---|---|---:|---:|").append(medians ? "---:|" : "").append("---|")
                .append(ratios ? "---:|" : "");
        for (String metric : group.secondary()) {
            head.append(' ').append(metric).append(secondaryUnit(metric, rows)).append(" |");
            rule.append("---:|");
        }
        out.add(head.toString());
        out.add(rule.toString());
        for (JmhResult r : rows) {
            StringBuilder line = new StringBuilder("| `").append(r.shortName()).append("` | ")
                    .append(r.paramsText()).append(" | ").append(number(r.score())).append(" | ")
                    .append(r.error().isPresent() ? number(r.error().getAsDouble()) : noError(r))
                    .append(" | ");
            if (medians) {
                line.append(r.median().isPresent() ? number(r.median().getAsDouble()) : "").append(" | ");
            }
            line.append(r.unit()).append(" |");
            if (ratios) {
                line.append(' ').append(ratioCell(group, r, rows)).append(" |");
            }
            for (String metric : group.secondary()) {
                JmhResult.Metric m = r.secondary().get(metric);
                line.append(' ').append(m == null ? "—" : number(m.score())
                        + (m.error().isPresent() ? " ± " + number(m.error().getAsDouble()) : "")).append(" |");
            }
            out.add(line.toString());
        }
        out.add("");
        Map<Path, Integer> sources = new LinkedHashMap<>();
        rows.forEach(r -> sources.merge(r.source(), 1, Integer::sum));
        for (Map.Entry<Path, Integer> s : sources.entrySet()) {
            Optional<Machine> machine = machines.getOrDefault(s.getKey(), Optional.empty());
            out.add("<sub>Rendered by `benchmarks/run render` from `" + link(documentDir, s.getKey()) + "` ("
                    + s.getValue() + (s.getValue() == 1 ? " row" : " rows") + "): "
                    + machine.map(Machine::describe).orElse("no machine sidecar")
                    + (ratios ? "; ratios are speed against the peer in the same run (above 1: faster)" : "")
                    + ".</sub>");
        }
        return out;
    }

    /** Why a row has no error: JMH computes none from fewer than three measured iterations. */
    static String noError(JmhResult r) {
        return r.iterations() <= 1 ? "n/a (one iteration)" : "n/a (" + r.iterations() + " iterations)";
    }

    /** The unit of a secondary metric in brackets, when the rows agree on one. */
    private static String secondaryUnit(String metric, List<JmhResult> rows) {
        List<String> units = rows.stream().map(r -> r.secondary().get(metric)).filter(java.util.Objects::nonNull)
                .map(JmhResult.Metric::unit).distinct().toList();
        return units.size() == 1 ? " (" + units.get(0) + ")" : "";
    }

    private static String ratioCell(ResultGroup group, JmhResult r, List<JmhResult> rows) {
        if (group.isPeer(r)) {
            return "peer";
        }
        return RatioAgreement.peerOf(group, r, rows).map(p -> ratio(r, p)).orElse("—");
    }

    /**
     * @param r a result
     * @param peer its peer, in the same mode and unit
     * @return how many times faster {@code r} is than the peer, e.g. {@code 2.31×}
     */
    static String ratio(JmhResult r, JmhResult peer) {
        double x = r.higherIsBetter() ? r.score() / peer.score() : peer.score() / r.score();
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return "—";
        }
        return String.format(Locale.ROOT, x >= 100 ? "%,.0f×" : x >= 10 ? "%.1f×" : "%.2f×", x);
    }

    /** Three significant figures at most, thousands grouped, never in scientific notation. */
    static String number(double x) {
        double a = Math.abs(x);
        if (a >= 100 || a == 0) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", x);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", x);
        }
        int decimals = Math.min(12, 2 - (int) Math.floor(Math.log10(a)));
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    private static String link(Path documentDir, Path source) {
        Path abs = source.toAbsolutePath().normalize();
        Path dir = documentDir.toAbsolutePath().normalize();
        String shown = abs.startsWith(dir) ? dir.relativize(abs).toString() : abs.getFileName().toString();
        return shown.replace('\\', '/');
    }
}
