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
 * @param attention the grids that need attention (the lowest grade), one row each, first cell the grid code
 * @param grids every grid on the map, one row each, first cell the grid code
 * @param rivers the river sections and their patrols, when rivers were segmented
 * @param trend the monthly 先锋指数 per subdistrict, when the index pack is installed
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
        MapView map, Table attention, Table grids, Optional<Table> rivers, Optional<Trend> trend,
        List<Histogram> histograms, Optional<Table> scoreSummary, Optional<Table> caseMetrics, String caseMetricsNote,
        List<Problem> problems, String problemsNote, Table plugins, List<String> outputs,
        Optional<AnticipationSection.View> anticipation) {

    /** Id prefix of a grid's row in the table of all grids; the map links each grid to it. */
    public static final String GRID_ROW = "grid-";
    /** Id prefix of a grid's row in the table of grids that need attention. */
    public static final String ATTENTION_ROW = "attention-";

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
     * @param rowIdPrefix when not empty, each row gets the id prefix + its first cell, so that the map can
     *        link to it
     */
    public record Table(String id, String title, List<String> headers, List<List<String>> rows, String rowIdPrefix) {

        /**
         * A table whose rows have no ids.
         *
         * @param id element id in the report
         * @param title the caption
         * @param headers column headers
         * @param rows rows of cells, each as long as {@code headers}
         */
        public Table(String id, String title, List<String> headers, List<List<String>> rows) {
            this(id, title, headers, rows, "");
        }

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
     * The map: the district outline, grids coloured by grade, community outlines and names above them,
     * rivers with their names, and a legend.
     *
     * @param bounds the area shown
     * @param outline the district outline
     * @param communities community outlines
     * @param grids grids, each filled with its grade's colour
     * @param rivers rivers or river segments
     * @param labels community and river names
     * @param legend legend entries of the grade colours
     * @param note what the colours mean, or why there are no grids
     */
    public record MapView(Box bounds, Shape outline, List<Shape> communities, List<Shape> grids, List<Line> rivers,
            List<Label> labels, List<LegendEntry> legend, String note) {

        /** Copies the lists. */
        public MapView {
            communities = List.copyOf(communities);
            grids = List.copyOf(grids);
            rivers = List.copyOf(rivers);
            labels = List.copyOf(labels);
            legend = List.copyOf(legend);
        }
    }

    /**
     * A name on the map.
     *
     * @param kind {@code community} or {@code river}
     * @param text the name
     * @param lon where, longitude
     * @param lat where, latitude
     */
    public record Label(String kind, String text, double lon, double lat) {
    }

    /**
     * A line chart of one value per month for several series.
     *
     * @param id element id in the report
     * @param title what is shown
     * @param months the month labels, e.g. {@code 2025-01}
     * @param series one line each
     * @param note how the values were computed
     */
    public record Trend(String id, String title, List<String> months, List<Series> series, String note) {

        /** Copies and checks that every series has one value per month. */
        public Trend {
            months = List.copyOf(months);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() != months.size()) {
                    throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size()
                            + " values for " + months.size() + " months");
                }
            }
        }
    }

    /**
     * @param name the series' name, e.g. a subdistrict
     * @param values one value per month; empty where there is no value
     */
    public record Series(String name, List<Optional<Double>> values) {

        /** Copies. */
        public Series {
            values = List.copyOf(values);
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
     * @param attention whether the shape needs attention (a failing grade); it is outlined and listed
     * @param anchor a point inside the shape (lon, lat), for its name or marker
     */
    public record Shape(String id, String label, List<double[]> rings, String fill, String grade, boolean attention,
            double[] anchor) {

        /** Copies the rings and checks that each has at least three vertices. */
        public Shape {
            rings = rings.stream().map(double[]::clone).toList();
            if (anchor.length != 2) {
                throw new IllegalArgumentException("Shape " + id + " needs an anchor of lon, lat, got " + anchor.length
                        + " values");
            }
            anchor = anchor.clone();
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
