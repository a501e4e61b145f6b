package org.jiceng.io.geojson.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jiceng.io.geojson.InvalidGeometry;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Turns a GeoJSON geometry object (Point, Polygon, MultiPolygon) into a JTS geometry, recording
 * problems and, when repair is allowed, the repairs as notes. Not API.
 *
 * <p>Polygonal geometry is checked with JTS {@link IsValidOp}: an invalid one (self-intersection,
 * self-touching ring, ring not closed, too few points, hole outside the shell, nested shells) is
 * rejected naming the JTS reason and the coordinate, or with {@link InvalidGeometry#REPAIR} repaired
 * by {@link GeometryFixer} with a note. A ring that does not end where it starts is closed by repeating
 * its first position (with a note) only under repair.
 */
public final class GeometryReader {

    private final ObjectFields row;
    private final int maxPositions;
    private final InvalidGeometry invalid;
    private int positions;

    /**
     * @param row the reader of the feature (problems and notes are recorded there)
     * @param maxPositions the most positions one geometry may have
     * @param invalid reject or repair invalid polygonal geometry
     */
    public GeometryReader(ObjectFields row, int maxPositions, InvalidGeometry invalid) {
        this.row = row;
        this.maxPositions = maxPositions;
        this.invalid = invalid;
    }

    /**
     * @param geometry the {@code geometry} member (missing or null means no geometry)
     * @return the geometry, or empty when absent or faulty (faults are recorded)
     */
    public Optional<Geometry> parse(JsonNode geometry) {
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
        String typeName = type.isTextual() ? type.textValue() : "";
        try {
            switch (typeName) {
                case "Point": {
                    Coordinate p = position(coordinates, "geometry/coordinates");
                    return p == null ? Optional.empty() : Optional.of(Geometries.FACTORY.createPoint(p));
                }
                case "Polygon": {
                    Polygon polygon = polygon(coordinates, "geometry/coordinates");
                    return polygon == null ? Optional.empty() : checked(polygon);
                }
                case "MultiPolygon": {
                    if (coordinates.isEmpty()) {
                        fail("geometry/coordinates", coordinates, "geometry:non-empty", "MultiPolygon 至少需要一个多边形",
                                "a MultiPolygon needs at least one polygon");
                        return Optional.empty();
                    }
                    Polygon[] parts = new Polygon[coordinates.size()];
                    for (int i = 0; i < coordinates.size(); i++) {
                        parts[i] = polygon(coordinates.get(i), "geometry/coordinates/" + i);
                        if (parts[i] == null) {
                            return Optional.empty();
                        }
                    }
                    return checked(Geometries.FACTORY.createMultiPolygon(parts));
                }
                default:
                    break;
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

    /** Validates a polygonal geometry with JTS; rejects it, or repairs it with a note. */
    private Optional<Geometry> checked(Geometry polygonal) {
        TopologyValidationError error = new IsValidOp(polygonal).getValidationError();
        if (error == null) {
            return Optional.of(polygonal);
        }
        String reason = describe(error);
        if (invalid == InvalidGeometry.REJECT) {
            fail("geometry", null, "geometry:valid", "几何无效（JTS：" + reason + "）；可用 InvalidGeometry.REPAIR 修复",
                    "invalid geometry (JTS: " + reason + "); repair it with InvalidGeometry.REPAIR");
            return Optional.empty();
        }
        Geometry fixed = GeometryFixer.fix(polygonal);
        if (fixed.isEmpty() || fixed.getDimension() != 2) {
            fail("geometry", null, "geometry:valid", "几何无效且无法修复（JTS：" + reason + "）",
                    "invalid geometry that cannot be repaired (JTS: " + reason + ")");
            return Optional.empty();
        }
        Geometry polygons = Geometries.polygonal(fixed);
        note("geometry", summary(polygonal) + ", invalid", summary(polygons), "geometry:repaired",
                "几何已用 GeometryFixer 修复（JTS：" + reason + "），修复后为 "
                + polygons.getGeometryType() + "，" + polygons.getNumGeometries() + " 个部分",
                "geometry repaired with GeometryFixer (JTS: " + reason + "); now a " + polygons.getGeometryType()
                        + " of " + polygons.getNumGeometries() + " part(s)");
        return Optional.of(polygons);
    }

    /**
     * @param error a JTS validation error
     * @return its message and coordinate, e.g. {@code Self-intersection at (102.7, 25.01)}
     */
    public static String describe(TopologyValidationError error) {
        Coordinate c = error.getCoordinate();
        return error.getMessage() + (c == null ? "" : String.format(Locale.ROOT, " at (%s, %s)",
                Geometries.number(c.x), Geometries.number(c.y)));
    }

    private @Nullable Polygon polygon(JsonNode rings, String path) {
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
        return Geometries.FACTORY.createPolygon(parsed.get(0),
                parsed.subList(1, parsed.size()).toArray(new LinearRing[0]));
    }

    private @Nullable LinearRing ring(JsonNode ring, String path) {
        if (!ring.isArray()) {
            fail(path, ring, "geometry:ring", "线环必须是坐标数组", "a linear ring must be an array of positions");
            return null;
        }
        List<Coordinate> list = new ArrayList<>(ring.size() + 1);
        for (int i = 0; i < ring.size(); i++) {
            if (++positions > maxPositions) {
                throw new TooManyPositions();
            }
            Coordinate p = position(ring.get(i), path + "/" + i);
            if (p == null) {
                return null;
            }
            list.add(p);
        }
        boolean closed = !list.isEmpty() && list.get(0).equals2D(list.get(list.size() - 1));
        if (!closed && invalid == InvalidGeometry.REPAIR && list.size() >= 3) {
            Coordinate first = list.get(0);
            list.add(first.copy());
            note(path, ring.size() + " positions, last " + Geometries.describe(list.get(list.size() - 2)),
                    list.size() + " positions, last " + Geometries.describe(first), "geometry:closed-ring", "线环首尾不同（JTS：Ring is not closed），已重复首个坐标使其闭合 "
                    + Geometries.describe(first), "ring did not end where it starts (JTS: Ring is not closed); closed by "
                    + "repeating its first position " + Geometries.describe(first));
            closed = true;
        }
        if (!closed || list.size() < 4) {
            String reason = !closed ? "Ring is not closed: first " + (list.isEmpty() ? "-" : Geometries.describe(list.get(0)))
                    + ", last " + (list.isEmpty() ? "-" : Geometries.describe(list.get(list.size() - 1)))
                    : "Too few distinct points in geometry component: " + list.size() + " positions, at least 4";
            fail(path, null, "geometry:closed-ring", "线环无效（至少 4 个坐标且首尾相同；JTS：" + reason + "）"
                    + (closed ? "" : "；可用 InvalidGeometry.REPAIR 闭合"),
                    "invalid linear ring (at least 4 positions, first equal to last; JTS: " + reason + ")"
                            + (closed ? "" : "; InvalidGeometry.REPAIR closes it"));
            return null;
        }
        return Geometries.FACTORY.createLinearRing(list.toArray(new Coordinate[0]));
    }

    private @Nullable Coordinate position(JsonNode node, String path) {
        if (!node.isArray() || node.size() < 2 || node.size() > 3 || !node.get(0).isNumber()
                || !node.get(1).isNumber() || (node.size() == 3 && !node.get(2).isNumber())) {
            fail(path, node, "geometry:position", "坐标必须是 [经度, 纬度] 或 [经度, 纬度, 高程] 数字数组",
                    "a position must be an array [lon, lat] or [lon, lat, alt] of numbers");
            return null;
        }
        double lon = node.get(0).doubleValue();
        double lat = node.get(1).doubleValue();
        if (!Double.isFinite(lon) || lon < -180 || lon > 180 || !Double.isFinite(lat) || lat < -90 || lat > 90) {
            fail(path, node, "geometry:range", "坐标超出 WGS-84 范围（经度 -180..180，纬度 -90..90）",
                    "position out of WGS-84 range (lon -180..180, lat -90..90)");
            return null;
        }
        return node.size() == 3 ? new Coordinate(lon, lat, node.get(2).doubleValue()) : new Coordinate(lon, lat);
    }

    private void fail(String field, @Nullable JsonNode raw, String constraint, String zh, String en) {
        row.problem(field, raw, constraint, zh, en);
    }

    private void note(String field, String before, String after, String rule, String zh, String en) {
        row.note(field, before, after, rule, zh, en);
    }

    private static String summary(Geometry g) {
        return g.getGeometryType() + " of " + g.getNumGeometries() + " part(s), " + g.getNumPoints() + " positions";
    }

    /** Unwinds the recursive descent when a geometry is too large. */
    private static final class TooManyPositions extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyPositions() {
            super(null, null, false, false);
        }
    }
}
