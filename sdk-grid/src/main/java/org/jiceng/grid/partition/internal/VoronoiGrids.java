package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jiceng.grid.partition.PlanarPoints;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Grid polygons: the Voronoi cells of the points, merged per grid and clipped to the points'
 * envelope grown by max(50 m, 5 % of its larger side), widened to cover what must be covered (the
 * caller clips to the real boundary afterwards, in lon/lat). Points at the same location
 * share one cell, which goes to the grid of the first such point. The cells come from
 * {@link VoronoiCells} (JTS's Voronoi diagram builder when the sweep cannot triangulate the sites).
 */
public final class VoronoiGrids {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private VoronoiGrids() {
    }

    /**
     * @param points the points
     * @param grid grid per point
     * @param k number of grids
     * @param mustCover an envelope in the same metres the cells must reach, e.g. the projected
     *        boundary's, so that clipping to the boundary later leaves no gap; {@code null} for none
     * @return polygon per grid in metres (possibly multi-part or empty); together they tile the
     *         points' envelope (enlarged) and {@code mustCover} without gaps or overlaps
     */
    public static Geometry[] polygons(PlanarPoints points, int[] grid, int k, @Nullable Envelope mustCover) {
        return diagram(points, mustCover).grids(points, grid, k);
    }

    /**
     * The cells of the points' locations, which do not depend on the grids (so they can be computed while the
     * grids are decided).
     *
     * @param points the points
     * @param mustCover as for {@link #polygons}
     * @return the cells
     */
    static Diagram diagram(PlanarPoints points, @Nullable Envelope mustCover) {
        int n = points.size();
        LocationNumbers sites = LocationNumbers.of(points);
        Envelope env = new Envelope();
        for (int i = 0; i < n; i++) {
            env.expandToInclude(points.x(i), points.y(i));
        }
        Envelope clip = new Envelope(env);
        clip.expandBy(Math.max(50.0, 0.05 * Math.max(env.getWidth(), env.getHeight())));
        // A margin around what must be covered: its edges, straight in metres, bow slightly in
        // lon/lat, and the cells must still reach past the boundary there.
        if (mustCover != null) {
            clip.expandToInclude(mustCover);
            clip.expandBy(Math.max(50.0, 0.05 * Math.max(mustCover.getWidth(), mustCover.getHeight())));
        }
        if (sites.count() == 1) {
            return new Diagram(sites, new Geometry[] {FACTORY.toGeometry(clip)});
        }
        Optional<Polygon[]> swept = VoronoiCells.of(sites.x(), sites.y(), clip, FACTORY);
        return new Diagram(sites, swept.isPresent() ? swept.get() : jtsCells(sites, clip));
    }

    /**
     * The cells of the distinct locations, in the order {@link LocationNumbers} numbers them.
     *
     * @param sites the locations
     * @param cells the cell per location
     */
    record Diagram(LocationNumbers sites, Geometry[] cells) {

        /**
         * @param points the points the diagram was made of
         * @param grid grid per point
         * @param k number of grids
         * @return the merged cells per grid, as {@link VoronoiGrids#polygons}
         */
        Geometry[] grids(PlanarPoints points, int[] grid, int k) {
            // Each location's cell goes to the grid of its first point.
            int[] gridOfSite = new int[sites.count()];
            Arrays.fill(gridOfSite, -1);
            for (int i = 0; i < points.size(); i++) {
                int l = sites.locationOf()[i];
                if (gridOfSite[l] < 0) {
                    gridOfSite[l] = grid[i];
                }
            }
            List<List<Geometry>> ofGrid = new ArrayList<>(k);
            for (int g = 0; g < k; g++) {
                ofGrid.add(new ArrayList<>());
            }
            for (int l = 0; l < sites.count(); l++) {
                ofGrid.get(gridOfSite[l]).add(cells[l]);
            }
            Geometry[] out = new Geometry[k];
            // Every cell is already clipped to the envelope (it contains all sites), and the boundary is clipped
            // later in lon/lat: no intersection needed here. The grids are merged independently, in parallel.
            IntStream.range(0, k).parallel().forEach(g ->
                    out[g] = ofGrid.get(g).isEmpty() ? FACTORY.createPolygon() : merge(ofGrid.get(g)));
            return out;
        }
    }

    /** The cells from JTS's Voronoi diagram builder, for sites the sweep could not triangulate. */
    private static Geometry[] jtsCells(LocationNumbers sites, Envelope clip) {
        Map<Coordinate, Integer> locationAt = new HashMap<>();
        for (int l = 0; l < sites.count(); l++) {
            locationAt.putIfAbsent(new Coordinate(sites.x()[l], sites.y()[l]), l);
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(locationAt.keySet());
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(FACTORY);
        Geometry[] cells = new Geometry[sites.count()];
        for (int c = 0; c < diagram.getNumGeometries(); c++) {
            Geometry cell = diagram.getGeometryN(c);
            Integer l = locationAt.get((Coordinate) cell.getUserData());
            if (l == null) {
                throw new IllegalStateException("Voronoi cell without a site at " + cell.getUserData());
            }
            cells[l] = cell;
        }
        for (int l = 0; l < cells.length; l++) {
            if (cells[l] == null) {
                throw new IllegalStateException("no Voronoi cell for the site at (" + sites.x()[l] + ", " + sites.y()[l] + ")");
            }
        }
        return cells;
    }

    /**
     * The union of one grid's cells. Cells of one diagram share their edges vertex for vertex, so the
     * edge-wise coverage union applies (about 25 times faster than a cascaded overlay union on 500 cells a
     * grid); should clipping to the envelope have left two cells' common edge unmatched, the result would
     * not be a valid polygon of the cells' total area, and the cascaded union is used instead.
     */
    private static Geometry merge(List<Geometry> cells) {
        Geometry union = CoverageUnion.union(cells.toArray(Geometry[]::new));
        double area = 0;
        for (Geometry cell : cells) {
            area += cell.getArea();
        }
        if (union != null && union.isValid() && Math.abs(union.getArea() - area) <= 1e-9 * area) {
            return union;
        }
        return CascadedPolygonUnion.union(cells);
    }
}
