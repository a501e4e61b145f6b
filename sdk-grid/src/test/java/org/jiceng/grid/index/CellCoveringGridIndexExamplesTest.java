package org.jiceng.grid.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Degenerate and hand-made cases for the default {@code cell-covering} index. */
class CellCoveringGridIndexExamplesTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return FACTORY.createPolygon(ring(x0, y0, x1, y1));
    }

    private static LinearRing ring(double x0, double y0, double x1, double y1) {
        return FACTORY.createLinearRing(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    private static GridIndex index(GridShape... shapes) {
        return new CellCoveringGridIndexProvider().create(List.of(shapes));
    }

    @Test
    void oneGridOwnsItsCornersAndEdgesAndNotTheNextDoubleOutside() {
        GridIndex one = index(new GridShape("g", box(116.0, 39.9, 116.1, 40.0)));
        assertThat(one.locate(116.0, 39.9)).contains("g");
        assertThat(one.locate(116.1, 40.0)).contains("g");
        assertThat(one.locate(116.05, 40.0)).contains("g");
        assertThat(one.locate(116.05, 39.95)).contains("g");
        assertThat(one.locate(Math.nextUp(116.1), 39.95)).isEmpty();
        assertThat(one.locate(116.05, Math.nextDown(39.9))).isEmpty();
        assertThat(one.locateShape(116.05, 39.95)).map(GridShape::gridId).contains("g");
        assertThat(one.locateShape(117, 39.95)).isEmpty();
    }

    @Test
    void pointsInTheNotchOfAConcaveGridBelongToNoGrid() {
        Polygon u = FACTORY.createPolygon(new Coordinate[] {new Coordinate(116.0, 39.0), new Coordinate(116.3, 39.0),
            new Coordinate(116.3, 39.3), new Coordinate(116.2, 39.3), new Coordinate(116.2, 39.1),
            new Coordinate(116.1, 39.1), new Coordinate(116.1, 39.3), new Coordinate(116.0, 39.3),
            new Coordinate(116.0, 39.0)});
        GridIndex index = index(new GridShape("u", u));
        assertThat(index.locate(116.15, 39.2)).isEmpty();
        assertThat(index.locate(116.15, 39.29)).isEmpty();
        assertThat(index.locate(116.15, 39.1)).contains("u");
        assertThat(index.locate(116.05, 39.2)).contains("u");
    }

    @Test
    void aGridInsideAnotherGridsHoleOwnsTheHoleAndTheHoleBoundaryGoesToTheLowestId() {
        Polygon donut = FACTORY.createPolygon(ring(116.0, 39.0, 116.4, 39.4),
                new LinearRing[] {ring(116.1, 39.1, 116.2, 39.2)});
        GridIndex index = index(new GridShape("z-donut", donut), new GridShape("a-core", box(116.1, 39.1, 116.2, 39.2)));
        assertThat(index.locate(116.15, 39.15)).contains("a-core");
        assertThat(index.locate(116.3, 39.3)).contains("z-donut");
        assertThat(index.locate(116.1, 39.15)).contains("a-core");
        assertThat(index.covering(116.1, 39.15)).containsExactly("a-core", "z-donut");
        GridIndex swapped = index(new GridShape("a-donut", donut), new GridShape("z-core", box(116.1, 39.1, 116.2, 39.2)));
        assertThat(swapped.locate(116.1, 39.15)).contains("a-donut");
        assertThat(swapped.locate(116.15, 39.15)).contains("z-core");
    }

    @Test
    void inAnOverlapOfAFaultyCoverageTheLowestIdWinsEvenInsideTheOtherGridsInterior() {
        GridShape big = new GridShape("b-big", box(116.0, 39.0, 117.0, 40.0));
        GridShape small = new GridShape("a-small", box(116.4, 39.4, 116.6, 39.6));
        assertThat(index(big, small).locate(116.5, 39.5)).contains("a-small");
        assertThat(index(big, small).locate(116.2, 39.2)).contains("b-big");
        GridShape bigFirst = new GridShape("a-big", box(116.0, 39.0, 117.0, 40.0));
        GridShape smallLast = new GridShape("b-small", box(116.4, 39.4, 116.6, 39.6));
        assertThat(index(bigFirst, smallLast).locate(116.5, 39.5)).contains("a-big");
    }

    @Test
    void aSliverGridNarrowerThanOneCellIsFoundExactly() {
        double thin = 1e-9;
        GridShape left = new GridShape("left", box(116.0, 39.0, 116.5, 39.5));
        GridShape sliver = new GridShape("sliver", box(116.5, 39.0, 116.5 + thin, 39.5));
        GridShape right = new GridShape("right", box(116.5 + thin, 39.0, 117.0, 39.5));
        GridIndex index = index(left, sliver, right);
        assertThat(index.locate(116.5 + thin / 2, 39.2)).contains("sliver");
        assertThat(index.locate(116.5, 39.2)).contains("left");
        assertThat(index.locate(116.5 + thin, 39.2)).contains("right");
        assertThat(index.locate(116.5 + 2 * thin, 39.2)).contains("right");
    }

    @Test
    void aGridSmallerThanTheMarginIsStillExact() {
        GridShape tiny = new GridShape("tiny", box(116.0, 39.0, 116.0 + 1e-12, 39.0 + 1e-12));
        GridIndex index = index(tiny);
        assertThat(index.locate(116.0 + 5e-13, 39.0 + 5e-13)).contains("tiny");
        assertThat(index.locate(116.0 + 2e-12, 39.0)).isEmpty();
    }

    @Test
    void describesItsLattice() {
        GridIndex index = index(new GridShape("g", box(116.0, 39.9, 116.1, 40.0)));
        assertThat(index.toString()).contains("1 grids").contains("cells").contains("boundary");
    }
}
