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

/** Generators of areas, grids and boundaries for GeoJSON properties. */
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

    /** @return valid positions with up to nine decimals */
    public static Arbitrary<Position> positions() {
        return Combinators.combine(
                Arbitraries.doubles().between(-180, 180).ofScale(9),
                Arbitraries.doubles().between(-90, 90).ofScale(9)).as(Position::new);
    }

    /** @return closed rings of 3 to 7 distinct-ish corners, in either orientation */
    public static Arbitrary<LinearRing> rings() {
        return positions().list().ofMinSize(3).ofMaxSize(7).map(corners -> {
            List<Position> closed = new ArrayList<>(corners);
            closed.add(corners.get(0));
            return new LinearRing(closed);
        });
    }

    /** @return polygons with up to two holes */
    public static Arbitrary<Polygon> polygons() {
        return Combinators.combine(rings(), rings().list().ofMaxSize(2)).as(Polygon::new);
    }

    /** @return polygons, multipolygons or points */
    public static Arbitrary<Boundary> boundaries() {
        return Arbitraries.oneOf(polygons().map(p -> (Boundary) p),
                polygons().list().ofMinSize(1).ofMaxSize(3).map(MultiPolygon::new),
                positions().map(Point::new));
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
                    Map<String, Boundary> boundaries = new LinkedHashMap<>();
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
