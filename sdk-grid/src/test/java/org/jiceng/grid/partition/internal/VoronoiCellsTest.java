package org.jiceng.grid.partition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The cells from the sweep triangulation are JTS's Voronoi cells, clipped to the same envelope, on random,
 * co-circular (a lattice) and collinear sites, and neighbouring cells share their edges vertex for vertex (their
 * coverage union is one valid polygon of their total area).
 */
class VoronoiCellsTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Property
    void cellsAreJtsVoronoiCellsAndTileTheEnvelope(@ForAll @IntRange(min = 2, max = 250) int n,
            @ForAll @IntRange(min = 0, max = 2) int layout, @ForAll long seed) {
        Random random = new Random(seed);
        Map<Coordinate, Integer> index = new HashMap<>();
        List<Coordinate> sites = new ArrayList<>();
        int side = (int) Math.ceil(Math.sqrt(n));
        for (int i = 0; i < n; i++) {
            Coordinate c = switch (layout) {
                case 0 -> new Coordinate(500_000 + random.nextDouble() * 2000, 3_000_000 + random.nextDouble() * 1500);
                case 1 -> new Coordinate(500_000 + (i % side) * 10.0, 3_000_000 + (i / side) * 10.0);
                default -> new Coordinate(500_000 + i * 7.0, 3_000_000 + i * 3.0);
            };
            if (index.putIfAbsent(c, sites.size()) == null) {
                sites.add(c);
            }
        }
        double[] x = sites.stream().mapToDouble(c -> c.x).toArray();
        double[] y = sites.stream().mapToDouble(c -> c.y).toArray();
        Envelope clip = new Envelope();
        sites.forEach(clip::expandToInclude);
        clip.expandBy(50 + random.nextDouble() * 200);

        Polygon[] cells = VoronoiCells.of(x, y, clip, FACTORY).orElseThrow();

        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(FACTORY);
        assertThat(diagram.getNumGeometries()).isEqualTo(sites.size());
        double total = 0;
        for (int c = 0; c < diagram.getNumGeometries(); c++) {
            Geometry expected = diagram.getGeometryN(c);
            Polygon cell = cells[index.get((Coordinate) expected.getUserData())];
            assertThat(cell.isValid()).isTrue();
            // Both computations round the circumcentres (far out for collinear sites): equal to 1e-7 of the area.
            assertThat(cell.symDifference(expected).getArea()).as("cell of %s", expected.getUserData())
                    .isLessThanOrEqualTo(1e-7 * expected.getArea());
            total += cell.getArea();
        }
        Geometry union = CoverageUnion.union(FACTORY.createGeometryCollection(cells));
        assertThat(union.isValid()).isTrue();
        assertThat(union.getNumGeometries()).isEqualTo(1);
        assertThat(union.getArea()).isCloseTo(clip.getArea(), org.assertj.core.data.Percentage.withPercentage(1e-7));
        assertThat(total).isCloseTo(clip.getArea(), org.assertj.core.data.Percentage.withPercentage(1e-7));
    }
}
