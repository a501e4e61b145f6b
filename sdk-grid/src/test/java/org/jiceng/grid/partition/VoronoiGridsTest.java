package org.jiceng.grid.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.grid.partition.internal.RcbPartitioner;
import org.jiceng.grid.partition.internal.VoronoiGrids;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/** Grid polygons merged edge-wise from the Voronoi cells equal the overlay union of the same cells. */
class VoronoiGridsTest {

    @Property
    void mergedGridPolygonsEqualTheCascadedUnionOfTheirCells(@ForAll @IntRange(min = 3, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 12) int k, @ForAll long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            // Some points repeat an earlier location, as buildings with one address do.
            int twin = i > 0 && random.nextInt(10) == 0 ? random.nextInt(i) : -1;
            x[i] = twin >= 0 ? x[twin] : 500_000 + random.nextDouble() * 2000;
            y[i] = twin >= 0 ? y[twin] : 3_000_000 + random.nextDouble() * 1500;
            w[i] = 1 + random.nextInt(9);
        }
        PlanarPoints planar = PlanarPoints.ofMetres(x, y, w);
        int grids = Math.min(k, n);
        int[] grid = new RcbPartitioner().assign(planar, grids);

        Geometry[] merged = VoronoiGrids.polygons(planar, grid, grids, null);

        GeometryFactory factory = new GeometryFactory();
        List<List<Geometry>> cells = new ArrayList<>();
        for (int g = 0; g < grids; g++) {
            cells.add(new ArrayList<>());
        }
        java.util.Map<Coordinate, Integer> gridAt = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            gridAt.putIfAbsent(new Coordinate(x[i], y[i]), grid[i]);
        }
        if (gridAt.size() < 2) {
            return;
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(gridAt.keySet());
        // The grids cover exactly the clip envelope VoronoiGrids chose.
        builder.setClipEnvelope(union(merged).getEnvelopeInternal());
        Geometry diagram = builder.getDiagram(factory);
        for (int c = 0; c < diagram.getNumGeometries(); c++) {
            Geometry cell = diagram.getGeometryN(c);
            cells.get(gridAt.get((Coordinate) cell.getUserData())).add(cell);
        }
        for (int g = 0; g < grids; g++) {
            assertThat(merged[g].isValid()).as("grid %s valid", g).isTrue();
            if (cells.get(g).isEmpty()) {
                assertThat(merged[g].isEmpty()).isTrue();
                continue;
            }
            Geometry expected = CascadedPolygonUnion.union(cells.get(g));
            assertThat(merged[g].symDifference(expected).getArea()).as("grid %s", g)
                    .isLessThanOrEqualTo(1e-9 * expected.getArea());
        }
    }

    private static Geometry union(Geometry[] parts) {
        return CascadedPolygonUnion.union(java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
    }
}
