package org.jiceng.io.geojson.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Grid;
import org.jiceng.io.geojson.Boundary;
import org.jiceng.io.geojson.GeoJsonDocument;

/**
 * Reads an RFC 7946 FeatureCollection of areas and grids feature by feature (one feature tree in
 * memory at a time). Rejected features are reported with their JSON pointer; structural faults
 * of the document throw {@link JsonDocumentException}. Not API.
 */
public final class FeatureCollectionReader {

    private final Map<String, Boundary> boundaries = new LinkedHashMap<>();
    private final List<Area> areas = new ArrayList<>();
    private final List<Grid> grids = new ArrayList<>();
    private final Set<String> areaIds = new HashSet<>();
    private final Set<String> gridIds = new HashSet<>();
    private final int maxFeatures;
    private final int maxPositions;
    private final ObjectMapper mapper;

    /**
     * @param maxFeatures the most features read before the document is refused
     * @param maxPositions the most positions in one feature's geometry
     * @param maxNesting the deepest JSON nesting accepted
     */
    public FeatureCollectionReader(int maxFeatures, int maxPositions, int maxNesting) {
        this.maxFeatures = maxFeatures;
        this.maxPositions = maxPositions;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxNesting).build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /**
     * Reads the whole collection.
     *
     * @param in UTF-8 GeoJSON (not closed)
     * @param listener receives each feature outcome
     * @return the accepted areas, grids and boundaries
     * @throws JsonDocumentException for malformed JSON, a top level that is not a FeatureCollection,
     *     or more than {@code maxFeatures} features
     */
    public GeoJsonDocument read(InputStream in, RowListener listener) {
        boolean sawType = false;
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonDocumentException("", "geojson:feature-collection", "GeoJSON 文档必须是 FeatureCollection 对象",
                        "a GeoJSON document must be a FeatureCollection object", null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(field)) {
                    if (value != JsonToken.VALUE_STRING || !"FeatureCollection".equals(parser.getText())) {
                        throw new JsonDocumentException("/type", "geojson:feature-collection",
                                "顶层 type 必须是 \"FeatureCollection\"", "top-level type must be \"FeatureCollection\"",
                                null);
                    }
                    sawType = true;
                } else if ("features".equals(field)) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new JsonDocumentException("/features", "type:array", "features 必须是数组",
                                "features must be an array", null);
                    }
                    if (!readFeatures(parser, listener)) {
                        return document();
                    }
                } else {
                    parser.skipChildren(); // foreign members such as bbox, name or crs
                }
            }
            if (!sawType) {
                throw new JsonDocumentException("/type", "geojson:feature-collection",
                        "缺少顶层 type: \"FeatureCollection\"", "missing top-level type \"FeatureCollection\"", null);
            }
            if (parser.nextToken() != null) {
                throw new JsonDocumentException("", "json-syntax", "FeatureCollection 之后还有多余内容",
                        "trailing content after the FeatureCollection", null);
            }
        } catch (StreamConstraintsException e) {
            throw new JsonDocumentException("", "json-limits", "JSON 超出读取限制: " + e.getOriginalMessage(),
                    "JSON exceeds a read limit: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new JsonDocumentException("", "json-syntax", "JSON 格式错误: " + e.getMessage(),
                    "malformed JSON: " + e.getMessage(), e);
        }
        return document();
    }

    private GeoJsonDocument document() {
        return new GeoJsonDocument(areas, grids, boundaries);
    }

    private boolean readFeatures(JsonParser parser, RowListener listener) throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (index >= maxFeatures) {
                throw new JsonDocumentException("/features/" + index, "max-rows:" + maxFeatures,
                        "要素数量超过上限 " + maxFeatures, "more than " + maxFeatures + " features", null);
            }
            JsonNode feature = mapper.readTree(parser);
            String pointer = "/features/" + index;
            index++;
            ObjectFields row = new ObjectFields(feature, pointer, "");
            Record record = feature(row);
            if (record == null) {
                if (!listener.rejected(pointer, row.problems())) {
                    return false;
                }
            } else {
                listener.accepted(pointer, List.of(record));
            }
        }
        return true;
    }

    /** Returns the accepted record, or null with problems recorded in {@code row}. */
    private Record feature(ObjectFields row) {
        JsonNode node = row.node();
        if (!node.isObject()) {
            row.problem("", node, "type:object", "要素必须是 JSON 对象", "a feature must be a JSON object");
            return null;
        }
        if (!"Feature".equals(node.path("type").asText(null)) || !node.path("type").isTextual()) {
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
            return null;
        }
        if (!(record instanceof Area ? areaIds : gridIds).add(id)) {
            row.problem("id", row.member("id"), "unique-id", "重复的" + ("area".equals(kind) ? "区域" : "网格") + " id: " + id,
                    "duplicate " + kind + " id: " + id);
            return null;
        }
        if (boundary.isPresent()) {
            Boundary known = boundaries.get(ref.get());
            if (known != null && !known.equals(boundary.get())) {
                row.problem("geometry", null, "geometry:consistent-ref",
                        "geometry_ref " + ref.get() + " 已对应另一个不同的几何",
                        "geometry_ref " + ref.get() + " already names a different geometry");
                return null;
            }
            boundaries.put(ref.get(), boundary.get());
        }
        if (record instanceof Area a) {
            areas.add(a);
        } else {
            grids.add((Grid) record);
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
