package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.grid.partition.PlanarPoints;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Grid polygons: the Voronoi cells of the points, merged per grid and clipped to the points'
 * envelope grown by max(50 m, 5 % of its larger side), widened to cover what must be covered (the
 * caller clips to the real boundary afterwards, in lon/lat). Points at the same location
 * share one cell, which goes to the grid of the first such point.
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
        int n = points.size();
        Envelope env = new Envelope();
        Map<Coordinate, Integer> gridAt = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Coordinate c = new Coordinate(points.x(i), points.y(i));
            env.expandToInclude(c);
            gridAt.putIfAbsent(c, grid[i]);
        }
        Envelope clip = new Envelope(env);
        clip.expandBy(Math.max(50.0, 0.05 * Math.max(env.getWidth(), env.getHeight())));
        // A margin around what must be covered: its edges, straight in metres, bow slightly in
        // lon/lat, and the cells must still reach past the boundary there.
        if (mustCover != null) {
            clip.expandToInclude(mustCover);
            clip.expandBy(Math.max(50.0, 0.05 * Math.max(mustCover.getWidth(), mustCover.getHeight())));
        }

        List<List<Geometry>> cells = new ArrayList<>(k);
        for (int g = 0; g < k; g++) {
            cells.add(new ArrayList<>());
        }
        if (gridAt.size() == 1) {
            cells.get(grid[0]).add(FACTORY.toGeometry(clip));
        } else {
            VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
            builder.setSites(gridAt.keySet());
            builder.setClipEnvelope(clip);
            Geometry diagram = builder.getDiagram(FACTORY);
            for (int c = 0; c < diagram.getNumGeometries(); c++) {
                Geometry cell = diagram.getGeometryN(c);
                Integer g = gridAt.get((Coordinate) cell.getUserData());
                if (g == null) {
                    throw new IllegalStateException("Voronoi cell without a site at " + cell.getUserData());
                }
                cells.get(g).add(cell);
            }
        }
        Geometry[] out = new Geometry[k];
        for (int g = 0; g < k; g++) {
            Geometry merged = cells.get(g).isEmpty() ? FACTORY.createPolygon() : merge(cells.get(g));
            // The builder already clipped every cell to the envelope (it contains all sites), and the
            // boundary is clipped later in lon/lat: no intersection needed here.
            out[g] = merged;
        }
        return out;
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
