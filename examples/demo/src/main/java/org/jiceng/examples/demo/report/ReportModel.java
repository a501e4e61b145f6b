package org.jiceng.examples.demo.report;

import java.util.List;
import java.util.Optional;
import org.jiceng.examples.demo.generate.Box;

/**
 * Everything the HTML report shows, already computed: the report writer only lays it out. Keeping the
 * numbers here (not in the HTML) lets tests compare the parsed report with the computed results.
 *
 * @param title the report title
 * @param subtitle a line under the title (district, seed, year)
 * @param keyNumbers headline figures
 * @param steps what each pipeline step did, or why it was skipped
 * @param map the 党建地图
 * @param rivers the river sections and their patrols, when rivers were segmented
 * @param histograms score distributions
 * @param scoreSummary one row per rule pack applied, when scoring ran
 * @param caseMetrics the case metrics table, when the cases step ran
 * @param caseMetricsNote why there is no case metrics table, or a note about it
 * @param problems the top problems found by validation and integrity checks
 * @param problemsNote why there are no problems listed, or how they were found
 * @param plugins the plugins discovered through ServiceLoader
 * @param outputs the files written
 * @param anticipation the 未诉先办 section, when anticipation ran
 */
public record ReportModel(String title, String subtitle, List<KeyNumber> keyNumbers, List<StepOutcome> steps,
        MapView map, Optional<Table> rivers, List<Histogram> histograms, Optional<Table> scoreSummary, Optional<Table> caseMetrics, String caseMetricsNote,
        List<Problem> problems, String problemsNote, Table plugins, List<String> outputs,
        Optional<AnticipationSection.View> anticipation) {

    /** Copies the lists. */
    public ReportModel {
        keyNumbers = List.copyOf(keyNumbers);
        steps = List.copyOf(steps);
        histograms = List.copyOf(histograms);
        problems = List.copyOf(problems);
        outputs = List.copyOf(outputs);
    }

    /**
     * A headline figure.
     *
     * @param key a stable machine key, e.g. {@code members}
     * @param label the label shown
     * @param value the value shown
     */
    public record KeyNumber(String key, String label, String value) {
    }

    /**
     * A problem found in the data.
     *
     * @param severity {@code error} or {@code warning}
     * @param code a stable rule code
     * @param count how many records have it
     * @param example one example, with record id
     */
    public record Problem(String severity, String code, int count, String example) {
    }

    /**
     * A titled table.
     *
     * @param id element id in the report
     * @param title the caption
     * @param headers column headers
     * @param rows rows of cells, each as long as {@code headers}
     */
    public record Table(String id, String title, List<String> headers, List<List<String>> rows) {

        /** Copies and checks row widths. */
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("Table " + id + " row has " + row.size() + " cells for "
                            + headers.size() + " headers: " + row);
                }
            }
        }
    }

    /**
     * A histogram of a score distribution.
     *
     * @param id element id in the report
     * @param title what is counted
     * @param binLabels the label of each bin
     * @param counts the count in each bin
     * @param note what the values are, e.g. the rule set used
     */
    public record Histogram(String id, String title, List<String> binLabels, List<Integer> counts, String note) {

        /** Copies and checks that labels and counts pair up. */
        public Histogram {
            binLabels = List.copyOf(binLabels);
            counts = List.copyOf(counts);
            if (binLabels.size() != counts.size()) {
                throw new IllegalArgumentException("Histogram " + id + " has " + binLabels.size() + " labels and "
                        + counts.size() + " counts");
            }
        }

        /** @return the sum of all counts */
        public int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The map: community outlines, grids coloured by grade, rivers and a legend.
     *
     * @param bounds the area shown
     * @param communities community outlines
     * @param grids grids, each filled with its grade's colour
     * @param rivers rivers or river segments
     * @param legend legend entries
     * @param note what the colours mean, or why there are no grids
     */
    public record MapView(Box bounds, List<Shape> communities, List<Shape> grids, List<Line> rivers,
            List<LegendEntry> legend, String note) {

        /** Copies the lists. */
        public MapView {
            communities = List.copyOf(communities);
            grids = List.copyOf(grids);
            rivers = List.copyOf(rivers);
            legend = List.copyOf(legend);
        }
    }

    /**
     * A polygon or multi-polygon on the map, drawn as one SVG path.
     *
     * @param id record id
     * @param label tooltip
     * @param rings the rings (outer rings and holes), each as alternating lon, lat values
     * @param fill fill colour (CSS)
     * @param grade the grade that chose the colour, empty for plain outlines
     */
    public record Shape(String id, String label, List<double[]> rings, String fill, String grade) {

        /** Copies the rings and checks that each has at least three vertices. */
        public Shape {
            rings = rings.stream().map(double[]::clone).toList();
            for (double[] ring : rings) {
                if (ring.length < 6 || ring.length % 2 != 0) {
                    throw new IllegalArgumentException("Shape " + id + " has a ring of " + ring.length
                            + " values; a ring needs at least three lon, lat pairs");
                }
            }
        }
    }

    /**
     * A polyline on the map.
     *
     * @param id record id
     * @param label tooltip
     * @param lons vertex longitudes
     * @param lats vertex latitudes
     * @param stroke stroke colour (CSS)
     */
    public record Line(String id, String label, double[] lons, double[] lats, String stroke) {
    }

    /**
     * @param label what the colour means
     * @param colour the colour (CSS)
     * @param count how many map elements have it
     */
    public record LegendEntry(String label, String colour, int count) {
    }
}
