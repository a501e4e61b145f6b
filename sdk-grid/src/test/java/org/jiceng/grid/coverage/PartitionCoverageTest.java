package org.jiceng.grid.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridIndexes;
import org.jiceng.grid.index.GridShape;
import org.jiceng.grid.partition.GridPartitioning;
import org.jiceng.grid.partition.Partition;
import org.jiceng.grid.partition.PartitionGrid;
import org.jiceng.grid.partition.PartitionRequest;
import org.jiceng.grid.partition.WeightedPoint;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The pipeline the demo runs: partition buildings into grids, turn the grid polygons into
 * {@link GridShape}s, index them and validate the coverage. Every building must be located in the
 * grid it was assigned to, and the polygons must cover the community exactly: no overlap, no gap,
 * nothing outside it.
 */
class PartitionCoverageTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Property(tries = 15)
    void partitionPolygonsFormACleanCoverageThatLocatesEveryBuildingInItsGrid(
            @ForAll @IntRange(min = 10, max = 300) int buildings, @ForAll @IntRange(min = 1, max = 8) int grids,
            @ForAll long seed) {
        Envelope community = new Envelope(116.30, 116.33, 39.90, 39.92);
        Geometry boundary = FACTORY.toGeometry(community);
        Random random = new Random(seed);
        List<WeightedPoint> points = new ArrayList<>();
        for (int i = 0; i < buildings; i++) {
            points.add(new WeightedPoint("b" + i, community.getMinX() + community.getWidth() * random.nextDouble(),
                    community.getMinY() + community.getHeight() * random.nextDouble(), 1 + random.nextInt(60)));
        }
        int k = Math.min(grids, buildings);
        Partition partition = GridPartitioning.defaults().partition(
                PartitionRequest.of(points, k).withBoundary(boundary).withPolygons(true));

        List<GridShape> shapes = new ArrayList<>();
        for (PartitionGrid grid : partition.grids()) {
            shapes.add(new GridShape(grid.code(), grid.polygon().orElseThrow()));
        }
        GridIndex index = GridIndexes.create(shapes);
        for (int i = 0; i < buildings; i++) {
            WeightedPoint p = points.get(i);
            assertThat(index.locate(p.lon(), p.lat())).as("building %s", p.id())
                    .contains(partition.gridOf(i).code());
        }
        CoverageReport report = CoverageValidator.validate(shapes, boundary);
        assertThat(report.issues()).as(report.summary()).isEmpty();
    }
}
