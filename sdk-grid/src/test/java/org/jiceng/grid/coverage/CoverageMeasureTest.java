package org.jiceng.grid.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.grid.index.GridShape;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Areas of coverage defects measured on densified projected geometry, and where a defect is. */
class CoverageMeasureTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private static Coordinate c(double x, double y) {
        return new Coordinate(x, y);
    }

    /** West and east grids of the split parent; the east copy of the diagonal is {@code offset} degrees east. */
    private static List<GridShape> split(double offset) {
        Coordinate sw = c(116.0, 39.6);
        Coordinate ne = c(116.6, 40.2);
        List<Coordinate> eastRing = new ArrayList<>();
        eastRing.add(c(116.6, 39.6));
        for (int j = 0; j <= 60; j++) {
            double east = j == 0 || j == 60 ? 0 : offset;
            eastRing.add(c(sw.x + (ne.x - sw.x) * j / 60.0 + east, sw.y + (ne.y - sw.y) * j / 60.0));
        }
        eastRing.add(c(116.6, 39.6));
        java.util.Collections.reverse(eastRing);
        return List.of(new GridShape("W", FACTORY.createPolygon(new Coordinate[] {sw, ne, c(116.0, 40.2), sw})),
                new GridShape("E", FACTORY.createPolygon(eastRing.toArray(Coordinate[]::new))));
    }

    private static Geometry parent() {
        return FACTORY.createPolygon(new Coordinate[] {c(116.0, 39.6), c(116.6, 39.6), c(116.6, 40.2), c(116.0, 40.2),
            c(116.0, 39.6)});
    }

    @Test
    void aRealSliverAlongALongEdgeIsMeasuredOnTheEllipsoidAndLocatedStrictlyInsideIt() {
        // A micro-degree (about 9 cm) east of the diagonal: a sliver of 0.6 x 1e-6 square degrees less two end triangles.
        CoverageReport report = CoverageValidator.validate(split(1e-6), parent());

        assertThat(report.gaps()).hasSize(1);
        CoverageIssue gap = report.gaps().get(0);
        assertThat(gap.region().contains(FACTORY.createPoint(c(gap.lon(), gap.lat())))).as(gap.describe()).isTrue();
        double lonLatArea = gap.region().getArea();
        double expected = lonLatArea * Math.toRadians(1) * Math.toRadians(1) * 6378137.0 * 6356752.3
                * Math.cos(Math.toRadians(gap.lat()));
        assertThat(gap.areaSquareMetres()).isCloseTo(expected, org.assertj.core.api.Assertions.within(expected * 0.01));
    }

    @Test
    void areasOnTheEllipsoidAddUpAcrossALongSharedEdgeAndMatchDenseProjection() {
        List<GridShape> parts = split(0);
        double whole = EllipsoidArea.squareMetres(parent());
        double sum = EllipsoidArea.squareMetres(parts.get(0).geometry())
                + EllipsoidArea.squareMetres(parts.get(1).geometry());
        assertThat(sum).isCloseTo(whole, org.assertj.core.api.Assertions.within(1e-3));
        // The same rectangle projected to Gauss-Krüger with edges densified to about 10 m.
        Geometry dense = org.locationtech.jts.densify.Densifier.densify(parent(), 0.0001);
        double projected = org.jiceng.grid.geo.Measures.areaSquareMetres(dense);
        assertThat(whole).isCloseTo(projected, org.assertj.core.api.Assertions.within(projected * 1e-5));
    }

    /**
     * A 0.6 x 0.6 degree parent (about 50 km) split by a straight lon/lat diagonal; the east grid's copy of
     * the diagonal has 59 vertices a picodegree (0.1 micrometre) east of it, as rounding in another tool
     * leaves them: a sliver of about 0.004 m², which projecting the vertices measured as 6.5 km².
     */
    @Test
    void twoGridsSharingALongStraightLonLatEdgeLeaveNoGap() {
        CoverageReport report = CoverageValidator.validate(split(1e-12), parent());

        assertThat(report.isClean()).as(report.summary()).isTrue();
    }
}
