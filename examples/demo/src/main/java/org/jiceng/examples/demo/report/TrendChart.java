package org.jiceng.examples.demo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jiceng.examples.demo.report.ReportModel.Series;
import org.jiceng.examples.demo.report.ReportModel.Table;
import org.jiceng.examples.demo.report.ReportModel.Trend;

/** A line chart of monthly values as inline SVG, with a legend and the values in a table. */
final class TrendChart {

    /** Line colours of the trend chart (Tableau 10), one per series in turn. */
    static final List<String> SERIES_COLOURS = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#636363");

    private TrendChart() {
    }

    /**
     * Writes the chart, its legend and its data table.
     *
     * @param x the writer, inside the trend section
     * @param t the trend
     */
    static void write(Xml x, Trend t) {
        int w = 760;
        int h = 300;
        int left = 44;
        int right = 12;
        int top = 12;
        int bottom = 34;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Series s : t.series()) {
            for (Optional<Double> v : s.values()) {
                if (v.isPresent()) {
                    min = Math.min(min, v.get());
                    max = Math.max(max, v.get());
                }
            }
        }
        if (min > max) {
            min = 0;
            max = 100;
        }
        double lo = Math.max(0, Math.floor(min / 5) * 5);
        double hi = Math.min(100, Math.ceil(max / 5) * 5);
        if (hi <= lo) {
            hi = lo + 5;
        }
        int n = t.months().size();
        double plotW = w - left - right;
        double plotH = h - top - bottom;
        double yLo = lo;
        double ySpan = hi - lo;
        java.util.function.IntFunction<Double> xAt = i -> left + (n <= 1 ? plotW / 2 : plotW * i / (n - 1));
        java.util.function.DoubleUnaryOperator yAt = v -> top + plotH * (1 - (v - yLo) / ySpan);
        x.open("figure").attr("id", t.id()).attr("class", "trend-chart").attr("data-series", t.series().size());
        x.open("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("class", "chart").attr("role", "img")
                .attr("aria-labelledby", t.id() + "-title " + t.id() + "-desc").attr("viewBox", "0 0 " + w + " " + h);
        x.open("title").attr("id", t.id() + "-title").text(t.title()).close();
        x.open("desc").attr("id", t.id() + "-desc").text("Line chart, one line per subdistrict, " + t.months().get(0)
                + " to " + t.months().get(n - 1) + "; the table below has the values.").close();
        double step = ySpan > 30 ? 10 : 5;
        for (double v = lo; v <= hi + 1e-9; v += step) {
            x.open("line").attr("x1", left).attr("x2", w - right).attr("y1", HtmlReport.fmt(yAt.applyAsDouble(v)))
                    .attr("y2", HtmlReport.fmt(yAt.applyAsDouble(v))).attr("stroke", "#ddd").close();
            x.open("text").attr("x", left - 6).attr("y", HtmlReport.fmt(yAt.applyAsDouble(v) + 4)).attr("text-anchor", "end")
                    .text(fmt0(v)).close();
        }
        for (int i = 0; i < n; i++) {
            x.open("text").attr("x", HtmlReport.fmt(xAt.apply(i))).attr("y", h - bottom + 18).attr("text-anchor", "middle")
                    .text(t.months().get(i).substring(5)).close();
        }
        for (int s = 0; s < t.series().size(); s++) {
            Series series = t.series().get(s);
            String colour = SERIES_COLOURS.get(s % SERIES_COLOURS.size());
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < n; i++) {
                Optional<Double> v = series.values().get(i);
                if (v.isPresent()) {
                    pts.append(pts.length() == 0 ? "" : " ").append(HtmlReport.fmt(xAt.apply(i))).append(',')
                            .append(HtmlReport.fmt(yAt.applyAsDouble(v.get())));
                }
            }
            x.open("g").attr("class", "series").attr("data-series", series.name());
            if (pts.length() > 0) {
                x.open("polyline").attr("points", pts).attr("fill", "none").attr("stroke", colour)
                        .attr("stroke-width", 2.2).close();
            }
            for (int i = 0; i < n; i++) {
                Optional<Double> v = series.values().get(i);
                if (v.isPresent()) {
                    x.open("circle").attr("class", "point").attr("cx", HtmlReport.fmt(xAt.apply(i)))
                            .attr("cy", HtmlReport.fmt(yAt.applyAsDouble(v.get()))).attr("r", 3).attr("fill", colour)
                            .attr("data-month", t.months().get(i)).attr("data-value", HtmlReport.fmt(v.get()));
                    x.element("title", series.name() + " " + t.months().get(i) + ": " + HtmlReport.fmt(v.get())).close();
                }
            }
            x.close();
        }
        x.close();
        x.open("figcaption").text(t.note()).close();
        x.close();
        x.open("ul").attr("class", "legend").attr("aria-label", "图例 Legend");
        for (int s = 0; s < t.series().size(); s++) {
            Series series = t.series().get(s);
            x.open("li");
            HtmlReport.swatch(x).open("rect").attr("y", 5).attr("width", 22).attr("height", 4)
                    .attr("fill", SERIES_COLOURS.get(s % SERIES_COLOURS.size())).close().close();
            x.text(series.name()).close();
        }
        x.close();
        List<String> headers = new ArrayList<>();
        headers.add("街道 Subdistrict");
        t.months().forEach(m -> headers.add(m.substring(5)));
        List<List<String>> rows = new ArrayList<>();
        for (Series s : t.series()) {
            List<String> row = new ArrayList<>();
            row.add(s.name());
            s.values().forEach(v -> row.add(v.map(HtmlReport::fmt).orElse("-")));
            rows.add(row);
        }
        x.open("details").open("summary").text("数据表 Data table").close();
        HtmlReport.table(x, new Table(t.id() + "-table", t.title() + " (" + t.months().get(0).substring(0, 4) + ")", headers, rows));
        x.close();
    }

    private static String fmt0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
