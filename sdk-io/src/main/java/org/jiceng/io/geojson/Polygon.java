package org.jiceng.io.geojson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A GeoJSON Polygon (RFC 7946 §3.1.6): one exterior ring and zero or more holes.
 *
 * @param exterior the outer ring
 * @param holes interior rings, possibly empty
 */
public record Polygon(LinearRing exterior, List<LinearRing> holes) implements Boundary {

    /**
     * Validates and copies.
     *
     * @param exterior the outer ring
     * @param holes interior rings, possibly empty
     * @throws NullPointerException if {@code exterior} or a hole is null
     */
    public Polygon {
        Objects.requireNonNull(exterior, "exterior");
        holes = holes == null ? List.of() : List.copyOf(holes);
    }

    /**
     * @param exterior the outer ring
     * @return a polygon without holes
     */
    public static Polygon of(LinearRing exterior) {
        return new Polygon(exterior, List.of());
    }

    /**
     * @param rings exterior ring first, then holes (the GeoJSON coordinate order)
     * @return the polygon
     * @throws IllegalArgumentException when {@code rings} is empty
     */
    public static Polygon ofRings(List<LinearRing> rings) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("A polygon needs at least its exterior ring");
        }
        return new Polygon(rings.get(0), rings.subList(1, rings.size()));
    }

    /** @return exterior ring followed by holes, as GeoJSON lists them */
    public List<LinearRing> rings() {
        List<LinearRing> rings = new ArrayList<>(holes.size() + 1);
        rings.add(exterior);
        rings.addAll(holes);
        return List.copyOf(rings);
    }

    @Override
    public Polygon normalized() {
        return new Polygon(exterior.oriented(true), holes.stream().map(h -> h.oriented(false)).toList());
    }

    @Override
    public String geoJsonType() {
        return "Polygon";
    }

    @Override
    public int positionCount() {
        return rings().stream().mapToInt(r -> r.positions().size()).sum();
    }
}
