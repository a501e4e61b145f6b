package org.jiceng.examples.demo.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.scoring.Points;
import org.jiceng.core.model.Person;
import org.jiceng.examples.demo.report.ReportModel;
import org.jiceng.examples.demo.report.ReportModel.LegendEntry;
import org.jiceng.examples.demo.report.ReportModel.Shape;
import org.jiceng.examples.demo.report.ReportModel.Table;
import org.jiceng.scoring.Band;
import org.jiceng.scoring.Banding;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Colours the grids of the 党建地图: a grid's grade is the member banding of the mean points of the
 * party members who live in it. Deeper red is a better grade; grey marks a grid without members. Grids
 * with the lowest grade (不合格) need attention: they are outlined on the map and listed in a table.
 */
final class GridGrades {

    /** Light to deep red, lowest band first. */
    static final List<String> PALETTE = List.of("#fde0dc", "#f4a497", "#e35d4f", "#c62828", "#7f0000", "#4a0000");
    static final String NO_MEMBERS = "#cfd8dc";
    static final String NO_GRADE = "#ffcc80";

    private static final List<String> HEADERS = List.of("网格 Grid", "名称 Name", "社区 Community", "户 Households",
            "党员 Members", "平均积分 Mean points", "等级 Grade", "案件 Cases");

    /**
     * @param shapes one per grid
     * @param legend one entry per band (and for grids without members), with counts
     * @param note what the colours mean
     * @param attention the grids with the lowest grade
     * @param all every grid
     */
    record Result(List<Shape> shapes, List<LegendEntry> legend, String note, Table attention, Table all) {
    }

    private GridGrades() {
    }

    static Result of(PartitionStep.Result partition, List<Person> persons, Map<String, Long> memberTotals,
            Optional<Banding> banding, Map<String, Integer> casesPerGrid) {
        Map<String, long[]> sumAndCount = new HashMap<>();
        for (Person p : persons) {
            Long total = memberTotals.get(p.id());
            if (total == null || p.homeAreaId().isEmpty()) {
                continue;
            }
            String grid = partition.gridOfBuilding().get(p.homeAreaId().get());
            if (grid != null) {
                long[] sc = sumAndCount.computeIfAbsent(grid, g -> new long[2]);
                sc[0] += total;
                sc[1]++;
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> colours = new LinkedHashMap<>();
        Optional<String> failing = banding.map(b -> b.bands().get(0).label()).filter(l -> !memberTotals.isEmpty());
        if (banding.isPresent()) {
            List<Band> bands = banding.get().bands();
            for (int i = 0; i < bands.size(); i++) {
                colours.put(bands.get(i).label(), PALETTE.get(Math.min(i, PALETTE.size() - 1)));
                counts.put(bands.get(i).label(), 0);
            }
        } else {
            colours.put("已评分 Scored", NO_GRADE);
            counts.put("已评分 Scored", 0);
        }
        colours.put("无党员 No members", NO_MEMBERS);
        counts.put("无党员 No members", 0);
        List<Shape> shapes = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> attentionRows = new ArrayList<>();
        for (PartitionStep.GridPiece piece : partition.grids()) {
            String code = piece.grid().code();
            long[] sc = sumAndCount.get(code);
            String grade;
            String label;
            String members = "0";
            String meanPoints = "-";
            if (sc == null || sc[1] == 0 || memberTotals.isEmpty()) {
                grade = "无党员 No members";
                label = piece.grid().name() + " (" + code + "): " + piece.grid().households()
                        + " 户, no resident members";
            } else {
                long mean = sc[0] / sc[1];
                grade = banding.map(b -> b.grade(mean).label()).orElse("已评分 Scored");
                label = piece.grid().name() + " (" + code + "): " + piece.grid().households() + " 户, "
                        + sc[1] + " members, mean " + Points.formatWhole(mean) + " points, " + grade;
                members = String.valueOf(sc[1]);
                meanPoints = Points.formatWhole(mean);
            }
            counts.merge(grade, 1, Integer::sum);
            int cases = casesPerGrid.getOrDefault(code, 0);
            label += ", " + cases + " cases";
            boolean attention = failing.isPresent() && failing.get().equals(grade);
            shapes.add(new Shape(code, label, rings(piece.polygon()), colours.get(grade), grade, attention,
                    anchor(piece.polygon())));
            List<String> row = List.of(code, piece.grid().name(), piece.communityName(),
                    String.valueOf(piece.grid().households()), members, meanPoints, grade, String.valueOf(cases));
            rows.add(row);
            if (attention) {
                attentionRows.add(row);
            }
        }
        List<LegendEntry> legend = new ArrayList<>();
        colours.forEach((g, c) -> legend.add(new LegendEntry(g, c, counts.get(g))));
        String note = memberTotals.isEmpty()
                ? "Grids are drawn, but not graded: the member pack was not scored."
                : "Each grid is coloured by the " + banding.map(b -> "'" + b.name() + "' banding").orElse("points")
                        + " of the mean points of the party members living in it (rule pack "
                        + ScoringStep.MEMBER_PACK + "); deeper red is a better grade, grey a grid without members"
                        + failing.map(f -> "; grids graded " + f + " are outlined and listed below").orElse("") + ".";
        Table all = new Table("grid-table", "所有网格 All grids; select a grid on the map to jump to its row", HEADERS,
                rows, ReportModel.GRID_ROW);
        Table attention = new Table("attention-table", failing.map(f -> "评为" + f + "的网格 Grids graded " + f
                + " (" + attentionRows.size() + "): outlined on the map").orElse("No grades: the member pack was not scored"),
                HEADERS, attentionRows, ReportModel.ATTENTION_ROW);
        return new Result(shapes, legend, note, attention, all);
    }

    /** A point inside the geometry (its interior point), as lon, lat. */
    static double[] anchor(Geometry g) {
        org.locationtech.jts.geom.Point p = g.getInteriorPoint();
        return new double[] {p.getX(), p.getY()};
    }

    /** Outer rings and holes of every polygon of a geometry; points and lines get a small square. */
    static List<double[]> rings(Geometry g) {
        Geometry area = g.getDimension() < 2 ? g.buffer(0.0004, 1) : g;
        List<double[]> rings = new ArrayList<>();
        for (int i = 0; i < area.getNumGeometries(); i++) {
            if (area.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                rings.add(ring(p.getExteriorRing()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings.add(ring(p.getInteriorRingN(h)));
                }
            }
        }
        return rings;
    }

    private static double[] ring(LinearRing r) {
        Coordinate[] cs = r.getCoordinates();
        int n = cs.length - 1; // the closing point repeats the first; SVG's Z closes the path
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            out[2 * i] = cs[i].x;
            out[2 * i + 1] = cs[i].y;
        }
        return out;
    }
}
