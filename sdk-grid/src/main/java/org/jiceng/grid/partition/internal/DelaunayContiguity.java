package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.grid.partition.PlanarPoints;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;
import org.locationtech.jts.triangulate.quadedge.QuadEdge;
import org.locationtech.jts.triangulate.quadedge.QuadEdgeSubdivision;

/**
 * Contiguity of grids defined on the Delaunay graph of all points: two points are neighbours when
 * they share a Delaunay edge or the same location. A grid is contiguous when its points form one
 * connected component of the graph restricted to the grid (no other grid's point needed to walk
 * between them).
 */
public final class DelaunayContiguity {

    private DelaunayContiguity() {
    }

    /**
     * @param points the points
     * @param grid grid per point
     * @param k number of grids
     * @return per grid, whether it is contiguous
     */
    public static boolean[] contiguous(PlanarPoints points, int[] grid, int k) {
        int n = points.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // Group points by location; co-located points of one grid are joined directly.
        Map<Coordinate, List<Integer>> byLocation = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byLocation.computeIfAbsent(new Coordinate(points.x(i), points.y(i)), c -> new ArrayList<>(1)).add(i);
        }
        for (List<Integer> group : byLocation.values()) {
            joinSameGrid(group, group, grid, parent);
        }
        if (byLocation.size() >= 2) {
            DelaunayTriangulationBuilder builder = new DelaunayTriangulationBuilder();
            builder.setSites(byLocation.keySet());
            QuadEdgeSubdivision subdivision = builder.getSubdivision();
            @SuppressWarnings("unchecked")
            Collection<QuadEdge> edges = subdivision.getPrimaryEdges(false);
            for (QuadEdge e : edges) {
                List<Integer> a = byLocation.get(e.orig().getCoordinate());
                List<Integer> b = byLocation.get(e.dest().getCoordinate());
                if (a != null && b != null) {
                    joinSameGrid(a, b, grid, parent);
                }
            }
        }
        int[] roots = new int[k];
        java.util.Arrays.fill(roots, -1);
        boolean[] contiguous = new boolean[k];
        java.util.Arrays.fill(contiguous, true);
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            int g = grid[i];
            if (roots[g] == -1) {
                roots[g] = r;
            } else if (roots[g] != r) {
                contiguous[g] = false;
            }
        }
        return contiguous;
    }

    private static void joinSameGrid(List<Integer> a, List<Integer> b, int[] grid, int[] parent) {
        for (int i : a) {
            for (int j : b) {
                if (grid[i] == grid[j]) {
                    union(parent, i, j);
                }
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
