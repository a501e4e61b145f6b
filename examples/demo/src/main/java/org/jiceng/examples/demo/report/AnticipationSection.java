package org.jiceng.examples.demo.report;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jiceng.examples.demo.report.ReportModel.Table;

/**
 * The report's 未诉先办 section: the 未诉先办 rate, the findings with their evidence, the planted
 * patterns and whether they were found, and a legend for the grids the map outlines by finding.
 */
public final class AnticipationSection {

    /** Outline colour per detector. */
    public static final Map<String, String> COLOURS = Map.of("recurring", "#6a1b9a", "emerging", "#e65100",
            "cluster", "#00838f");

    /**
     * What the section shows.
     *
     * @param rate the 未诉先办 rate, e.g. {@code 75.0% (3/4)}
     * @param findings one row per finding with its evidence
     * @param planted one row per planted pattern, with the finding that found it
     * @param outlines grid id → outline colour on the map (the colour of its first finding's detector)
     * @param note how the numbers were obtained
     */
    public record View(String rate, Table findings, Table planted, Map<String, String> outlines, String note) {

        /** Copies the outlines. */
        public View {
            outlines = Collections.unmodifiableMap(new TreeMap<>(outlines));
        }
    }

    private AnticipationSection() {
    }

    static void render(Xml x, View v) {
        HtmlReport.section(x, "anticipation", "未诉先办 Anticipated demands");
        x.open("p").attr("class", "note").attr("id", "proactive-rate").text("未诉先办率 Handled before any complaint: "
                + v.rate()).close();
        HtmlReport.table(x, v.findings());
        HtmlReport.table(x, v.planted());
        x.open("p").attr("class", "note").attr("id", "finding-legend").text("On the map, grids are outlined by"
                + " finding: recurring " + COLOURS.get("recurring") + ", emerging " + COLOURS.get("emerging")
                + ", cluster " + COLOURS.get("cluster") + ".").close();
        HtmlReport.note(x, v.note(), false);
        x.close();
    }

    /** @return the CSS the section and the outlines need */
    static String css() {
        return "path.finding-outline{stroke-width:2.4px}";
    }

    /**
     * @param detector a detector name
     * @return its outline colour (grey for a plugin's detector)
     */
    public static String colour(String detector) {
        return COLOURS.getOrDefault(detector, "#424242");
    }

    /**
     * @param grids the grids of the map
     * @param outlines grid id → colour
     * @return the grids to outline, in map order
     */
    static List<ReportModel.Shape> outlined(List<ReportModel.Shape> grids, Map<String, String> outlines) {
        return grids.stream().filter(s -> outlines.containsKey(s.id())).toList();
    }
}
