package org.jiceng.grid.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.grid.partition.internal.WholeGridsPerPart;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * The balance floor of a boundary in parts: no grid can be one piece across an island's water, so each part
 * gets whole grids and their loads are part of the floor.
 */
class WholeGridsPerPartFloorTest {

    private static final ConcaveOutline OUTLINE = ConcaveOutline.standard();

    /**
     * The standard outline (a U of 7 square units with a bay, an island of 1 unit) with one point of weight 1
     * at the centre of every quarter-unit cell inside it, moved by at most 0.03 units: 112 in the U, 16 on the
     * island.
     */
    private static List<WeightedPoint> quarterUnitPoints() {
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(OUTLINE.boundary());
        Random jitter = new Random(7);
        List<WeightedPoint> points = new ArrayList<>();
        double width = OUTLINE.uWidth() + OUTLINE.islandGap() + 1;
        for (int i = 0; i < width * 4; i++) {
            for (int j = 0; j < 12; j++) {
                double lon = ConcaveOutline.LON0 + (0.125 + 0.25 * i + (jitter.nextDouble() - 0.5) * 0.06)
                        * ConcaveOutline.UNIT;
                double lat = ConcaveOutline.LAT0 + (0.125 + 0.25 * j + (jitter.nextDouble() - 0.5) * 0.06)
                        * ConcaveOutline.UNIT;
                if (inside.locate(new Coordinate(lon, lat)) == Location.INTERIOR) {
                    points.add(new WeightedPoint("p" + points.size(), lon, lat, 1));
                }
            }
        }
        return points;
    }

    private static boolean onTheIsland(WeightedPoint p) {
        return p.lon() > ConcaveOutline.LON0 + (OUTLINE.uWidth() + OUTLINE.islandGap()) * ConcaveOutline.UNIT;
    }

    @Test
    void aSmallIslandGetsOneWholeGridAndTheFloorCountsTheHeavierGridsOfTheMainland() {
        List<WeightedPoint> points = quarterUnitPoints();
        assertThat(points).hasSize(128);
        assertThat(points.stream().filter(WholeGridsPerPartFloorTest::onTheIsland)).hasSize(16);
        // 5 grids, mean load 128 / 5 = 25.6. The island holds 16 (0.625 grids' worth): within 2 % of the mean
        // it can hold no whole grid, so "every grid one piece" and "every load within the band" contradict each
        // other. It gets one grid; the U's 112 go into 4 grids of 28, so the best max/avg is 28 / 25.6.
        Partition p = GridPartitioning.defaults().partition(PartitionRequest.of(points, 5)
                .withBoundary(OUTLINE.boundary()));

        PartitionQuality q = p.quality();
        assertThat(q.floor()).isCloseTo(28 / 25.6, within(1e-12));
        assertThat(q.nonContiguousGrids()).hasValue(0);
        assertThat(p.issues()).isEmpty();
        assertThat(q.maxOverAverage()).isLessThanOrEqualTo(q.floor() + 0.02);
        assertThat(p.grids()).allSatisfy(g -> assertThat(g.polygon().orElseThrow()).isInstanceOf(Polygon.class));
        // The island's points make up one grid on their own.
        Set<Integer> islandGrids = p.grids().stream().filter(g -> p.memberIds(g).stream()
                .anyMatch(id -> onTheIsland(points.get(Integer.parseInt(id.substring(1))))))
                .map(PartitionGrid::index).collect(Collectors.toSet());
        assertThat(islandGrids).hasSize(1);
        assertThat(p.grids().get(islandGrids.iterator().next()).load()).isEqualTo(16);
    }

    @Test
    void theFloorIsThatOfTheInputWhateverTheRuleAndTheOldOneWithoutContiguity() {
        List<WeightedPoint> points = quarterUnitPoints();
        for (ContiguityRule rule : ContiguityRule.values()) {
            Partition p = GridPartitioning.defaults().partition(PartitionRequest.of(points, 5)
                    .withBoundary(OUTLINE.boundary()).withContiguity(rule));
            assertThat(p.quality().floor()).as("%s", rule).isCloseTo(28 / 25.6, within(1e-12));
        }
        Partition off = GridPartitioning.defaults().partition(PartitionRequest.of(points, 5)
                .withBoundary(OUTLINE.boundary()).withContiguity(false));
        assertThat(off.quality().floor()).isEqualTo(1.0);
    }

    @Test
    void gridsGoWhereTheyLowerTheHeaviestLoadPerGridNotByRounding() {
        // An island of 1.4 grids' worth next to a mainland of 8.6: rounding gives the island one grid (1.40 of
        // the mean), while two grids leave the mainland's 8 at 1.075 of it.
        assertThat(WholeGridsPerPart.grids(new long[] {14, 86}, new int[] {100, 100}, 10)).containsExactly(2, 8);
        assertThat(WholeGridsPerPart.floor(new long[] {14, 86}, new int[] {100, 100}, 1, 10))
                .isCloseTo(86 / 8.0 / 10, within(1e-12));
        // At least one grid per part, however light; no more grids than points; the heaviest item still counts.
        assertThat(WholeGridsPerPart.grids(new long[] {1, 99, 0}, new int[] {1, 100, 2}, 10)).containsExactly(1, 8, 1);
        assertThat(WholeGridsPerPart.grids(new long[] {50, 50}, new int[] {2, 100}, 10)).containsExactly(2, 8);
        assertThat(WholeGridsPerPart.floor(new long[] {10, 90}, new int[] {10, 90}, 30, 10)).isEqualTo(3.0);
    }
}
