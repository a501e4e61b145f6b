package org.jiceng.grid.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridIndexes;
import org.jiceng.grid.index.GridShape;
import org.jiceng.grid.index.LatticeCoverage;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class CoverageValidatorTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private static Geometry rectangle(LatticeCoverage c) {
        return FACTORY.toGeometry(new Envelope(c.minLon(), c.maxLon(), c.minLat(), c.maxLat()));
    }

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return (Polygon) FACTORY.toGeometry(new Envelope(x0, x1, y0, y1));
    }

    @Property(tries = 25)
    void cleanLatticeCoverageHasNoIssues(@ForAll @IntRange(min = 1, max = 8) int nx,
            @ForAll @IntRange(min = 1, max = 8) int ny, @ForAll long seed) {
        LatticeCoverage c = new LatticeCoverage(nx, ny, seed);
        assertThat(CoverageValidator.validate(c.shapes()).issues()).isEmpty();
        CoverageReport withParent = CoverageValidator.validate(c.shapes(), rectangle(c),
                CoverageOptions.defaults().withMinArea(0));
        assertThat(withParent.isClean()).as(withParent.summary()).isTrue();
        assertThat(withParent.parentGiven()).isTrue();
    }

    @Property(tries = 25)
    void removedGridIsReportedAsAGapAtItsPlace(@ForAll @IntRange(min = 1, max = 7) int nx,
            @ForAll @IntRange(min = 1, max = 7) int ny, @ForAll long seed) {
        LatticeCoverage c = new LatticeCoverage(nx, ny, seed);
        List<GridShape> shapes = new ArrayList<>(c.shapes());
        GridShape removed = shapes.remove(new Random(seed).nextInt(shapes.size()));

        CoverageReport report = CoverageValidator.validate(shapes, rectangle(c));

        assertThat(report.overlaps()).isEmpty();
        assertThat(report.outsideParent()).isEmpty();
        assertThat(report.gaps()).hasSize(1);
        CoverageIssue gap = report.gaps().get(0);
        assertThat(gap.region().getArea()).isCloseTo(removed.geometry().getArea(), within(1e-12));
        assertThat(gap.region().symDifference(removed.geometry()).getArea()).isLessThan(1e-12);
        assertThat(removed.geometry().contains(FACTORY.createPoint(new Coordinate(gap.lon(), gap.lat())))).isTrue();
        List<String> neighbours = shapes.stream()
                .filter(s -> s.geometry().intersects(removed.geometry())).map(GridShape::gridId).sorted().toList();
        assertThat(gap.gridIds()).isEqualTo(neighbours);
        // Square metres, not degrees: the local ellipsoidal scale estimate agrees to well under 0.1%.
        double expected = removed.geometry().getArea() * squareMetresPerSquareDegree(
                removed.geometry().getCentroid().getY());
        assertThat(gap.areaSquareMetres()).isCloseTo(expected, within(expected * 1e-3));
    }

    @Property(tries = 25)
    void injectedOverlappingGridIsReportedWithEveryGridItOverlaps(@ForAll @IntRange(min = 2, max = 7) int n,
            @ForAll long seed) {
        LatticeCoverage c = new LatticeCoverage(n, n, seed);
        Random random = new Random(seed);
        double w = c.maxLon() - c.minLon();
        double h = c.maxLat() - c.minLat();
        double x0 = c.minLon() + w * (0.1 + 0.5 * random.nextDouble());
        double y0 = c.minLat() + h * (0.1 + 0.5 * random.nextDouble());
        Polygon extra = box(x0, y0, x0 + w * 0.3, y0 + h * 0.3);
        List<GridShape> shapes = new ArrayList<>(c.shapes());
        shapes.add(new GridShape("ZZ-extra", extra));

        CoverageReport report = CoverageValidator.validate(shapes, rectangle(c),
                CoverageOptions.defaults().withMinArea(0));

        assertThat(report.gaps()).isEmpty();
        assertThat(report.overlaps()).isNotEmpty();
        double overlapArea = 0;
        GridIndex index = GridIndexes.create(shapes);
        for (CoverageIssue overlap : report.overlaps()) {
            assertThat(overlap.gridIds()).hasSize(2).contains("ZZ-extra");
            assertThat(index.covering(overlap.lon(), overlap.lat())).containsAll(overlap.gridIds());
            overlapArea += overlap.region().getArea();
        }
        // Summing the pieces' areas rounds a little per piece: compare relatively, to a billionth.
        assertThat(overlapArea).isCloseTo(extra.getArea(), within(extra.getArea() * 1e-9));
        List<String> overlapped = c.shapes().stream()
                .filter(s -> s.geometry().intersection(extra).getArea() > 0).map(GridShape::gridId).sorted().toList();
        assertThat(report.overlaps().stream().map(o -> o.gridIds().get(0)).distinct().sorted().toList())
                .isEqualTo(overlapped);
    }

    @Test
    void withoutParentOnlyEnclosedHolesAreGapsUnlessAskedOtherwise() {
        LatticeCoverage c = new LatticeCoverage(3, 3, 1);
        List<GridShape> shapes = new ArrayList<>(c.shapes());
        shapes.removeIf(s -> s.gridId().equals(c.id(0, 0)));

        assertThat(CoverageValidator.validate(shapes).gaps()).as("a missing corner is a bay, not a hole").isEmpty();
        assertThat(CoverageValidator.validate(shapes,
                CoverageOptions.defaults().withGapDomain(GapDomain.ENVELOPE)).gaps()).hasSize(1);
        assertThat(CoverageValidator.validate(shapes, rectangle(c)).gaps()).hasSize(1);

        List<GridShape> holed = new ArrayList<>(c.shapes());
        holed.removeIf(s -> s.gridId().equals(c.id(1, 1)));
        CoverageReport report = CoverageValidator.validate(holed);
        assertThat(report.gaps()).hasSize(1);
        assertThat(report.gaps().get(0).gridIds()).hasSize(8);
    }

    @Test
    void holeWithAnIslandGridCountsOnlyTheUncoveredRing() {
        Polygon outer = FACTORY.createPolygon(FACTORY.createLinearRing(box(0, 0, 0.03, 0.03).getCoordinates()),
                new org.locationtech.jts.geom.LinearRing[] {
                    FACTORY.createLinearRing(box(0.01, 0.01, 0.02, 0.02).getCoordinates())});
        Polygon island = box(0.013, 0.013, 0.017, 0.017);
        CoverageReport report = CoverageValidator.validate(
                List.of(new GridShape("ring", outer), new GridShape("island", island)));
        assertThat(report.gaps()).hasSize(1);
        assertThat(report.gaps().get(0).region().getArea()).isCloseTo(0.0001 - 0.000016, within(1e-12));
        assertThat(report.gaps().get(0).gridIds()).containsExactly("island", "ring");
    }

    @Test
    void duplicateAndNestedGridsAreOverlaps() {
        Polygon a = box(116.0, 39.9, 116.1, 40.0);
        Polygon b = box(116.1, 39.9, 116.2, 40.0);
        CoverageReport duplicate = CoverageValidator.validate(List.of(new GridShape("a", a),
                new GridShape("a-copy", a), new GridShape("b", b)));
        assertThat(duplicate.overlaps()).singleElement().satisfies(o -> {
            assertThat(o.gridIds()).containsExactly("a", "a-copy");
            assertThat(o.region().getArea()).isCloseTo(a.getArea(), within(1e-12));
        });
        Polygon inner = box(116.02, 39.92, 116.04, 39.94);
        CoverageReport nested = CoverageValidator.validate(List.of(new GridShape("a", a),
                new GridShape("inner", inner), new GridShape("b", b)));
        assertThat(nested.overlaps()).singleElement().satisfies(o -> {
            assertThat(o.gridIds()).containsExactly("a", "inner");
            assertThat(o.lon()).isBetween(116.02, 116.04);
            assertThat(o.lat()).isBetween(39.92, 39.94);
        });
        assertThat(nested.gaps()).isEmpty();
    }

    @Test
    void edgesSplitAtDifferentVerticesStillFormACleanCoverage() {
        Polygon left = box(116.0, 39.9, 116.1, 40.0);
        Polygon rightTop = box(116.1, 39.95, 116.2, 40.0);
        Polygon rightBottom = box(116.1, 39.9, 116.2, 39.95);
        CoverageReport report = CoverageValidator.validate(List.of(new GridShape("l", left),
                new GridShape("rt", rightTop), new GridShape("rb", rightBottom)),
                box(116.0, 39.9, 116.2, 40.0));
        assertThat(report.isClean()).as(report.summary()).isTrue();
    }

    @Test
    void gridStickingOutOfTheParentIsReported() {
        Polygon parent = box(116.0, 39.9, 116.1, 40.0);
        List<GridShape> grids = List.of(new GridShape("a", box(116.0, 39.9, 116.05, 40.0)),
                new GridShape("b", box(116.05, 39.9, 116.12, 40.0)));
        CoverageReport report = CoverageValidator.validate(grids, parent);
        assertThat(report.outsideParent()).singleElement().satisfies(issue -> {
            assertThat(issue.gridIds()).containsExactly("b");
            assertThat(issue.lon()).isBetween(116.1, 116.12);
            assertThat(issue.region().getArea()).isCloseTo(0.02 * 0.1, within(1e-12));
        });
        assertThat(report.gaps()).isEmpty();
        assertThat(report.summary()).contains("1 piece(s) outside the parent").contains("OUTSIDE_PARENT of [b]");
    }

    /** Area of one square degree near a latitude on the CGCS2000 ellipsoid: M N cos(phi) (pi/180)^2. */
    private static double squareMetresPerSquareDegree(double latitude) {
        double a = 6_378_137.0;
        double f = 1 / 298.257222101;
        double e2 = f * (2 - f);
        double s = Math.sin(Math.toRadians(latitude));
        double w = 1 - e2 * s * s;
        double m = a * (1 - e2) / Math.pow(w, 1.5);
        double n = a / Math.sqrt(w);
        double radian = Math.PI / 180;
        return m * n * Math.cos(Math.toRadians(latitude)) * radian * radian;
    }

    @Test
    void areaIsInSquareMetres() {
        // 0.01 x 0.01 degree at 0.005 N: about 1106 m x 1113 m.
        CoverageReport report = CoverageValidator.validate(List.of(new GridShape("a", box(0, 0, 0.01, 0.01))),
                box(0, 0, 0.02, 0.01));
        double expected = 1e-4 * squareMetresPerSquareDegree(0.005);
        assertThat(expected).isBetween(1.22e6, 1.24e6);
        assertThat(report.gaps()).singleElement()
                .satisfies(g -> assertThat(g.areaSquareMetres()).isCloseTo(expected, within(expected * 1e-4)));
    }

    @Test
    void sliversBelowTheThresholdAreIgnored() {
        List<GridShape> grids = List.of(new GridShape("a", box(116.0, 39.9, 116.05, 40.0)),
                new GridShape("b", box(116.050000000001, 39.9, 116.1, 40.0)));
        Geometry parent = box(116.0, 39.9, 116.1, 40.0);
        assertThat(CoverageValidator.validate(grids, parent).gaps()).isEmpty();
        assertThat(CoverageValidator.validate(grids, parent, CoverageOptions.defaults().withMinArea(0)).gaps())
                .hasSize(1);
    }

    @Test
    void rejectsNonPolygonalParentAndDuplicateIds() {
        GridShape a = new GridShape("a", box(0, 0, 1, 1));
        assertThatThrownBy(() -> CoverageValidator.validate(List.of(a),
                FACTORY.createPoint(new Coordinate(0, 0)))).hasMessageContaining("Point");
        assertThatThrownBy(() -> CoverageValidator.validate(List.of(a, a))).hasMessageContaining("Duplicate grid id 'a'");
        assertThatThrownBy(() -> CoverageOptions.defaults().withMinArea(-1)).hasMessageContaining("minAreaSquareMetres");
    }

    @Test
    void emptyInputWithParentIsOneBigGap() {
        CoverageReport report = CoverageValidator.validate(List.of(), box(0, 0, 1, 1));
        assertThat(report.gaps()).singleElement().satisfies(g -> assertThat(g.gridIds()).isEmpty());
        assertThat(CoverageValidator.validate(List.of()).isClean()).isTrue();
    }
}
