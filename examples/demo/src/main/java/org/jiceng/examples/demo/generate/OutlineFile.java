package org.jiceng.examples.demo.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads a district outline from a GeoJSON file: a Polygon or MultiPolygon, given bare, as a Feature or
 * as a FeatureCollection (all polygons together form the district). Coordinates are lon/lat (WGS 84,
 * as GeoJSON requires). Anything else, points and lines included, is rejected with the file, the JSON
 * location and the rule, so nothing in the file is ignored in silence.
 */
public final class OutlineFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutlineFile() {
    }

    /**
     * @param file a GeoJSON file
     * @return the outline, the union of its polygons
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a GeoJSON polygon outline, with where and why
     */
    public static Geometry read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Boundary file " + file + " does not exist or is not a file");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Boundary file " + file + " is not JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new IllegalArgumentException("Boundary file " + file + " is empty");
        }
        List<Polygon> polygons = new ArrayList<>();
        collect(file, root, "", polygons);
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("Boundary file " + file + " has no Polygon or MultiPolygon geometry");
        }
        for (Polygon p : polygons) {
            TopologyValidationError error = new IsValidOp(p).getValidationError();
            if (error != null) {
                throw new IllegalArgumentException("Boundary file " + file + " has an invalid polygon: "
                        + error.getMessage() + " at " + error.getCoordinate().x + "," + error.getCoordinate().y);
            }
        }
        // Several features may touch or overlap (e.g. one per subdistrict): their union is the district.
        return Geography.polygonal(Geography.GF.createMultiPolygon(polygons.toArray(Polygon[]::new)).union());
    }

    private static void collect(Path file, JsonNode node, String at, List<Polygon> out) {
        String type = node.path("type").asText("");
        switch (type) {
            case "FeatureCollection" -> {
                JsonNode features = node.path("features");
                if (!features.isArray()) {
                    throw bad(file, at + "/features", "a FeatureCollection needs a 'features' array");
                }
                for (int i = 0; i < features.size(); i++) {
                    collect(file, features.get(i), at + "/features/" + i, out);
                }
            }
            case "Feature" -> {
                JsonNode geometry = node.path("geometry");
                if (!geometry.isObject()) {
                    throw bad(file, at + "/geometry", "a Feature of the outline needs a Polygon or MultiPolygon geometry");
                }
                collect(file, geometry, at + "/geometry", out);
            }
            case "Polygon" -> out.add(polygon(file, node.path("coordinates"), at + "/coordinates"));
            case "MultiPolygon" -> {
                JsonNode polygons = node.path("coordinates");
                if (!polygons.isArray()) {
                    throw bad(file, at + "/coordinates", "a MultiPolygon needs an array of polygons");
                }
                for (int i = 0; i < polygons.size(); i++) {
                    out.add(polygon(file, polygons.get(i), at + "/coordinates/" + i));
                }
            }
            case "GeometryCollection" -> {
                JsonNode geometries = node.path("geometries");
                for (int i = 0; i < geometries.size(); i++) {
                    collect(file, geometries.get(i), at + "/geometries/" + i, out);
                }
            }
            case "Point", "MultiPoint", "LineString", "MultiLineString" -> throw bad(file, at, "a " + type
                    + " has no area; the file may hold only the district's Polygon or MultiPolygon features");
            default -> throw bad(file, at.isEmpty() ? "/" : at, "unknown GeoJSON type '" + type + "'");
        }
    }

    private static Polygon polygon(Path file, JsonNode rings, String at) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw bad(file, at, "a Polygon needs an array of rings");
        }
        LinearRing shell = ring(file, rings.get(0), at + "/0");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(file, rings.get(i), at + "/" + i);
        }
        return Geography.GF.createPolygon(shell, holes);
    }

    private static LinearRing ring(Path file, JsonNode positions, String at) {
        if (!positions.isArray() || positions.size() < 4) {
            throw bad(file, at, "a ring needs at least 4 positions, the last equal to the first");
        }
        Coordinate[] cs = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            JsonNode p = positions.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw bad(file, at + "/" + i, "a position is [longitude, latitude], got " + p);
            }
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw bad(file, at + "/" + i, "longitude must be -180..180 and latitude -90..90 (GeoJSON is WGS 84"
                        + " lon/lat), got " + p);
            }
            cs[i] = new Coordinate(lon, lat);
        }
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            throw bad(file, at, "a ring must end at its first position " + positions.get(0));
        }
        return Geography.GF.createLinearRing(cs);
    }

    private static IllegalArgumentException bad(Path file, String at, String rule) {
        return new IllegalArgumentException("Boundary file " + file + " at " + at + ": " + rule);
    }
}
