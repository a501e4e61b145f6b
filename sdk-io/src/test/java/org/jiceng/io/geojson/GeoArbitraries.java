package org.jiceng.io.geojson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Grid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Generators of areas, grids and (valid) boundaries for GeoJSON properties. */
public final class GeoArbitraries {

    private GeoArbitraries() {
    }

    /** @return identifiers, including characters that JSON must escape */
    public static Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('-', '/', '~', '"', '社', '区')
                .ofMinLength(1).ofMaxLength(6);
    }

    /** @return display names: Chinese, ASCII and JSON escapes */
    public static Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('\u4e00', '\u4fff').withCharRange('A', 'z')
                .withChars(' ', '"', '\\', '\n', '\t').ofMinLength(1).ofMaxLength(8)
                .filter(s -> !s.isBlank());
    }

    /** @return non-negative counts */
    public static Arbitrary<Integer> counts() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).edgeCases(c -> c.includeOnly(0, Integer.MAX_VALUE));
    }

    /** @return centres away from the antimeridian and the poles, with up to nine decimals */
    private static Arbitrary<Coordinate> centres() {
        return Combinators.combine(
                Arbitraries.doubles().between(-170, 170).ofScale(9),
                Arbitraries.doubles().between(-80, 80).ofScale(9)).as(Coordinate::new);
    }

    /**
     * A star-shaped ring around {@code c}: n corners at evenly spaced angles, each at a radius between
     * half and all of {@code r}; it contains the disc of radius r/4 around c, so it is always simple.
     */
    private static LinearRing star(Coordinate c, double r, List<Double> radii, boolean ccw) {
        int n = radii.size();
        Coordinate[] cs = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double ri = r * (0.5 + 0.5 * radii.get(i));
            cs[i] = new Coordinate(c.x + ri * Math.cos(a), c.y + ri * Math.sin(a));
        }
        cs[n] = cs[0].copy();
        LinearRing ring = Shapes.JTS.createLinearRing(cs);
        return ccw ? ring : ring.reverse();
    }

    private static Arbitrary<List<Double>> radii() {
        return Arbitraries.doubles().between(0, 1).list().ofMinSize(3).ofMaxSize(7);
    }

    /** @return valid polygons at {@code c}, in either orientation, with at most one hole */
    private static Arbitrary<Polygon> polygonsAt(Coordinate c, double r) {
        return Combinators.combine(radii(), radii(), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((shell, hole, ccw, holeCcw, withHole) -> {
                    LinearRing s = star(c, r, shell, ccw);
                    return withHole ? Shapes.polygon(s, star(c, r / 8, hole, holeCcw)) : Shapes.polygon(s);
                });
    }

    /** @return valid polygons with up to one hole, in either orientation */
    public static Arbitrary<Polygon> polygons() {
        return centres().flatMap(c -> polygonsAt(c, 0.01));
    }

    /** @return polygons, multipolygons (disjoint parts) or points */
    public static Arbitrary<Geometry> boundaries() {
        Arbitrary<Geometry> multi = Combinators.combine(centres(), Arbitraries.integers().between(1, 3))
                .flatAs((c, n) -> {
                    List<Arbitrary<Polygon>> parts = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        parts.add(polygonsAt(new Coordinate(c.x + i * 0.05, c.y), 0.01));
                    }
                    return Combinators.combine(parts).as(ps -> Shapes.multi(ps.toArray(new Polygon[0])));
                });
        return Arbitraries.oneOf(polygons().map(p -> (Geometry) p), multi,
                centres().map(c -> (Geometry) Shapes.point(c.x, c.y)));
    }

    /** @return areas with every optional component sometimes present */
    public static Arbitrary<Area> areas() {
        return Combinators.combine(ids(), names(), Arbitraries.of(AreaLevel.class), ids().optional(0.5),
                Arbitraries.strings().numeric().ofLength(12).optional(0.5), ids().optional(0.6),
                counts().optional(0.5), counts().optional(0.5))
                .as(Area::new);
    }

    /** @return grids with every optional component sometimes present */
    public static Arbitrary<Grid> grids() {
        return Combinators.combine(ids(), Arbitraries.strings().numeric().ofLength(15), names(), ids(),
                ids().optional(0.4), ids().list().ofMaxSize(4), counts(), ids().optional(0.6))
                .as(Grid::new);
    }

    /** @return documents whose records have unique ids per kind and boundaries for some references */
    public static Arbitrary<GeoJsonDocument> documents() {
        return Combinators.combine(
                areas().list().ofMaxSize(6).uniqueElements(Area::id),
                grids().list().ofMaxSize(6).uniqueElements(Grid::id),
                boundaries().list().ofSize(12),
                Arbitraries.integers().between(0, 4096))
                .as((areas, grids, shapes, mask) -> {
                    Map<String, Geometry> boundaries = new LinkedHashMap<>();
                    List<Optional<String>> refs = new ArrayList<>();
                    areas.forEach(a -> refs.add(a.geometryRef()));
                    grids.forEach(g -> refs.add(g.geometryRef()));
                    for (int i = 0; i < refs.size(); i++) {
                        if (refs.get(i).isPresent() && (mask & (1 << i)) != 0) {
                            boundaries.putIfAbsent(refs.get(i).get(), shapes.get(i));
                        }
                    }
                    return new GeoJsonDocument(areas, grids, boundaries);
                });
    }
}
