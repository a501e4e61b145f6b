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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Grid;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.io.geojson.BoundaryFeature;
import org.jiceng.io.geojson.GeoJsonDocument;
import org.jiceng.io.geojson.GeoJsonOptions;
import org.jiceng.io.geojson.internal.JsonDocumentException.Fault;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

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

    private static final Set<String> AREA_PROPERTIES = Set.of("kind", "name", "level", "code", "parent_id", "parent",
            "adcode", "households", "population", "geometry_ref", "id");
    private static final Set<String> BOUNDARY_PROPERTIES = Set.of("name", "level", "parent", "parent_id");
    private static final Set<String> GRID_PROPERTIES = Set.of("kind", "name", "code", "area_id", "parent_id",
            "households", "responsible_person_ids", "geometry_ref", "id");

    private final Map<String, Geometry> boundaries = new LinkedHashMap<>();
    private final List<Area> areas = new ArrayList<>();
    private final List<Grid> grids = new ArrayList<>();
    /** Hash of the boundary seen first under each geometry reference (streaming keeps no geometry). */
    private final Map<String, Integer> boundaryHashes = new HashMap<>();
    private boolean collect;
    private BiConsumer<String, Geometry> boundarySink = (ref, boundary) -> { };
    private final Set<String> areaIds = new HashSet<>();
    private final Set<String> gridIds = new HashSet<>();
    private final CollectionsReader collections;
    private final int maxPositions;
    private final GeoJsonOptions options;
    /** Properties of accepted features that no record component takes, in order of first sight. */
    private final Set<String> ignoredProperties = new LinkedHashSet<>();

    /**
     * @param maxFeatures the most features read before the document is refused
     * @param maxFeatureBytes the most bytes of one feature
     * @param maxPositions the most positions in one feature's geometry
     * @param maxNesting the deepest JSON nesting accepted
     * @param options id properties and the invalid-geometry policy
     */
    public FeatureCollectionReader(long maxFeatures, long maxFeatureBytes, int maxPositions, int maxNesting,
            GeoJsonOptions options) {
        this.collections = new CollectionsReader(maxFeatures, maxFeatureBytes, maxNesting);
        this.maxPositions = maxPositions;
        this.options = options;
    }

    /** What a feature becomes. */
    public enum Mode {
        /** An area or a grid record (the {@code kind}, {@code level} or {@code area_id} property decides). */
        RECORDS,
        /** A {@link BoundaryFeature}, whatever its level or kind. */
        BOUNDARIES,
        /** A {@link WeightedPoint}: a Point with a {@code households} (户数) count, e.g. a building. */
        WEIGHTED_POINTS
    }

    private Mode mode = Mode.RECORDS;

    /**
     * @param what what every feature becomes
     * @return this reader
     */
    public FeatureCollectionReader reading(Mode what) {
        mode = what;
        return this;
    }

    /** @return the properties of accepted features that no record component takes (e.g. DataV's {@code center}) */
    public Set<String> ignoredProperties() {
        return java.util.Collections.unmodifiableSet(ignoredProperties);
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
    public void stream(InputStream in, RowListener listener, BiConsumer<String, Geometry> newBoundaries) {
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
                if (record == null) {
                    return listener.rejected(row, fields.problems());
                }
                if (!fields.notes().isEmpty()) {
                    listener.noted(row, fields.notes());
                }
                return listener.accepted(row, List.of(record));
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
    private @Nullable Record feature(ObjectFields row) {
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
        String id = featureId(row, p, options.idProperties());
        Optional<Geometry> boundary = new GeometryReader(row, maxPositions, options.invalidGeometry())
                .parse(row.member("geometry"));
        Optional<String> ref = p.optNonBlank("geometry_ref");
        if (ref.isEmpty() && boundary.isPresent()) {
            ref = Optional.ofNullable(id);
        }
        if (mode == Mode.BOUNDARIES) {
            return boundaryFeature(row, p, id, boundary);
        }
        if (mode == Mode.WEIGHTED_POINTS) {
            return weightedPoint(row, p, id, boundary);
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
            int hash = Geometries.exactHash(boundary.get());
            Integer known = boundaryHashes.get(ref.get());
            boolean differs = known != null && (known != hash
                    || (collect && !Objects.requireNonNull(boundaries.get(ref.get())).equalsExact(boundary.get())));
            if (differs) {
                row.problem("geometry", null, "geometry:consistent-ref",
                        "geometry_ref " + ref.get() + " 已对应另一个不同的几何",
                        "geometry_ref " + ref.get() + " already names a different geometry");
                return null;
            }
            if (known == null) {
                boundaryHashes.put(ref.get(), hash);
                boundarySink.accept(ref.get(), boundary.get());
            }
        }
        Set<String> known = record instanceof Area ? AREA_PROPERTIES : GRID_PROPERTIES;
        props.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name) && !options.idProperties().contains(name)) {
                ignoredProperties.add(name);
            }
        });
        if (record instanceof Area a && collect) {
            areas.add(a);
        } else if (record instanceof Grid g && collect) {
            grids.add(g);
        }
        return record;
    }

    private @Nullable Record boundaryFeature(ObjectFields row, ObjectFields p, @Nullable String id,
            Optional<Geometry> geometry) {
        if (geometry.isEmpty() && row.ok()) {
            row.problem("geometry", row.member("geometry"), "required", "边界要素缺少 geometry",
                    "a boundary feature needs a geometry");
        }
        Optional<String> name = text(p, "name");
        Optional<String> level = text(p, "level");
        Optional<String> parent = parentId(p);
        if (!acceptedFeature(row, p, id, BOUNDARY_PROPERTIES) || id == null) {
            return null;
        }
        return new BoundaryFeature(id, name, level, parent, geometry.get());
    }

    /**
     * The last checks of a boundary or point feature: no problem so far, an id new in the file; the
     * properties that neither {@code known} nor the id properties name are noted as ignored.
     */
    private boolean acceptedFeature(ObjectFields row, ObjectFields p, @Nullable String id, Set<String> known) {
        if (!row.ok() || id == null) {
            return false;
        }
        if (!gridIds.add(id)) {
            row.problem("id", row.member("id"), "unique-id", "重复的要素 id: " + id, "duplicate feature id: " + id);
            return false;
        }
        p.node().fieldNames().forEachRemaining(field -> {
            if (!known.contains(field) && !options.idProperties().contains(field)) {
                ignoredProperties.add(field);
            }
        });
        return true;
    }

    /** A Point feature with a non-negative integer {@code households} (or {@code 户数}) property. */
    private @Nullable Record weightedPoint(ObjectFields row, ObjectFields p, @Nullable String id,
            Optional<Geometry> geometry) {
        if (geometry.isPresent() && !(geometry.get() instanceof org.locationtech.jts.geom.Point)) {
            row.problem("geometry/type", row.member("geometry").path("type"), "geometry:type",
                    "加权点要素的几何必须是 Point", "a weighted point feature must have a Point geometry");
        } else if (geometry.isEmpty() && row.ok()) {
            row.problem("geometry", row.member("geometry"), "required", "加权点要素缺少 Point 几何",
                    "a weighted point feature needs a Point geometry");
        }
        String field = p.member("households").isMissingNode() && !p.member("户数").isMissingNode() ? "户数" : "households";
        Optional<Integer> households = p.optCount(field);
        if (households.isEmpty() && p.member(field).isMissingNode()) {
            p.problem("households", null, "required", "缺少户数 properties/households（或 户数）",
                    "required property properties/households (or 户数) is missing");
        }
        if (!acceptedFeature(row, p, id, Set.of(field)) || id == null) {
            return null;
        }
        org.locationtech.jts.geom.Coordinate c = geometry.get().getCoordinate();
        if (!Double.isNaN(c.getZ())) {
            row.note("geometry/coordinates/2", Geometries.number(c.getZ()), "", "geometry:altitude-dropped",
                    "加权点只有经纬度：高程 " + Geometries.number(c.getZ()) + " 未保留",
                    "a weighted point has lon/lat only: altitude " + Geometries.number(c.getZ()) + " not kept");
        }
        return new WeightedPoint(id, c.x, c.y, households.get());
    }

    /** A string or number property as text (DataV writes some codes as numbers). */
    private static Optional<String> text(ObjectFields p, String field) {
        JsonNode value = p.member(field);
        if (value.isNumber()) {
            return Optional.of(value.asText());
        }
        return p.optNonBlank(field);
    }

    private static @Nullable String featureId(ObjectFields row, ObjectFields props, List<String> idProperties) {
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
        for (String property : idProperties) {
            JsonNode value = props.member(property);
            if (value.isMissingNode()) {
                continue;
            }
            if ((value.isTextual() && !value.textValue().isBlank()) || value.isIntegralNumber()) {
                return value.asText();
            }
            props.problem(property, value, "type:string", "用作 id 的属性 properties/" + property + " 必须是非空字符串或整数",
                    "properties/" + property + ", used as the id, must be a non-blank string or an integer");
            return null;
        }
        props.problem("id", null, "required", "要素没有 id，properties 中也没有 " + String.join("、", idProperties),
                "the feature has no id, and none of the properties " + idProperties + " is present");
        return null;
    }

    private static @Nullable String kind(ObjectFields p) {
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

    private static @Nullable Area area(ObjectFields p, @Nullable String id, Optional<String> ref) {
        String name = p.reqString("name");
        AreaLevel level = level(p);
        Optional<String> code = p.optNonBlank("code");
        Optional<String> parent = parentId(p);
        if (code.isEmpty() && level != null) {
            code = adcodeAsDivisionCode(p.member("adcode"), level);
        }
        Optional<Integer> households = p.optCount("households");
        Optional<Integer> population = p.optCount("population");
        if (!p.ok() || id == null || name == null || level == null) {
            return null;
        }
        return new Area(id, name, level, parent, code, ref, households, population);
    }

    /**
     * The level: a label or constant name of {@link AreaLevel}, or a DataV / AMap level ({@code district},
     * {@code street}); the levels above a district ({@code country}, {@code province}, {@code city}) have no
     * area level in the model and are rejected with that reason.
     */
    private static @Nullable AreaLevel level(ObjectFields p) {
        String text = p.reqString("level");
        if (text == null) {
            return null;
        }
        switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "street":
                return AreaLevel.SUBDISTRICT;
            case "country", "province", "city":
                p.problem("level", p.member("level"), "enum:AreaLevel", "层级 " + text + " 高于区县：区域模型只有 区→街道→社区→小区→楼栋；"
                        + "请用 GeoJson.readBoundaries 把这类要素读作边界",
                        "level " + text + " is above a district: areas run district → subdistrict → community → compound"
                                + " → building; read such features as boundaries with GeoJson.readBoundaries");
                return null;
            default:
                return p.reqEnum("level", AreaLevel::parse, "enum:AreaLevel");
        }
    }

    /** {@code parent_id}, else DataV's {@code parent: {"adcode": 530100}}, else a plain {@code parent} value. */
    private static Optional<String> parentId(ObjectFields p) {
        if (!p.member("parent_id").isMissingNode()) {
            return p.optNonBlank("parent_id");
        }
        JsonNode parent = p.member("parent");
        JsonNode value = parent.isObject() ? parent.path("adcode") : parent;
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if ((value.isTextual() && !value.textValue().isBlank()) || value.isIntegralNumber()) {
            return Optional.of(value.asText());
        }
        p.problem(parent.isObject() ? "parent/adcode" : "parent", value, "type:string",
                "上级区划必须是非空字符串或整数", "the parent must be a non-blank string or an integer");
        return Optional.empty();
    }

    /**
     * A DataV / AMap {@code adcode} is a GB/T 2260 code: kept as the division code when its length is the
     * one the level has (6 digits for a district, 12 below); otherwise it stays only the id, unchanged.
     */
    private static Optional<String> adcodeAsDivisionCode(JsonNode adcode, AreaLevel level) {
        if (!(adcode.isIntegralNumber() || adcode.isTextual())) {
            return Optional.empty();
        }
        String text = adcode.asText();
        int wanted = level == AreaLevel.DISTRICT ? 6 : 12;
        return text.length() == wanted && text.chars().allMatch(c -> c >= '0' && c <= '9') ? Optional.of(text)
                : Optional.empty();
    }

    private static @Nullable Grid grid(ObjectFields p, @Nullable String id, Optional<String> ref) {
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
        if (!p.ok() || id == null || code == null || name == null || areaId == null) {
            return null;
        }
        return new Grid(id, code, name, areaId, parent, responsible, households.get(), ref);
    }
}
