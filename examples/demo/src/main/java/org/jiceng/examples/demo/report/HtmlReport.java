package org.jiceng.examples.demo.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiceng.examples.demo.generate.Box;
import org.jiceng.examples.demo.report.ReportModel.Histogram;
import org.jiceng.examples.demo.report.ReportModel.KeyNumber;
import org.jiceng.examples.demo.report.ReportModel.Line;
import org.jiceng.examples.demo.report.ReportModel.MapView;
import org.jiceng.examples.demo.report.ReportModel.Problem;
import org.jiceng.examples.demo.report.ReportModel.Shape;
import org.jiceng.examples.demo.report.ReportModel.Table;

/**
 * Lays out a {@link ReportModel} as one self-contained XHTML page: inline CSS, inline SVG, no scripts,
 * no external resources. Sections have stable ids ({@code key-numbers}, {@code pipeline}, {@code map},
 * {@code scores}, {@code cases}, {@code problems}, {@code plugins}, {@code outputs}) and numbers carry
 * {@code data-*} attributes, so a test or a script can read the report back.
 */
public final class HtmlReport {

    /** Section ids in the order they appear ({@code rivers} only when rivers were segmented). */
    public static final List<String> SECTIONS =
            List.of("key-numbers", "pipeline", "map", "rivers", "scores", "cases", "anticipation", "problems", "plugins",
                    "outputs");

    private static final int MAP_WIDTH = 860;
    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f6f4f0;color:#222}
            header{background:#b71c1c;color:#fff;padding:18px 32px}header h1{margin:0;font-size:26px}header p{margin:4px 0 0;opacity:.9}
            main{max-width:1100px;margin:0 auto;padding:8px 24px 48px}section{background:#fff;border-radius:8px;padding:12px 20px;margin:16px 0;box-shadow:0 1px 3px rgba(0,0,0,.12)}
            h2{color:#b71c1c;border-bottom:2px solid #f0d0d0;padding-bottom:4px}
            .numbers{display:flex;flex-wrap:wrap;gap:10px}.number{background:#fbeaea;border-radius:6px;padding:8px 12px;min-width:140px}
            .number .value{font-size:22px;font-weight:bold;color:#7f0000;display:block}.number .label{font-size:13px;color:#555}
            table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e5e5e5;padding:4px 8px;text-align:left}
            th{background:#faf6f6}td.num{text-align:right;font-variant-numeric:tabular-nums}
            .DONE{color:#1b5e20;font-weight:bold}.SKIPPED{color:#9e6a00;font-weight:bold}.skipped{color:#9e6a00;font-style:italic}
            .error{color:#b71c1c}.warning{color:#9e6a00}.note{color:#555;font-size:13px}
            svg text{font-size:11px;fill:#333}.hists{display:flex;flex-wrap:wrap;gap:16px}
            """;

    private HtmlReport() {
    }

    /**
     * @param model the computed report
     * @return the XHTML document
     */
    public static String render(ReportModel model) {
        Xml x = new Xml("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
        x.open("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", "zh-CN");
        x.open("head").open("meta").attr("charset", "UTF-8").close();
        x.element("title", model.title());
        x.open("style").raw(CSS + AnticipationSection.css()).close().close();
        x.open("body");
        x.open("header").element("h1", model.title()).element("p", model.subtitle()).close();
        x.open("main");
        keyNumbers(x, model.keyNumbers());
        steps(x, model.steps());
        map(x, model.map(), model.anticipation().map(AnticipationSection.View::outlines).orElse(Map.of()));
        model.rivers().ifPresent(t -> {
            section(x, "rivers", "河长制 River sections and patrols");
            table(x, t);
            x.close();
        });
        histograms(x, model.histograms(), model.scoreSummary());
        section(x, "cases", "案件指标 Case metrics");
        model.caseMetrics().ifPresent(t -> table(x, t));
        note(x, model.caseMetricsNote(), model.caseMetrics().isEmpty());
        x.close();
        if (model.anticipation().isPresent()) {
            AnticipationSection.render(x, model.anticipation().get());
        } else {
            section(x, "anticipation", "未诉先办 Anticipated demands");
            note(x, "Not run: anticipation needs the partition's grids and the cases (see the pipeline).", true);
            x.close();
        }
        problems(x, model.problems(), model.problemsNote());
        section(x, "plugins", "插件 Plugins discovered through ServiceLoader");
        table(x, model.plugins());
        x.close();
        section(x, "outputs", "输出文件 Output files");
        x.open("ul");
        for (String file : model.outputs()) {
            x.open("li").attr("class", "output").element("code", file).close();
        }
        x.close().close();
        x.close().close().close();
        return x.finish();
    }

    static void section(Xml x, String id, String title) {
        x.open("section").attr("id", id).element("h2", title);
    }

    static void note(Xml x, String note, boolean skipped) {
        if (!note.isBlank()) {
            x.open("p").attr("class", skipped ? "skipped" : "note").text(note).close();
        }
    }

    private static void keyNumbers(Xml x, List<KeyNumber> numbers) {
        section(x, "key-numbers", "关键数字 Key numbers");
        x.open("div").attr("class", "numbers");
        for (KeyNumber n : numbers) {
            x.open("div").attr("class", "number").attr("data-key", n.key()).attr("data-value", n.value());
            x.open("span").attr("class", "value").text(n.value()).close();
            x.open("span").attr("class", "label").text(n.label()).close();
            x.close();
        }
        x.close().close();
    }

    private static void steps(Xml x, List<StepOutcome> steps) {
        section(x, "pipeline", "流程 Pipeline");
        x.open("table").open("tr").element("th", "步骤 Step").element("th", "状态 Status").element("th", "结果 Result")
                .close();
        for (StepOutcome s : steps) {
            x.open("tr").attr("class", "step").attr("data-step", s.step()).attr("data-status", s.status().name());
            x.element("td", s.step());
            x.open("td").attr("class", s.status().name()).text(s.status().name()).close();
            x.element("td", s.detail());
            x.close();
        }
        x.close().close();
    }

    private static void map(Xml x, MapView map, Map<String, String> outlines) {
        section(x, "map", "党建地图 Party-building map");
        Box b = map.bounds();
        double midLat = Math.toRadians((b.minLat() + b.maxLat()) / 2);
        double kx = Math.cos(midLat);
        double scale = MAP_WIDTH / (b.width() * kx);
        int height = (int) Math.ceil(b.height() * scale);
        Projection p = new Projection(b, kx, scale);
        x.open("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("id", "map-svg")
                .attr("width", MAP_WIDTH).attr("height", height + 24)
                .attr("viewBox", "0 0 " + MAP_WIDTH + " " + (height + 24));
        x.open("rect").attr("width", MAP_WIDTH).attr("height", height).attr("fill", "#eef3f7").close();
        x.open("g").attr("id", "communities");
        for (Shape s : map.communities()) {
            shape(x, s, p, "community", "#f7f7f2", "#9e9e9e");
        }
        x.close();
        x.open("g").attr("id", "grids");
        for (Shape s : map.grids()) {
            shape(x, s, p, "grid", s.fill(), "#ffffff");
        }
        x.close();
        x.open("g").attr("id", "finding-outlines");
        for (Shape s : AnticipationSection.outlined(map.grids(), outlines)) {
            shape(x, s, p, "finding-outline", "none", outlines.get(s.id()));
        }
        x.close();
        x.open("g").attr("id", "rivers");
        for (Line l : map.rivers()) {
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < l.lons().length; i++) {
                pts.append(i == 0 ? "" : " ").append(p.x(l.lons()[i])).append(',').append(p.y(l.lats()[i]));
            }
            x.open("polyline").attr("class", "river").attr("data-id", l.id()).attr("points", pts)
                    .attr("fill", "none").attr("stroke", l.stroke()).attr("stroke-width", 2.2);
            x.element("title", l.label()).close();
        }
        x.close();
        x.open("g").attr("id", "legend");
        int lx = 8;
        for (ReportModel.LegendEntry e : map.legend()) {
            x.open("rect").attr("class", "legend-swatch").attr("x", lx).attr("y", height + 6).attr("width", 14)
                    .attr("height", 12).attr("fill", e.colour()).attr("data-count", e.count()).close();
            String label = e.label() + " (" + e.count() + ")";
            x.open("text").attr("x", lx + 18).attr("y", height + 16).text(label).close();
            lx += 30 + label.length() * 8;
        }
        x.close();
        x.close();
        note(x, map.note(), map.grids().isEmpty());
        x.close();
    }

    private static void shape(Xml x, Shape s, Projection p, String cls, String fill, String stroke) {
        StringBuilder d = new StringBuilder();
        for (double[] ring : s.rings()) {
            for (int i = 0; i < ring.length; i += 2) {
                d.append(i == 0 ? "M" : "L").append(p.x(ring[i])).append(',').append(p.y(ring[i + 1]));
            }
            d.append('Z');
        }
        x.open("path").attr("class", cls).attr("data-id", s.id());
        x.attr("d", d).attr("fill", fill).attr("fill-rule", "evenodd").attr("stroke", stroke).attr("stroke-width", 0.6);
        if (!s.grade().isEmpty()) {
            x.attr("data-grade", s.grade());
        }
        x.element("title", s.label()).close();
    }

    private static void histograms(Xml x, List<Histogram> histograms, java.util.Optional<Table> summary) {
        section(x, "scores", "积分分布 Score distributions");
        summary.ifPresent(t -> table(x, t));
        if (histograms.isEmpty()) {
            x.open("p").attr("class", "skipped").text("No scores: the scoring step did not run (see the pipeline).")
                    .close();
        }
        x.open("div").attr("class", "hists");
        for (Histogram h : histograms) {
            histogram(x, h);
        }
        x.close().close();
    }

    private static void histogram(Xml x, Histogram h) {
        int w = 520;
        int plotH = 160;
        int n = Math.max(1, h.counts().size());
        int max = Math.max(1, h.counts().stream().mapToInt(Integer::intValue).max().orElse(1));
        double bw = (w - 60.0) / n;
        x.open("figure").attr("id", h.id()).attr("class", "histogram").attr("data-total", h.total());
        x.open("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("width", w).attr("height", plotH + 40)
                .attr("viewBox", "0 0 " + w + " " + (plotH + 40));
        for (int i = 0; i < h.counts().size(); i++) {
            int c = h.counts().get(i);
            double bh = (double) plotH * c / max;
            double bx = 30 + i * bw;
            x.open("rect").attr("class", "bar").attr("data-bin", h.binLabels().get(i)).attr("data-count", c)
                    .attr("x", fmt(bx)).attr("y", fmt(plotH - bh + 4)).attr("width", fmt(Math.max(1, bw - 2)))
                    .attr("height", fmt(bh)).attr("fill", "#c62828");
            x.element("title", h.binLabels().get(i) + ": " + c).close();
            if (n <= 12 || i % Math.ceil(n / 12.0) == 0) {
                x.open("text").attr("x", fmt(bx)).attr("y", plotH + 18).text(h.binLabels().get(i)).close();
            }
        }
        x.open("text").attr("x", 0).attr("y", 12).text(String.valueOf(max)).close();
        x.close();
        x.open("figcaption").text(h.title() + " (n=" + h.total() + ")").close();
        note(x, h.note(), false);
        x.close();
    }

    private static void problems(Xml x, List<Problem> problems, String note) {
        section(x, "problems", "数据问题 Top problems found");
        if (!problems.isEmpty()) {
            x.open("table").open("tr").element("th", "级别 Severity").element("th", "规则 Rule").element("th", "数量 Count")
                    .element("th", "示例 Example").close();
            for (Problem p : problems) {
                x.open("tr").attr("class", "problem").attr("data-code", p.code()).attr("data-count", p.count());
                x.open("td").attr("class", p.severity()).text(p.severity()).close();
                x.element("td", p.code());
                x.open("td").attr("class", "num").text(p.count()).close();
                x.element("td", p.example());
                x.close();
            }
            x.close();
        }
        note(x, note, problems.isEmpty());
        x.close();
    }

    static void table(Xml x, Table t) {
        x.open("table").attr("id", t.id());
        x.element("caption", t.title());
        x.open("tr");
        t.headers().forEach(h -> x.element("th", h));
        x.close();
        for (List<String> row : t.rows()) {
            x.open("tr").attr("class", "row");
            for (String cell : row) {
                boolean numeric = cell.matches("-?[0-9.,%]+");
                x.open("td");
                if (numeric) {
                    x.attr("class", "num");
                }
                x.text(cell).close();
            }
            x.close();
        }
        x.close();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Equirectangular projection scaled by the cosine of the middle latitude; good enough at city size. */
    private record Projection(Box b, double kx, double scale) {
        String x(double lon) {
            return fmt((lon - b.minLon()) * kx * scale);
        }

        String y(double lat) {
            return fmt((b.maxLat() - lat) * scale);
        }
    }
}
