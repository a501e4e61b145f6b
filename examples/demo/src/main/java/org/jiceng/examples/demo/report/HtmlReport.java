package org.jiceng.examples.demo.report;

import java.util.List;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import org.jiceng.examples.demo.report.ReportModel.Histogram;
import org.jiceng.examples.demo.report.ReportModel.KeyNumber;
import org.jiceng.examples.demo.report.ReportModel.Problem;
import org.jiceng.examples.demo.report.ReportModel.Table;

/**
 * Lays out a {@link ReportModel} as one self-contained HTML page that is also well-formed XML: inline
 * CSS, inline SVG, no scripts, no external resources. It reads on a phone (viewport, SVG scaled to the
 * page width, tables that scroll on their own), prints on A4, and needs no hover: a grid on the map is a
 * link to its row in a table. Sections have stable ids ({@link #SECTIONS}) and numbers carry
 * {@code data-*} attributes, so a test or a script can read the report back.
 */
public final class HtmlReport {

    /** Section ids in the order they appear ({@code rivers} and {@code trend} only when there is data). */
    public static final List<String> SECTIONS = List.of("key-numbers", "map", "attention", "trend", "rivers", "scores",
            "cases", "anticipation", "problems", "pipeline", "plugins", "outputs");

    private static final String CSS = """
            *{box-sizing:border-box}
            body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f6f4f0;color:#222;line-height:1.45}
            header{background:#b71c1c;color:#fff;padding:18px 32px}header h1{margin:0;font-size:26px}header p{margin:4px 0 0}
            nav{background:#fff;border-bottom:1px solid #e0d6d6;padding:6px 24px}nav ul{list-style:none;margin:0 auto;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px;max-width:1100px}
            nav a{color:#8e0000}
            main{max-width:1100px;margin:0 auto;padding:8px 24px 48px}section{background:#fff;border-radius:8px;padding:12px 20px;margin:16px 0;box-shadow:0 1px 3px rgba(0,0,0,.12)}
            h2{color:#b71c1c;border-bottom:2px solid #f0d0d0;padding-bottom:4px;font-size:20px}
            figure{margin:0}figcaption{font-size:13px;color:#444;margin-top:4px}figcaption .title{font-weight:bold;display:block;color:#222}
            .numbers{display:flex;flex-wrap:wrap;gap:10px}.number{background:#fbeaea;border-radius:6px;padding:8px 12px;min-width:140px;flex:1 1 140px}
            .number .value{font-size:22px;font-weight:bold;color:#7f0000;display:block}.number .label{font-size:13px;color:#444}
            .table-wrap{overflow-x:auto;max-width:100%}.scroll{max-height:28em;overflow-y:auto;border:1px solid #eee}.scroll th{position:sticky;top:0}
            table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e5e5e5;padding:4px 8px;text-align:left;vertical-align:top}
            caption{text-align:left;font-size:13px;color:#444;padding:4px 0}
            th{background:#faf6f6}td.num{text-align:right;font-variant-numeric:tabular-nums}
            tr{scroll-margin-top:5em}tr:target{background:#fff59d;outline:3px solid #111}tr:target td{font-weight:bold}
            .attention-list tr{background:#fff8e1}
            .DONE{color:#1b5e20;font-weight:bold}.SKIPPED{color:#8a5a00;font-weight:bold}.skipped{color:#8a5a00;font-style:italic}
            .error{color:#b71c1c}.warning{color:#8a5a00}.note{color:#444;font-size:13px}
            svg text{font-size:11px;fill:#333}.chart{display:block;width:100%;height:auto}
            #map-svg{display:block;width:100%;height:auto;border:1px solid #d5dde3}
            #map-svg a:focus path{stroke:#111;stroke-width:3}
            .map-label{stroke:#fff;stroke-width:3px;stroke-linejoin:round;pointer-events:none;text-anchor:middle}
            svg .community-label{font-size:14px;font-weight:bold;fill:#1a1a1a}svg .river-label{font-size:15px;font-style:italic;fill:#0d47a1}
            .community,.district,.attention-inner,.map-label{pointer-events:none}
            .legend{list-style:none;margin:8px 0;padding:0;display:flex;flex-wrap:wrap;gap:6px 16px;font-size:13px}
            .legend li{display:flex;align-items:center;gap:6px}.swatch{width:22px;height:14px;flex:none}
            .hists{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:16px}
            .trend-chart{max-width:820px}details{margin:8px 0}summary{cursor:pointer;color:#8e0000}
            code{word-break:break-all}
            @media (max-width:600px){
            header{padding:12px 14px}header h1{font-size:20px}nav{padding:6px 12px}main{padding:4px 8px 32px}
            section{padding:8px 10px;margin:10px 0}.number{min-width:0;flex:1 1 40%}.number .value{font-size:18px}
            table{font-size:12px}th,td{padding:3px 5px}
            svg .community-label{font-size:24px}svg .river-label{font-size:26px}#map-svg.dense .community-label{display:none}
            #grid-table td,#attention-table td,#grid-table th,#attention-table th{white-space:nowrap}.trend-chart text{font-size:22px}
            }
            @page{size:A4;margin:12mm}
            @media print{
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            body{background:#fff;font-size:10pt}nav{display:none}header{background:#fff;color:#000;padding:0 0 4mm;border-bottom:2px solid #b71c1c}
            header h1{color:#b71c1c}main{max-width:none;padding:0}section{box-shadow:none;border-radius:0;padding:0;margin:0 0 6mm}
            h2{break-after:avoid}figure,.legend,tr,.number{break-inside:avoid}#map{break-before:page}
            .scroll,.table-wrap{max-height:none;overflow:visible;border:0}#map-svg{max-height:240mm}a{color:inherit;text-decoration:none}
            details>summary{display:none}#grid-table td,#attention-table td{white-space:nowrap;padding:1px 4px}
            }
            """;

    private HtmlReport() {
    }

    /**
     * @param model the computed report
     * @return the HTML document (well-formed XML as well)
     */
    public static String render(ReportModel model) {
        Xml x = new Xml("<!DOCTYPE html>\n");
        x.open("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", "zh-CN");
        x.open("head").open("meta").attr("charset", "UTF-8").close();
        x.open("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1").close();
        x.element("title", model.title());
        x.open("style").raw(CSS + AnticipationSection.css()).close().close();
        x.open("body");
        x.open("header").element("h1", model.title()).element("p", model.subtitle()).close();
        nav(x, model);
        x.open("main");
        keyNumbers(x, model.keyNumbers());
        section(x, "map", "党建地图 Party-building map");
        MapSvg.write(x, model.map(),
                model.anticipation().map(AnticipationSection.View::outlines).orElse(Map.of()));
        x.close();
        attention(x, model.attention(), model.grids());
        model.trend().ifPresent(t -> {
            section(x, "trend", t.title());
            TrendChart.write(x, t);
            x.close();
        });
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
        steps(x, model.steps());
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

    private static void nav(Xml x, ReportModel model) {
        x.open("nav").attr("aria-label", "目录 Contents").open("ul");
        link(x, "key-numbers", "关键数字");
        link(x, "map", "党建地图");
        link(x, "attention", "需关注网格");
        if (model.trend().isPresent()) {
            link(x, "trend", "先锋指数");
        }
        if (model.rivers().isPresent()) {
            link(x, "rivers", "河长制");
        }
        link(x, "scores", "积分");
        link(x, "cases", "案件");
        link(x, "anticipation", "未诉先办");
        link(x, "problems", "数据问题");
        link(x, "pipeline", "流程");
        x.close().close();
    }

    private static void link(Xml x, String id, String text) {
        x.open("li").open("a").attr("href", "#" + id).text(text).close().close();
    }

    static void section(Xml x, String id, String title) {
        x.open("section").attr("id", id).attr("aria-labelledby", id + "-heading");
        x.open("h2").attr("id", id + "-heading").text(title).close();
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
        x.open("div").attr("class", "table-wrap");
        x.open("table").open("tr").element("th", "步骤 Step").element("th", "状态 Status").element("th", "结果 Result")
                .close();
        for (StepOutcome s : steps) {
            x.open("tr").attr("class", "step").attr("data-step", s.step()).attr("data-status", s.status().name());
            x.element("td", s.step());
            x.open("td").attr("class", s.status().name()).text(s.status().name()).close();
            x.element("td", s.detail());
            x.close();
        }
        x.close().close().close();
    }

    /** Opens a small decorative SVG for a legend swatch. */
    static Xml swatch(Xml x) {
        return x.open("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("class", "swatch")
                .attr("viewBox", "0 0 22 14").attr("aria-hidden", "true").attr("focusable", "false");
    }

    private static void attention(Xml x, Table attention, Table grids) {
        section(x, "attention", "需关注网格 Grids that need attention");
        if (attention.rows().isEmpty()) {
            x.open("p").attr("class", "note").text(attention.title() + ": none.").close();
        } else {
            x.open("div").attr("class", "attention-list");
            table(x, attention);
            x.close();
        }
        x.open("div").attr("class", "scroll").attr("tabindex", 0).attr("role", "region")
                .attr("aria-label", grids.title());
        table(x, grids);
        x.close();
        x.close();
    }

    private static void histograms(Xml x, List<Histogram> histograms, Optional<Table> summary) {
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
        x.open("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("class", "chart").attr("role", "img")
                .attr("aria-label", h.title() + ", " + h.total() + " values in " + h.counts().size() + " bins")
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
        x.open("figcaption").open("span").attr("class", "title").text(h.title() + " (n=" + h.total() + ")").close();
        if (!h.note().isBlank()) {
            x.open("span").attr("class", "note").text(h.note()).close();
        }
        x.close();
        x.close();
    }

    private static void problems(Xml x, List<Problem> problems, String note) {
        section(x, "problems", "数据问题 Top problems found");
        if (!problems.isEmpty()) {
            x.open("div").attr("class", "table-wrap");
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
            x.close().close();
        }
        note(x, note, problems.isEmpty());
        x.close();
    }

    static void table(Xml x, Table t) {
        x.open("div").attr("class", "table-wrap");
        x.open("table").attr("id", t.id());
        x.element("caption", t.title());
        x.open("tr");
        t.headers().forEach(h -> x.open("th").attr("scope", "col").text(h).close());
        x.close();
        for (List<String> row : t.rows()) {
            x.open("tr").attr("class", "row");
            if (!t.rowIdPrefix().isEmpty()) {
                x.attr("id", t.rowIdPrefix() + row.get(0));
            }
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
        x.close().close();
    }

    /**
     * {@code String.format(Locale.ROOT, "%.1f", v)}, which the map's every vertex goes through, without parsing
     * the format each time: the formatter rounds the shortest decimal text of the value half up, and so does
     * this; a negative value that rounds to zero keeps its sign, as there. Values beyond a billion, NaN and the
     * infinities take the formatter itself.
     */
    static String fmt(double v) {
        if (!(Math.abs(v) < 1e9)) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        BigDecimal tenths = new BigDecimal(Double.toString(v)).setScale(1, RoundingMode.HALF_UP);
        if (tenths.signum() == 0 && (v < 0 || 1 / v < 0)) {
            return "-0.0";
        }
        return tenths.toPlainString();
    }

}
