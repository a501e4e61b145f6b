package org.jiceng.examples.demo.report;

import org.jiceng.examples.demo.generate.Box;
import org.jiceng.examples.demo.report.ReportModel.Label;
import org.jiceng.examples.demo.report.ReportModel.Line;
import org.jiceng.examples.demo.report.ReportModel.MapView;
import org.jiceng.examples.demo.report.ReportModel.Shape;

/**
 * The 党建地图 as inline SVG scaled to the page width: the district, grids coloured by grade (each a link
 * to its table row), rivers, community outlines above the grids, hatched outlines and markers on the
 * grids that need attention, names, and a legend of every colour and line.
 */
final class MapSvg {

    /** Width of the map in SVG user units; the page scales it to the width of the screen. */
    static final int MAP_WIDTH = 1000;
    /** With more communities than this, a phone shows no community names (they would overlap). */
    static final int DENSE = 30;
    /** Outline of a grid that needs attention: black under yellow, visible on every fill colour. */
    static final String ATTENTION_STROKE = "#111111";
    static final String ATTENTION_INNER = "#ffd600";
    static final String COMMUNITY_STROKE = "#263238";
    static final String DISTRICT_STROKE = "#37474f";
    /** The map's background: the land outside the district. */
    static final String OUTSIDE = "#eef3f7";
    static final String RIVER_STROKES = "#1565c0";
    static final String RIVER_STROKES_ALT = "#42a5f5";
    private static final String ATTENTION = "需关注 Needs attention: ";

    private MapSvg() {
    }

    /**
     * Writes the map figure and its legend, with some grids outlined in a colour of their own (the
     * 未诉先办 findings).
     *
     * @param x the writer, inside the map section
     * @param map the map
     * @param outlines outline colour by grid id; empty when anticipation did not run
     */
    static void write(Xml x, MapView map, java.util.Map<String, String> outlines) {
        Box b = map.bounds();
        double midLat = Math.toRadians((b.minLat() + b.maxLat()) / 2);
        double kx = Math.cos(midLat);
        double scale = MAP_WIDTH / (b.width() * kx);
        int height = (int) Math.ceil(b.height() * scale);
        Projection p = new Projection(b, kx, scale);
        long attention = map.grids().stream().filter(Shape::attention).count();
        x.open("figure").attr("class", "map-figure");
        x.open("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("xmlns:xlink", "http://www.w3.org/1999/xlink")
                .attr("id", "map-svg").attr("class", map.communities().size() > DENSE ? "dense" : "sparse")
                .attr("role", "group").attr("aria-labelledby", "map-svg-title map-svg-desc")
                .attr("viewBox", "0 0 " + MAP_WIDTH + " " + height).attr("preserveAspectRatio", "xMidYMid meet");
        x.open("title").attr("id", "map-svg-title").text("党建地图 Party-building map").close();
        x.open("desc").attr("id", "map-svg-desc").text(map.grids().size() + " grids in " + map.communities().size()
                + " communities, coloured by grade; " + attention + " grids need attention and are outlined. "
                + "Each grid links to its row in the tables below.").close();
        x.open("defs").open("pattern").attr("id", "attention-hatch").attr("width", 10).attr("height", 10)
                .attr("patternUnits", "userSpaceOnUse").attr("patternTransform", "rotate(45)");
        x.open("rect").attr("width", 4).attr("height", 10).attr("fill", ATTENTION_STROKE).attr("fill-opacity", 0.55)
                .close();
        x.close().close();
        x.open("rect").attr("class", "outside").attr("width", MAP_WIDTH).attr("height", height).attr("fill", OUTSIDE)
                .close();
        x.open("path").attr("class", "district").attr("d", path(map.outline(), p)).attr("fill", "#fbfaf7")
                .attr("fill-rule", "evenodd").attr("stroke", DISTRICT_STROKE).attr("stroke-width", 2.5).close();
        x.open("g").attr("id", "map-grids");
        for (Shape s : map.grids()) {
            String row = (s.attention() ? ReportModel.ATTENTION_ROW : ReportModel.GRID_ROW) + s.id();
            x.open("a").attr("xlink:href", "#" + row)
                    .attr("aria-label", s.label());
            x.open("path").attr("class", "grid").attr("data-id", s.id()).attr("data-grade", s.grade())
                    .attr("d", path(s, p)).attr("fill", s.fill()).attr("fill-rule", "evenodd").attr("stroke", "#ffffff")
                    .attr("stroke-width", 0.8);
            x.element("title", s.label()).close();
            x.close();
        }
        x.close();
        x.open("g").attr("id", "map-rivers");
        for (Line l : map.rivers()) {
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < l.lons().length; i++) {
                pts.append(i == 0 ? "" : " ").append(p.x(l.lons()[i])).append(',').append(p.y(l.lats()[i]));
            }
            x.open("polyline").attr("class", "river").attr("data-id", l.id()).attr("points", pts)
                    .attr("fill", "none").attr("stroke", l.stroke()).attr("stroke-width", 3).attr("stroke-linecap", "round");
            x.element("title", l.label()).close();
        }
        x.close();
        x.open("g").attr("id", "map-communities");
        for (Shape s : map.communities()) {
            x.open("path").attr("class", "community").attr("data-id", s.id()).attr("d", path(s, p))
                    .attr("fill", "none").attr("stroke", COMMUNITY_STROKE).attr("stroke-width", 1.8)
                    .attr("stroke-linejoin", "round").close();
        }
        x.close();
        x.open("g").attr("id", "finding-outlines");
        for (Shape s : AnticipationSection.outlined(map.grids(), outlines)) {
            x.open("path").attr("class", "finding-outline").attr("data-id", s.id()).attr("d", path(s, p))
                    .attr("fill", "none").attr("stroke", outlines.get(s.id())).attr("stroke-width", 4)
                    .attr("stroke-dasharray", "8 4").attr("stroke-linejoin", "round").close();
        }
        x.close();
        x.open("g").attr("id", "map-attention");
        for (Shape s : map.grids()) {
            if (s.attention()) {
                attentionLink(x, s);
                x.open("path").attr("class", "attention").attr("data-id", s.id()).attr("d", path(s, p))
                        .attr("fill", "url(#attention-hatch)").attr("stroke", ATTENTION_STROKE).attr("stroke-width", 6)
                        .attr("stroke-linejoin", "round");
                x.element("title", ATTENTION + s.label()).close();
                x.open("path").attr("class", "attention-inner").attr("d", path(s, p)).attr("fill", "none")
                        .attr("stroke", ATTENTION_INNER).attr("stroke-width", 2.5).attr("stroke-linejoin", "round")
                        .close();
                x.close();
            }
        }
        x.close();
        x.open("g").attr("id", "map-pins");
        for (Shape s : map.grids()) {
            if (s.attention()) {
                // A marker at a point inside the grid: easy to spot and to tap, even where the grid is small.
                attentionLink(x, s);
                x.open("circle").attr("class", "attention-pin").attr("data-id", s.id()).attr("cx", p.x(s.anchor()[0]))
                        .attr("cy", p.y(s.anchor()[1])).attr("r", 11).attr("fill", ATTENTION_INNER)
                        .attr("stroke", ATTENTION_STROKE).attr("stroke-width", 3);
                x.element("title", ATTENTION + s.label()).close();
                x.close();
            }
        }
        x.close();
        x.open("g").attr("id", "map-labels").attr("aria-hidden", "true");
        for (Label l : map.labels()) {
            x.open("text").attr("class", "map-label " + l.kind() + "-label").attr("x", p.x(l.lon()))
                    .attr("y", p.y(l.lat())).attr("paint-order", "stroke").text(l.text()).close();
        }
        x.close();
        x.close();
        x.open("figcaption").text(map.note()).close();
        x.close();
        legend(x, map, attention);
    }

    /** Opens a link from a grid that needs attention to its row in the needs-attention table. */
    private static void attentionLink(Xml x, Shape s) {
        x.open("a").attr("xlink:href", "#" + ReportModel.ATTENTION_ROW + s.id()).attr("aria-label", ATTENTION + s.label());
    }

    private static void legend(Xml x, MapView map, long attention) {
        x.open("ul").attr("class", "legend").attr("id", "map-legend").attr("aria-label", "图例 Legend");
        for (ReportModel.LegendEntry e : map.legend()) {
            x.open("li").attr("class", "legend-entry").attr("data-colour", e.colour()).attr("data-count", e.count());
            HtmlReport.swatch(x).open("rect").attr("width", 22).attr("height", 14).attr("fill", e.colour()).attr("stroke", "#999")
                    .close().close();
            x.text(e.label() + " (" + e.count() + ")").close();
        }
        x.open("li").attr("class", "legend-attention").attr("data-count", attention);
        HtmlReport.swatch(x).open("rect").attr("x", 2).attr("y", 2).attr("width", 18).attr("height", 10)
                .attr("fill", "url(#attention-hatch)").attr("stroke", ATTENTION_STROKE).attr("stroke-width", 3).close()
                .open("rect").attr("x", 2).attr("y", 2).attr("width", 18).attr("height", 10).attr("fill", "none")
                .attr("stroke", ATTENTION_INNER).attr("stroke-width", 1).close().close();
        x.text("需关注 Needs attention (" + attention + ")").close();
        lineSwatch(x, "community", COMMUNITY_STROKE, 2, "社区边界 Community boundary (" + map.communities().size() + ")");
        lineSwatch(x, "district", DISTRICT_STROKE, 3, "区界 District boundary");
        x.open("li").attr("class", "legend-outside");
        HtmlReport.swatch(x).open("rect").attr("width", 22).attr("height", 14).attr("fill", OUTSIDE).attr("stroke", "#999")
                .close().close();
        x.text("区外 Outside the district").close();
        x.open("li").attr("class", "legend-river");
        HtmlReport.swatch(x).open("line").attr("x1", 1).attr("y1", 7).attr("x2", 11).attr("y2", 7).attr("stroke", RIVER_STROKES)
                .attr("stroke-width", 3).close().open("line").attr("x1", 11).attr("y1", 7).attr("x2", 21).attr("y2", 7)
                .attr("stroke", RIVER_STROKES_ALT).attr("stroke-width", 3).close().close();
        x.text("河段 River sections, alternating shades (" + map.rivers().size() + ")").close();
        x.close();
    }

    private static void lineSwatch(Xml x, String kind, String colour, double width, String text) {
        x.open("li").attr("class", "legend-" + kind);
        HtmlReport.swatch(x).open("rect").attr("x", 1).attr("y", 1).attr("width", 20).attr("height", 12).attr("fill", "none")
                .attr("stroke", colour).attr("stroke-width", width).close().close();
        x.text(text).close();
    }

    private static String path(Shape s, Projection p) {
        StringBuilder d = new StringBuilder();
        for (double[] ring : s.rings()) {
            for (int i = 0; i < ring.length; i += 2) {
                d.append(i == 0 ? "M" : "L").append(p.x(ring[i])).append(',').append(p.y(ring[i + 1]));
            }
            d.append('Z');
        }
        return d.toString();
    }

    /** Equirectangular projection scaled by the cosine of the middle latitude; good enough at city size. */
    private record Projection(Box b, double kx, double scale) {
        String x(double lon) {
            return HtmlReport.fmt((lon - b.minLon()) * kx * scale);
        }

        String y(double lat) {
            return HtmlReport.fmt((b.maxLat() - lat) * scale);
        }
    }
}
