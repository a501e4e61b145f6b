package org.jiceng.grid.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jiceng.core.model.Grid;
import org.jiceng.core.spi.PluginNotFoundException;
import org.jiceng.core.spi.Plugins;
import org.jiceng.grid.geo.Measures;
import org.jiceng.grid.partition.internal.DelaunayGraph;
import org.jiceng.grid.partition.internal.LoadBand;
import org.jiceng.grid.partition.internal.RcbPartitioner;
import org.jiceng.grid.partition.internal.RecursiveBisection;
import org.jiceng.grid.partition.internal.RefinedPartitioner;
import org.jiceng.grid.spi.PartitionerProvider;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

class PartitionExamplesTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static List<WeightedPoint> uniform(int n, long seed) {
        Random r = new Random(seed);
        List<WeightedPoint> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new WeightedPoint("b" + i, 102.70 + r.nextDouble() * 0.05, 24.95 + r.nextDouble() * 0.05,
                    1 + r.nextInt(60)));
        }
        return out;
    }

    @Test
    void builtInPartitionersAreFoundThroughPlugins() {
        assertThat(Plugins.forDefaultClassLoader().load(PartitionerProvider.class).names())
                .containsExactly("rcb-refined", "rcb");
        assertThat(GridPartitioning.defaults().partitioner().name()).isEqualTo("rcb-refined");
        assertThatThrownBy(() -> GridPartitioning.named("metis"))
                .isInstanceOf(PluginNotFoundException.class).hasMessageContaining("rcb-refined");
    }

    @Test
    void refinementMakesGridsMoreCompactThanTheBaseline() {
        PlanarPoints planar = PlanarPoints.project(uniform(4000, 7));
        double rcb = GridPartitioning.measure(planar, new RcbPartitioner().assign(planar, 24), 24).meanCompactness();
        double refined = GridPartitioning.measure(planar,
                new RefinedPartitioner(PartitionSettings.defaults()).assign(planar, 24), 24).meanCompactness();
        assertThat(refined).isGreaterThan(rcb);
    }

    @Test
    void gridCodesExtendTheCommunityDivisionCode() {
        Partition p = GridPartitioning.defaults().partition(
                PartitionRequest.of(uniform(200, 1), 12).withDivisionCode("530111004001").withPolygons(false));
        assertThat(p.grids()).extracting(PartitionGrid::code)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("530111004001(0(0[1-9]|1[0-2]))"));
        assertThat(p.grids().get(0).code()).isEqualTo("530111004001001");
        assertThat(GridCodes.divisionCodeOf(p.grids().get(11).code())).contains("530111004001");
        List<Grid> model = p.toModelGrids("community-1", "网格");
        assertThat(model).hasSize(12);
        assertThat(model.get(2).name()).isEqualTo("网格3");
        assertThat(model.stream().mapToLong(Grid::households).sum()).isEqualTo(p.quality().totalLoad());
    }

    @Test
    void gridPolygonsTileTheClipAreaAndContainTheirMembers() {
        List<WeightedPoint> points = uniform(300, 3);
        Geometry boundary = GF.toGeometry(new org.locationtech.jts.geom.Envelope(102.69, 102.76, 24.94, 25.01));
        Partition p = GridPartitioning.defaults().partition(PartitionRequest.of(points, 8).withBoundary(boundary));
        List<Geometry> polygons = new ArrayList<>();
        for (PartitionGrid g : p.grids()) {
            Geometry poly = g.polygon().orElseThrow();
            polygons.add(poly);
            for (int i : g.memberIndices()) {
                Point pt = GF.createPoint(new Coordinate(points.get(i).lon(), points.get(i).lat()));
                assertThat(poly.buffer(1e-9).covers(pt)).as("grid %s covers %s", g.code(), i).isTrue();
            }
            for (PartitionGrid other : p.grids()) {
                if (other.index() > g.index()) {
                    double overlap = Measures.areaSquareMetres(poly.intersection(other.polygon().orElseThrow()));
                    assertThat(overlap).isLessThan(1.0);
                }
            }
        }
        // The grids end exactly on the boundary: their union is the boundary, up to rounding.
        Geometry union = GF.buildGeometry(polygons).union();
        assertThat(boundary.symDifference(union).getArea()).isLessThan(1e-15);
    }

    @Test
    void reportsAGridSplitByAnotherGridAsNotContiguous() {
        // Three points on a line; the outer two in grid 0, the middle one in grid 1.
        List<WeightedPoint> points = lineWithPointAbove();
        Partitioner split = fixed(0, 1, 0, 1);
        Partition p = GridPartitioning.with(split)
                .partition(PartitionRequest.of(points, 2).withContiguity(ContiguityRule.REPORT));
        assertThat(p.assignment()).containsExactly(0, 1, 0, 1);
        assertThat(p.grids().get(0).contiguous()).contains(false);
        assertThat(p.grids().get(1).contiguous()).contains(true);
        assertThat(p.quality().nonContiguousGrids()).hasValue(1);
        assertThat(p.quality().allContiguous()).contains(false);
    }

    @Test
    void defaultRuleJoinsASplitGridWithoutLeavingTheBalanceBand() {
        // w m e on a line, n above m: grid 0 = {w, e} is cut by m. No single fragment move keeps the
        // loads at 2 and 2; absorbing e into grid 1 and handing m back to grid 0 does.
        List<WeightedPoint> points = lineWithPointAbove();
        Partitioner split = fixed(0, 1, 0, 1);
        Partition p = GridPartitioning.with(split).partition(PartitionRequest.of(points, 2).withPolygons(false));
        assertThat(p.quality().allContiguous()).contains(true);
        assertThat(p.quality().maxLoad()).isEqualTo(2);
        assertThat(p.quality().minLoad()).isEqualTo(2);
    }

    @Test
    void repairHandsAnIsolatedPointToTheGridAroundIt() {
        List<WeightedPoint> points = new ArrayList<>();
        points.add(new WeightedPoint("centre", 102.7101, 25.0102, 0));
        double[][] ring = {{-1, -1}, {0, -1.1}, {1, -0.9}, {-1.2, 0}, {1.1, 0.1}, {-0.9, 1}, {0.1, 1.2}, {1, 1}};
        for (int i = 0; i < ring.length; i++) {
            points.add(new WeightedPoint("ring" + i, 102.7101 + ring[i][0] * 0.001, 25.0102 + ring[i][1] * 0.001, 1));
        }
        for (int i = 0; i < 8; i++) {
            points.add(new WeightedPoint("east" + i, 102.75 + (i % 3) * 0.001, 25.01 + (i / 3) * 0.0011, 1));
        }
        Partitioner islandMaker = new Partitioner() {
            @Override
            public String name() {
                return "island-maker";
            }

            @Override
            public int[] assign(PlanarPoints p, int k) {
                int[] a = new int[p.size()];
                for (int i = 1; i <= 8; i++) {
                    a[i] = 1; // the ring is grid 1, the centre and the east cluster grid 0
                }
                return a;
            }
        };
        Partition repaired = GridPartitioning.with(islandMaker).partition(PartitionRequest.of(points, 2).withPolygons(false));
        assertThat(repaired.gridOf(0).index()).isEqualTo(1);
        assertThat(repaired.quality().allContiguous()).contains(true);
        assertThat(repaired.quality().maxLoad()).isEqualTo(8);
    }

    @Test
    void coLocatedBuildingsOfOneGridCountAsContiguous() {
        List<WeightedPoint> points = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            points.add(new WeightedPoint("s" + i, 102.7 + (i % 2) * 0.001, 25.0, 1));
        }
        Partition p = GridPartitioning.defaults().partition(PartitionRequest.of(points, 4).withPolygons(false));
        assertThat(p.quality().allContiguous()).contains(true);
        assertThat(p.quality().maxOverAverage()).isLessThanOrEqualTo(1.0 + PartitionSettings.DEFAULT_BALANCE_TOLERANCE);
    }

    @Test
    void floorReflectsTheHeaviestIndivisibleBuilding() {
        List<WeightedPoint> points = new ArrayList<>(uniform(99, 5).stream()
                .map(w -> new WeightedPoint(w.id(), w.lon(), w.lat(), 1)).toList());
        points.add(new WeightedPoint("tower", 102.72, 24.97, 301));
        Partition p = GridPartitioning.defaults().partition(PartitionRequest.of(points, 4).withPolygons(false));
        assertThat(p.quality().averageLoad()).isEqualTo(100.0);
        assertThat(p.quality().floor()).isEqualTo(3.01);
        assertThat(p.quality().maxOverAverage()).isGreaterThanOrEqualTo(3.01);
    }

    @Test
    void rejectsInvalidAssignmentsWithTheirLocation() {
        Partitioner broken = fixed(new int[10]);
        assertThatThrownBy(() -> GridPartitioning.with(broken).partition(PartitionRequest.of(uniform(10, 1), 2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("grid 1 empty");
    }

    @Test
    void rejectsRequestsThatCannotBeSatisfied() {
        assertThatThrownBy(() -> PartitionRequest.of(uniform(3, 1), 4)).hasMessageContaining("exceeds the number of points");
        assertThatThrownBy(() -> PartitionRequest.of(uniform(3, 1), 2).withDivisionCode("5301"))
                .hasMessageContaining("12 digits");
        assertThatThrownBy(() -> new WeightedPoint("x", 102, 25, -1)).hasMessageContaining("weight must be >= 0");
    }

    /** A demo-like community: buildings of 1-80 households in a square of about 600 m. */
    private static List<WeightedPoint> demoLikeCommunity(long seed, int buildings) {
        Random r = new Random(seed);
        double cx = 102.6 + r.nextDouble() * 0.2;
        double cy = 24.9 + r.nextDouble() * 0.2;
        List<WeightedPoint> out = new ArrayList<>();
        for (int i = 0; i < buildings; i++) {
            out.add(new WeightedPoint("b" + i, cx + r.nextDouble() * 0.006, cy + r.nextDouble() * 0.006,
                    1 + r.nextInt(80)));
        }
        return out;
    }

    /** 40 demo-like communities of 36 buildings in about 600 m squares, 6 grids each. */
    @Test
    void demoLikeCommunitiesGetContiguousBalancedGridsNoLessCompactThanBefore() {
        double tau = PartitionSettings.DEFAULT_BALANCE_TOLERANCE;
        Partitioner refinement = new RefinedPartitioner(PartitionSettings.defaults());
        int previouslyInPieces = 0;
        double previousCompactness = 0;
        double compactness = 0;
        for (int c = 0; c < 40; c++) {
            List<WeightedPoint> buildings = demoLikeCommunity(1000 + c, 36);
            PartitionRequest request = PartitionRequest.of(buildings, 6).withPolygons(false);
            Partition p = GridPartitioning.with(refinement).partition(request);
            assertThat(p.quality().nonContiguousGrids()).as("community %s", c).hasValue(0);
            assertThat(p.quality().maxOverAverage()).isLessThanOrEqualTo(
                    PartitionPropertiesTest.statedBound(p.quality(), tau) + 1e-9);
            // The repair-only pipeline, for comparison.
            PlanarPoints planar = PlanarPoints.project(buildings);
            int[] previous = PartitionPropertiesTest.repairOnlyPipeline(planar, 6);
            for (boolean contiguous : DelaunayGraph.of(planar).contiguous(previous, 6)) {
                previouslyInPieces += contiguous ? 0 : 1;
            }
            previousCompactness += GridPartitioning.measure(planar, previous, 6).meanCompactness();
            compactness += p.quality().meanCompactness();
        }
        assertThat(previouslyInPieces).as("the inputs exercise the fragment handling").isPositive();
        assertThat(compactness).isGreaterThanOrEqualTo(previousCompactness);
    }

    /**
     * Communities of 50 buildings into 8 grids where the pipeline before the forced absorption (repair,
     * then the candidate search of rcb-refined) left one grid in pieces each (measured on the commit
     * before it); the repair alone leaves them in pieces here too.
     */
    @Test
    void communitiesThePreviousPipelineLeftInPiecesAreNowContiguousWithinTheBand() {
        double tau = PartitionSettings.DEFAULT_BALANCE_TOLERANCE;
        for (long seed : new long[] {1042, 1052, 1057, 1066, 1080}) {
            List<WeightedPoint> buildings = demoLikeCommunity(seed, 50);
            PlanarPoints planar = PlanarPoints.project(buildings);
            int[] repairOnly = PartitionPropertiesTest.repairOnlyPipeline(planar, 8);
            assertThat(DelaunayGraph.of(planar).contiguous(repairOnly, 8)).as("seed %s", seed).contains(false);

            Partition p = GridPartitioning.defaults().partition(PartitionRequest.of(buildings, 8).withPolygons(false));
            assertThat(p.quality().nonContiguousGrids()).as("seed %s", seed).hasValue(0);
            LoadBand band = LoadBand.of(planar, RecursiveBisection.assign(planar, 8), 8, tau);
            assertThat((double) p.quality().maxLoad()).isLessThanOrEqualTo(band.max());
            assertThat((double) p.quality().minLoad()).isGreaterThanOrEqualTo(band.min());
            assertThat(p.quality().maxOverAverage())
                    .isLessThanOrEqualTo(PartitionPropertiesTest.statedBound(p.quality(), tau) + 1e-9);
        }
    }

    /**
     * A rhombus a b c d whose short diagonal a-c is a Delaunay edge and b-d is not; households a 1, b 5,
     * c 9, d 5, and the partitioner puts b and d (not adjacent) in grid 0, a and c in grid 1: loads 10 and 10.
     */
    private static Partition rhombus(ContiguityRule rule) {
        List<WeightedPoint> points = List.of(new WeightedPoint("a", 102.70, 25.0, 1),
                new WeightedPoint("b", 102.71, 24.97, 5), new WeightedPoint("c", 102.72, 25.0, 9),
                new WeightedPoint("d", 102.71, 25.03, 5));
        Partitioner split = fixed(1, 0, 1, 0);
        return GridPartitioning.with(split).partition(PartitionRequest.of(points, 2).withPolygons(false)
                .withContiguity(rule));
    }

    @Test
    void defaultRuleLeavesAGridInPiecesWhenNoContiguousSplitFitsTheBandAndRequireJoinsItAtACost() {
        // Band [9.85, 10.15]: only 10 + 10 fits, and the only split into 10 + 10 is the given one.
        Partition repaired = rhombus(ContiguityRule.REPAIR_WITHIN_BALANCE);
        assertThat(repaired.assignment()).containsExactly(1, 0, 1, 0);
        assertThat(repaired.quality().nonContiguousGrids()).hasValue(1);
        assertThat(repaired.quality().maxOverAverage()).isEqualTo(1.0);

        Partition required = rhombus(ContiguityRule.REQUIRE);
        assertThat(required.quality().nonContiguousGrids()).hasValue(0);
        assertThat(required.quality().totalLoad()).isEqualTo(20);
        assertThat(required.quality().maxOverAverage()).as("the cost of contiguity")
                .isGreaterThan(1 + PartitionSettings.DEFAULT_BALANCE_TOLERANCE);

        Partition reported = rhombus(ContiguityRule.REPORT);
        assertThat(reported.assignment()).containsExactly(1, 0, 1, 0);
        assertThat(reported.quality().nonContiguousGrids()).hasValue(1);
    }

    @Test
    void contiguityFlagMapsToTheDefaultRuleAndFalseTurnsTheTestOff() {
        List<WeightedPoint> points = uniform(20, 2);
        assertThat(PartitionRequest.of(points, 3).contiguityRule()).contains(ContiguityRule.REPAIR_WITHIN_BALANCE);
        assertThat(PartitionRequest.of(points, 3).withContiguity(false).contiguityRule()).isEmpty();
        assertThat(PartitionRequest.of(points, 3).withContiguity(false).contiguity()).isFalse();
        assertThat(PartitionRequest.of(points, 3).withContiguity(ContiguityRule.REQUIRE).withContiguity(true)
                .contiguityRule()).contains(ContiguityRule.REPAIR_WITHIN_BALANCE);
        assertThat(new PartitionRequest(points, 3, java.util.Optional.empty(), java.util.Optional.empty(), false, true)
                .contiguityRule()).contains(ContiguityRule.REPAIR_WITHIN_BALANCE);
        assertThat(GridPartitioning.defaults().partition(PartitionRequest.of(points, 3).withContiguity(false)
                .withPolygons(false)).quality().nonContiguousGrids()).isEmpty();
        assertThatThrownBy(() -> PartitionRequest.of(points, 3).withContiguity((ContiguityRule) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("rule");
    }

    /** A partitioner that returns the given assignment, whatever it is asked. */
    private static Partitioner fixed(int... assignment) {
        return new Partitioner() {
            @Override
            public String name() {
                return "fixed";
            }

            @Override
            public int[] assign(PlanarPoints p, int k) {
                return assignment.clone();
            }
        };
    }

    /** w, m, e on a line west to east, n just north of m; one household each. */
    private static List<WeightedPoint> lineWithPointAbove() {
        return List.of(new WeightedPoint("w", 102.70, 25.0, 1), new WeightedPoint("m", 102.71, 25.0, 1),
                new WeightedPoint("e", 102.72, 25.0, 1), new WeightedPoint("n", 102.71, 25.01, 1));
    }
}
