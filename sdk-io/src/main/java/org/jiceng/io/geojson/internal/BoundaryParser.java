package org.jiceng.io.geojson.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.io.geojson.Boundary;
import org.jiceng.io.geojson.LinearRing;
import org.jiceng.io.geojson.MultiPolygon;
import org.jiceng.io.geojson.Point;
import org.jiceng.io.geojson.Polygon;
import org.jiceng.io.geojson.Position;

/** Turns a GeoJSON geometry object into a {@link Boundary}, recording problems. Not API. */
public final class BoundaryParser {

    private final ObjectFields row;
    private final int maxPositions;
    private int positions;

    /**
     * @param row the reader of the feature (problems are recorded there)
     * @param maxPositions the most positions one geometry may have
     */
    public BoundaryParser(ObjectFields row, int maxPositions) {
        this.row = row;
        this.maxPositions = maxPositions;
    }

    /**
     * @param geometry the {@code geometry} member (missing or null means no boundary)
     * @return the boundary, or empty when absent or faulty (faults are recorded)
     */
    public Optional<Boundary> parse(JsonNode geometry) {
        if (geometry.isMissingNode() || geometry.isNull()) {
            return Optional.empty();
        }
        if (!geometry.isObject()) {
            fail("geometry", geometry, "type:object", "geometry 必须是 GeoJSON 几何对象或 null",
                    "geometry must be a GeoJSON geometry object or null");
            return Optional.empty();
        }
        JsonNode type = geometry.path("type");
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray()) {
            fail("geometry/coordinates", coordinates, "type:array", "geometry/coordinates 必须是数组",
                    "geometry/coordinates must be an array");
            return Optional.empty();
        }
        try {
            if ("Point".equals(type.asText(null)) && type.isTextual()) {
                Position p = position(coordinates, "geometry/coordinates");
                return p == null ? Optional.empty() : Optional.of(new Point(p));
            }
            if ("Polygon".equals(type.asText(null)) && type.isTextual()) {
                return Optional.ofNullable(polygon(coordinates, "geometry/coordinates"));
            }
            if ("MultiPolygon".equals(type.asText(null)) && type.isTextual()) {
                if (coordinates.isEmpty()) {
                    fail("geometry/coordinates", coordinates, "geometry:non-empty", "MultiPolygon 至少需要一个多边形",
                            "a MultiPolygon boundary needs at least one polygon");
                    return Optional.empty();
                }
                List<Polygon> parts = new ArrayList<>();
                for (int i = 0; i < coordinates.size(); i++) {
                    Polygon part = polygon(coordinates.get(i), "geometry/coordinates/" + i);
                    if (part == null) {
                        return Optional.empty();
                    }
                    parts.add(part);
                }
                return Optional.of(new MultiPolygon(parts));
            }
        } catch (TooManyPositions e) {
            fail("geometry/coordinates", null, "max-positions:" + maxPositions,
                    "几何坐标点数超过上限 " + maxPositions, "geometry has more than " + maxPositions + " positions");
            return Optional.empty();
        }
        fail("geometry/type", type, "geometry:type",
                "几何类型必须是 Point、Polygon 或 MultiPolygon", "geometry type must be Point, Polygon or MultiPolygon");
        return Optional.empty();
    }

    private Polygon polygon(JsonNode rings, String path) {
        if (!rings.isArray() || rings.isEmpty()) {
            fail(path, rings, "geometry:polygon", "多边形必须是非空的线环数组",
                    "a polygon must be a non-empty array of linear rings");
            return null;
        }
        List<LinearRing> parsed = new ArrayList<>();
        for (int i = 0; i < rings.size(); i++) {
            LinearRing ring = ring(rings.get(i), path + "/" + i);
            if (ring == null) {
                return null;
            }
            parsed.add(ring);
        }
        return Polygon.ofRings(parsed);
    }

    private LinearRing ring(JsonNode ring, String path) {
        if (!ring.isArray()) {
            fail(path, ring, "geometry:ring", "线环必须是坐标数组", "a linear ring must be an array of positions");
            return null;
        }
        List<Position> list = new ArrayList<>(ring.size());
        for (int i = 0; i < ring.size(); i++) {
            if (++positions > maxPositions) {
                throw new TooManyPositions();
            }
            Position p = position(ring.get(i), path + "/" + i);
            if (p == null) {
                return null;
            }
            list.add(p);
        }
        try {
            return new LinearRing(list);
        } catch (IllegalArgumentException e) {
            fail(path, null, "geometry:closed-ring", "线环无效（至少 4 个坐标且首尾相同）: " + e.getMessage(),
                    "invalid linear ring: " + e.getMessage());
            return null;
        }
    }

    private Position position(JsonNode node, String path) {
        if (!node.isArray() || node.size() < 2 || node.size() > 3 || !node.get(0).isNumber()
                || !node.get(1).isNumber() || (node.size() == 3 && !node.get(2).isNumber())) {
            fail(path, node, "geometry:position", "坐标必须是 [经度, 纬度] 或 [经度, 纬度, 高程] 数字数组",
                    "a position must be an array [lon, lat] or [lon, lat, alt] of numbers");
            return null;
        }
        try {
            return new Position(node.get(0).doubleValue(), node.get(1).doubleValue());
        } catch (IllegalArgumentException e) {
            fail(path, node, "geometry:range", "坐标超出 WGS-84 范围: " + e.getMessage(),
                    "position out of WGS-84 range: " + e.getMessage());
            return null;
        }
    }

    private void fail(String field, JsonNode raw, String constraint, String zh, String en) {
        row.problem(field, raw, constraint, zh, en);
    }

    /** Unwinds the recursive descent when a geometry is too large. */
    private static final class TooManyPositions extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyPositions() {
            super(null, null, false, false);
        }
    }
}
