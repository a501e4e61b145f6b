package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jiceng.grid.partition.PlanarPoints;
import org.jiceng.grid.partition.WeightedPoint;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The polygon stage: Voronoi cells merged per grid ({@link VoronoiGrids}), unprojected vertex by
 * vertex and clipped to the boundary in lon/lat. A cell that straddles a bay of a concave boundary
 * is cut in two by the clip, and the piece on the far shore holds none of the grid's members: such a
 * memberless piece goes to the neighbouring grid it shares the longest border with, so the grids still
 * tile the boundary and a grid is in pieces only when its members are.
 */
final class GridPolygons {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GridPolygons() {
    }

    /**
     * The Voronoi cells the polygons are merged from: they depend on the points and the boundary only.
     *
     * @param planar the points
     * @param boundary the clip area in WGS-84, if any
     * @return the cells
     */
    static VoronoiGrids.Diagram diagram(PlanarPoints planar, Optional<Geometry> boundary) {
        return VoronoiGrids.diagram(planar,
                boundary.map(b -> planar.projection().project(b).getEnvelopeInternal()).orElse(null));
    }

    /**
     * The grid polygons, merged from cells computed beforehand and clipped to the boundary.
     *
     * @param planar the points
     * @param points the request's points (lon/lat)
     * @param assignment grid per point
     * @param members members per grid
     * @param boundary the clip area in WGS-84, if any
     * @param diagram {@link #diagram} of the same points and boundary
     * @return polygon per grid in WGS-84 (possibly empty)
     */
    static Geometry[] build(PlanarPoints planar, List<WeightedPoint> points, int[] assignment, int[][] members,
            Optional<Geometry> boundary, VoronoiGrids.Diagram diagram) {
        int k = members.length;
        Geometry[] cells = diagram.grids(planar, assignment, k);
        Geometry[] out = new Geometry[k];
        // Each grid is unprojected and clipped on its own, in parallel; the boundary is only read (its envelope,
        // which JTS caches on first use, is computed here before the threads share it).
        boundary.ifPresent(Geometry::getEnvelopeInternal);
        IntStream.range(0, k).parallel().forEach(g -> {
            Geometry wgs84 = planar.projection().unproject(cells[g]);
            out[g] = boundary.map(wgs84::intersection).orElse(wgs84);
        });
        if (boundary.isPresent()) {
            for (int g = 0; g < k; g++) {
                if (out[g].getNumGeometries() > 1) {
                    handOverMemberlessPieces(g, out, points, members[g]);
                }
            }
        }
        return out;
    }

    private static void handOverMemberlessPieces(int g, Geometry[] out, List<WeightedPoint> points, int[] members) {
        List<Polygon> kept = new ArrayList<>();
        List<Polygon> memberless = new ArrayList<>();
        for (int p = 0; p < out[g].getNumGeometries(); p++) {
            Polygon piece = (Polygon) out[g].getGeometryN(p);
            IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(piece);
            boolean holds = false;
            for (int i : members) {
                WeightedPoint w = points.get(i);
                if (locator.locate(new Coordinate(w.lon(), w.lat())) != Location.EXTERIOR) {
                    holds = true;
                    break;
                }
            }
            (holds ? kept : memberless).add(piece);
        }
        if (memberless.isEmpty()) {
            return;
        }
        List<Polygon> stays = new ArrayList<>(kept);
        for (Polygon piece : memberless) {
            int to = longestSharedBorder(piece, g, out);
            if (to < 0) {
                stays.add(piece);
            } else {
                out[to] = OverlayNGRobust.union(List.of(out[to], piece), FACTORY);
            }
        }
        out[g] = stays.size() == 1 ? stays.get(0)
                : FACTORY.createMultiPolygon(stays.toArray(Polygon[]::new));
    }

    /** The other grid sharing the longest border with the piece, or -1 when it touches none along a line. */
    private static int longestSharedBorder(Polygon piece, int g, Geometry[] out) {
        Geometry ring = piece.getBoundary();
        int best = -1;
        double bestLength = 0;
        for (int h = 0; h < out.length; h++) {
            if (h == g || out[h].isEmpty() || !out[h].getEnvelopeInternal().intersects(piece.getEnvelopeInternal())) {
                continue;
            }
            double length = OverlayNGRobust.overlay(ring, out[h].getBoundary(),
                    org.locationtech.jts.operation.overlayng.OverlayNG.INTERSECTION).getLength();
            if (length > bestLength) {
                best = h;
                bestLength = length;
            }
        }
        return best;
    }
}
