package org.jiceng.io.geojson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Grid;
import org.jiceng.io.geojson.Boundary;
import org.jiceng.io.geojson.GeoJsonDocument;
import org.jiceng.io.geojson.internal.JsonDocumentException.Fault;

/**
 * Reads an RFC 7946 FeatureCollection of areas and grids feature by feature (one feature tree in
 * memory at a time). Rejected features are reported with their JSON pointer; faults of the document
 * as a whole throw {@link JsonDocumentException}. {@link #read} collects the accepted document (for
 * tests and small files); {@link #stream} keeps only ids and boundary hashes. One reader reads one
 * document. Not API.
 */
public final class FeatureCollectionReader {

    /** Field paths of the model components inside a feature, for error reports. */
    public static final Map<String, String> AREA_FIELDS = Map.of("id", "id", "name", "properties/name", "level",
            "properties/level", "parentId", "properties/parent_id", "divisionCode", "properties/code", "geometryRef",
            "properties/geometry_ref", "households", "properties/households", "population", "properties/population");
    /** Field paths of grid components inside a feature. */
    public static final Map<String, String> GRID_FIELDS = Map.of("id", "id", "name", "properties/name", "code",
            "properties/code", "areaId", "properties/area_id", "parentGridId", "properties/parent_id",
            "responsiblePersonIds", "properties/responsible_person_ids", "households", "properties/households",
            "geometryRef", "properties/geometry_ref");

    private final Map<String, Boundary> boundaries = new LinkedHashMap<>();
    private final List<Area> areas = new ArrayList<>();
    private final List<Grid> grids = new ArrayList<>();
    /** Hash of the boundary seen first under each geometry reference (streaming keeps no geometry). */
    private final Map<String, Integer> boundaryHashes = new HashMap<>();
    private boolean collect;
    private BiConsumer<String, Boundary> boundarySink = (ref, boundary) -> { };
    private final Set<String> areaIds = new HashSet<>();
    private final Set<String> gridIds = new HashSet<>();
    private final CollectionsReader collections;
    private final int maxPositions;

    /**
     * @param maxFeatures the most features read before the document is refused
     * @param maxFeatureBytes the most bytes of one feature
     * @param maxPositions the most positions in one feature's geometry
     * @param maxNesting the deepest JSON nesting accepted
     */
    public FeatureCollectionReader(long maxFeatures, long maxFeatureBytes, int maxPositions, int maxNesting) {
        this.collections = new CollectionsReader(maxFeatures, maxFeatureBytes, maxNesting);
        this.maxPositions = maxPositions;
    }

    /**
     * Reads the whole collection.
     *
     * @param in UTF-8 GeoJSON (not closed)
     * @param listener receives each feature outcome
     * @return the accepted areas, grids and boundaries (those read so far when the listener stopped)
     * @throws JsonDocumentException for malformed JSON, a top level that is not a FeatureCollection,
     *     or an exceeded limit
     */
    public GeoJsonDocument read(InputStream in, RowListener listener) {
        collect = true;
        boundarySink = boundaries::put;
        run(in, listener);
        return new GeoJsonDocument(areas, grids, boundaries);
    }

    /**
     * Reads the whole collection keeping nothing but ids and one hash per geometry reference, so that
     * memory does not grow with the geometry of the file.
     *
     * @param in UTF-8 GeoJSON (not closed)
     * @param listener receives each feature outcome
     * @param newBoundaries receives (geometry reference, boundary) the first time an accepted feature
     *     brings a boundary for that reference
     * @throws JsonDocumentException for malformed JSON, a top level that is not a FeatureCollection,
     *     or an exceeded limit
     */
    public void stream(InputStream in, RowListener listener, BiConsumer<String, Boundary> newBoundaries) {
        collect = false;
        boundarySink = newBoundaries;
        run(in, listener);
    }

    private void run(InputStream in, RowListener listener) {
        collections.read(in, "GeoJSON", new CollectionsReader.Handler() {
            private boolean sawType;

            @Override
            public boolean isCollection(String field) {
                return "features".equals(field);
            }

            @Override
            public void member(String field, JsonParser parser) throws IOException {
                if ("type".equals(field)) {
                    if (parser.currentToken() != JsonToken.VALUE_STRING
                            || !"FeatureCollection".equals(parser.getText())) {
                        throw new JsonDocumentException(Fault.SHAPE, "/type", parser.currentTokenLocation().getLineNr(),
                                "geojson:feature-collection", "顶层 type 必须是 \"FeatureCollection\"",
                                "top-level type must be \"FeatureCollection\"", null);
                    }
                    sawType = true;
                }
                // other members (bbox, name, crs, foreign members) are skipped
            }

            @Override
            public boolean row(JsonRow row) {
                ObjectFields fields = new ObjectFields(row.node(), row.pointer(), "");
                Record record = feature(fields);
                return record == null ? listener.rejected(row, fields.problems())
                        : listener.accepted(row, List.of(record));
            }

            @Override
            public void end() {
                if (!sawType) {
                    throw new JsonDocumentException(Fault.SHAPE, "/type", 0, "geojson:feature-collection",
                            "缺少顶层 type: \"FeatureCollection\"", "missing top-level type \"FeatureCollection\"", null);
                }
            }
        });
    }

    /** Returns the accepted record, or null with problems recorded in {@code row}. */
    private Record feature(ObjectFields row) {
        JsonNode node = row.node();
        if (!node.isObject()) {
            row.problem("", node, "type:object", "要素必须是 JSON 对象", "a feature must be a JSON object");
            return null;
        }
        if (!node.path("type").isTextual() || !"Feature".equals(node.path("type").textValue())) {
            row.problem("type", node.path("type"), "geojson:feature", "要素的 type 必须是 \"Feature\"",
                    "a feature's type must be \"Feature\"");
        }
        JsonNode props = row.member("properties");
        if (!props.isObject()) {
            row.problem("properties", props, "type:object", "要素必须有 properties 对象",
                    "a feature needs a properties object");
            return null;
        }
        ObjectFields p = ObjectFields.nested(row, props, "properties/");
        String id = featureId(row, p);
        Optional<Boundary> boundary = new BoundaryParser(row, maxPositions).parse(row.member("geometry"));
        Optional<String> ref = p.optNonBlank("geometry_ref");
        if (ref.isEmpty() && boundary.isPresent()) {
            ref = Optional.ofNullable(id);
        }
        String kind = kind(p);
        Record record = null;
        if ("area".equals(kind)) {
            record = area(p, id, ref);
        } else if ("grid".equals(kind)) {
            record = grid(p, id, ref);
        }
        if (record == null || !row.ok()) {
            if (row.ok()) { // defensive: a rejected feature always explains itself
                row.problem("", null, "geojson:feature", "要素无法转换为区域或网格", "feature cannot become an area or grid");
            }
            return null;
        }
        if (!(record instanceof Area ? areaIds : gridIds).add(id)) {
            row.problem("id", row.member("id"), "unique-id", "重复的" + ("area".equals(kind) ? "区域" : "网格") + " id: " + id,
                    "duplicate " + kind + " id: " + id);
            return null;
        }
        if (boundary.isPresent()) {
            Integer known = boundaryHashes.get(ref.get());
            boolean differs = known != null && (known != boundary.get().hashCode()
                    || (collect && !boundaries.get(ref.get()).equals(boundary.get())));
            if (differs) {
                row.problem("geometry", null, "geometry:consistent-ref",
                        "geometry_ref " + ref.get() + " 已对应另一个不同的几何",
                        "geometry_ref " + ref.get() + " already names a different geometry");
                return null;
            }
            if (known == null) {
                boundaryHashes.put(ref.get(), boundary.get().hashCode());
                boundarySink.accept(ref.get(), boundary.get());
            }
        }
        if (record instanceof Area a && collect) {
            areas.add(a);
        } else if (record instanceof Grid g && collect) {
            grids.add(g);
        }
        return record;
    }

    private static String featureId(ObjectFields row, ObjectFields props) {
        JsonNode id = row.member("id");
        if (id.isTextual() && !id.textValue().isBlank()) {
            return id.textValue();
        }
        if (id.isIntegralNumber()) {
            return id.asText();
        }
        if (!id.isMissingNode()) {
            row.problem("id", id, "type:string", "要素 id 必须是非空字符串或整数",
                    "a feature id must be a non-blank string or an integer");
            return null;
        }
        return props.reqString("id");
    }

    private static String kind(ObjectFields p) {
        Optional<String> kind = p.optNonBlank("kind");
        if (kind.isPresent()) {
            if (kind.get().equals("area") || kind.get().equals("grid")) {
                return kind.get();
            }
            p.problem("kind", p.member("kind"), "enum:kind", "kind 必须是 area 或 grid", "kind must be area or grid");
            return null;
        }
        // Features from other tools: a level means an area, an area_id means a grid.
        if (!p.member("level").isMissingNode()) {
            return "area";
        }
        if (!p.member("area_id").isMissingNode()) {
            return "grid";
        }
        p.problem("kind", null, "required", "缺少 kind（area 或 grid），也无法从 level/area_id 推断",
                "missing kind (area or grid), and neither level nor area_id tells it");
        return null;
    }

    private static Area area(ObjectFields p, String id, Optional<String> ref) {
        String name = p.reqString("name");
        AreaLevel level = p.reqEnum("level", AreaLevel::parse, "enum:AreaLevel");
        Optional<String> code = p.optNonBlank("code");
        Optional<String> parent = p.optNonBlank("parent_id");
        Optional<Integer> households = p.optCount("households");
        Optional<Integer> population = p.optCount("population");
        if (!p.ok() || id == null) {
            return null;
        }
        return new Area(id, name, level, parent, code, ref, households, population);
    }

    private static Grid grid(ObjectFields p, String id, Optional<String> ref) {
        String name = p.reqString("name");
        String code = p.reqString("code");
        String areaId = p.reqString("area_id");
        Optional<String> parent = p.optNonBlank("parent_id");
        Optional<Integer> households = p.optCount("households");
        if (p.member("households").isMissingNode()) {
            p.problem("households", null, "required", "缺少必填字段 properties/households",
                    "required field properties/households is missing");
        }
        List<String> responsible = p.stringArray("responsible_person_ids");
        if (!p.ok() || id == null) {
            return null;
        }
        return new Grid(id, code, name, areaId, parent, responsible, households.get(), ref);
    }
}
