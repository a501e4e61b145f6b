package org.jiceng.io.open311.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.jiceng.io.open311.Discovery;
import org.jiceng.io.open311.Open311Mapping;
import org.jiceng.io.open311.Open311Status;
import org.jiceng.io.open311.Service;
import org.jiceng.io.open311.ServiceDefinition;
import org.jiceng.io.open311.ServiceRequest;
import org.jiceng.io.open311.ServiceType;
import org.jiceng.io.geojson.internal.ObjectFields;
import org.jspecify.annotations.Nullable;

/**
 * Maps GeoReport v2 JSON objects to the core Open311 records, recording every problem of a row.
 * Not API.
 */
public final class Open311Rows {

    /** Wire names of {@link ServiceRequest} components, for error reports. */
    public static final Map<String, String> REQUEST_FIELDS = Map.ofEntries(
            Map.entry("serviceRequestId", "service_request_id"), Map.entry("status", "status"),
            Map.entry("statusNotes", "status_notes"), Map.entry("serviceName", "service_name"),
            Map.entry("serviceCode", "service_code"), Map.entry("description", "description"),
            Map.entry("agencyResponsible", "agency_responsible"), Map.entry("serviceNotice", "service_notice"),
            Map.entry("requestedDatetime", "requested_datetime"), Map.entry("updatedDatetime", "updated_datetime"),
            Map.entry("expectedDatetime", "expected_datetime"), Map.entry("address", "address"),
            Map.entry("addressId", "address_id"), Map.entry("zipcode", "zipcode"), Map.entry("lat", "lat"),
            Map.entry("lon", "long"), Map.entry("mediaUrl", "media_url"),
            Map.entry("extendedAttributes", "extended_attributes"));
    /** Wire names of {@link Service} components, for error reports. */
    public static final Map<String, String> SERVICE_FIELDS = Map.of("serviceCode", "service_code", "serviceName",
            "service_name", "description", "description", "metadata", "metadata", "type", "type", "keywords",
            "keywords", "group", "group");

    /** The wire name of the extension object. */
    public static final String EXTENDED_ATTRIBUTES = "extended_attributes";
    /** The extension member holding a FixMyStreet-style state. */
    public static final String DETAILED_STATUS = Open311Mapping.DETAILED_STATUS;

    private Open311Rows() {
    }

    /**
     * @param row the object's reader
     * @return the request, or null with problems recorded
     */
    public static @Nullable ServiceRequest request(ObjectFields row) {
        String id = idLike(row, "service_request_id", true).orElse(null);
        Open311Status status = row.reqEnum("status", Open311Rows::status, "enum:status");
        Optional<String> notes = row.optString("status_notes");
        Optional<String> serviceName = row.optString("service_name");
        String code = idLike(row, "service_code", true).orElse(null);
        Optional<String> description = row.optString("description");
        Optional<String> agency = agency(row);
        Optional<String> notice = row.optString("service_notice");
        OffsetDateTime requested = dateTime(row, "requested_datetime", true).orElse(null);
        Optional<OffsetDateTime> updated = dateTime(row, "updated_datetime", false);
        Optional<OffsetDateTime> expected = dateTime(row, "expected_datetime", false);
        Optional<String> address = row.optString("address");
        Optional<String> addressId = idLike(row, "address_id", false);
        Optional<String> zipcode = idLike(row, "zipcode", false);
        Optional<Double> lat = coordinate(row, "lat", 90);
        Optional<Double> lon = coordinate(row, "long", 180);
        Optional<String> media = row.optString("media_url");
        Map<String, String> extended = extendedAttributes(row);
        if (lat.isPresent() != lon.isPresent() && row.ok()) {
            row.problem(lat.isPresent() ? "long" : "lat", null, "pair:lat-long", "lat 和 long 必须同时给出",
                    "lat and long must be given together");
        }
        if (!row.ok() || requested == null || id == null || status == null || code == null) {
            return null;
        }
        return new ServiceRequest(id, status, notes, serviceName, code, description, agency, notice, requested, updated,
                expected, address, addressId, zipcode, lat, lon, media, extended);
    }

    /**
     * @param row the object's reader
     * @return the service, or null with problems recorded
     */
    public static @Nullable Service service(ObjectFields row) {
        String code = idLike(row, "service_code", true).orElse(null);
        String name = row.reqString("service_name");
        String description = row.optString("description").orElse("");
        boolean metadata = bool(row, "metadata");
        ServiceType type = row.reqEnum("type", ServiceType::fromWire, "enum:type");
        List<String> keywords = keywords(row);
        String group = row.optString("group").orElse("");
        if (!row.ok() || code == null || name == null || type == null) {
            return null;
        }
        return new Service(code, name, description, metadata, type, keywords, group);
    }

    /**
     * @param row the service definition's reader
     * @return the definition, or null with problems recorded
     */
    public static @Nullable ServiceDefinition serviceDefinition(ObjectFields row) {
        String code = idLike(row, "service_code", true).orElse(null);
        List<ServiceDefinition.Attribute> attributes = new ArrayList<>();
        int i = 0;
        for (JsonNode a : listOf(row, "attributes", "attribute")) {
            ObjectFields f = ObjectFields.nested(row, a, "attributes/" + i++ + "/");
            boolean variable = bool(f, "variable");
            String attributeCode = idLike(f, "code", true).orElse(null);
            String datatype = f.reqString("datatype");
            if (datatype != null && !ServiceDefinition.Attribute.DATATYPES.contains(datatype)) {
                f.problem("datatype", f.member("datatype"), "enum:datatype", "datatype 必须是 "
                        + ServiceDefinition.Attribute.DATATYPES + " 之一", "datatype must be one of "
                        + ServiceDefinition.Attribute.DATATYPES);
                datatype = null;
            }
            boolean required = bool(f, "required");
            Optional<String> datatypeDescription = f.optString("datatype_description").filter(d -> !d.isBlank());
            int order = integer(f, "order");
            String description = f.optString("description").orElse("");
            List<ServiceDefinition.Value> values = new ArrayList<>();
            int j = 0;
            for (JsonNode v : listOf(f, "values", "value")) {
                ObjectFields vf = ObjectFields.nested(row, v, "attributes/" + (i - 1) + "/values/" + j++ + "/");
                String key = idLike(vf, "key", true).orElse(null);
                String name = vf.optString("name").orElse("");
                if (key != null) {
                    values.add(new ServiceDefinition.Value(key, name));
                }
            }
            if (attributeCode != null && datatype != null) {
                attributes.add(new ServiceDefinition.Attribute(variable, attributeCode, datatype, required,
                        datatypeDescription, order, description, values));
            }
        }
        if (!row.ok() || code == null) {
            return null;
        }
        return new ServiceDefinition(code, attributes);
    }

    /** A list member: a JSON array, an XML wrapper read as an array, or one XML child read as an object. */
    private static List<JsonNode> listOf(ObjectFields row, String field, String itemName) {
        JsonNode list = row.member(field);
        if (list.isObject() && list.size() == 1 && list.has(itemName)) {
            list = list.get(itemName);
        }
        List<JsonNode> out = new ArrayList<>();
        if (list.isMissingNode() || (list.isTextual() && list.textValue().isBlank())) {
            return out;
        }
        if (list.isArray()) {
            list.forEach(out::add);
        } else if (list.isObject()) {
            out.add(list);
        } else {
            row.problem(field, list, "type:array", field + " 必须是数组", field + " must be an array");
        }
        return out;
    }

    private static int integer(ObjectFields row, String field) {
        JsonNode value = row.member(field);
        if (value.isMissingNode()) {
            return 0;
        }
        if (value.canConvertToInt() && value.isIntegralNumber()) {
            return value.intValue();
        }
        if (value.isTextual()) {
            try {
                return Integer.parseInt(value.textValue().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        row.problem(field, value, "type:integer", "字段 " + field + " 必须是整数", "field " + field + " must be an integer");
        return 0;
    }

    /**
     * @param row the discovery object's reader
     * @return the discovery document, or null with problems recorded
     */
    public static @Nullable Discovery discovery(ObjectFields row) {
        Optional<String> changeset = row.optString("changeset");
        Optional<String> contact = row.optString("contact");
        Optional<String> keyService = row.optString("key_service");
        List<Discovery.Endpoint> endpoints = new ArrayList<>();
        JsonNode list = row.member("endpoints");
        if (list.isObject() && list.has("endpoint")) { // XML: <endpoints><endpoint> read as an object
            list = list.get("endpoint");
        }
        if (list.isObject()) {
            list = JsonNodeFactory.instance.arrayNode().add(list);
        }
        if (!list.isMissingNode() && !list.isArray()) {
            row.problem("endpoints", list, "type:array", "endpoints 必须是数组", "endpoints must be an array");
            return null;
        }
        int i = 0;
        for (JsonNode e : list) {
            ObjectFields fields = ObjectFields.nested(row, e, "endpoints/" + i++ + "/");
            String url = fields.reqString("url");
            String specification = fields.optString("specification").orElse("");
            Optional<String> endpointChangeset = fields.optString("changeset");
            String type = fields.optString("type").orElse("");
            JsonNode formats = e.path("formats");
            List<String> formatList = new ArrayList<>();
            if (formats.isTextual()) {
                formatList.add(formats.textValue());
            } else {
                formats.forEach(f -> formatList.add(f.asText()));
            }
            if (url != null) {
                endpoints.add(new Discovery.Endpoint(specification, url, endpointChangeset, type, formatList));
            }
        }
        if (!row.ok()) {
            return null;
        }
        return new Discovery(changeset, contact, keyService, endpoints);
    }

    /**
     * GeoReport v2 knows {@code open} and {@code closed}; FixMyStreet servers also send their extended
     * states, which fall into those two families.
     *
     * @param wire the status as sent
     * @return open or closed
     * @throws IllegalArgumentException listing the accepted values for anything else
     */
    static Open311Status status(String wire) {
        String s = wire.strip();
        if (s.equalsIgnoreCase("open") || s.equalsIgnoreCase("closed")) {
            return Open311Status.fromWire(s);
        }
        return Open311Mapping.caseStatusOf(s).map(Open311Status::of).orElseThrow(() -> new IllegalArgumentException(
                "Open311 status must be 'open' or 'closed' (or a FixMyStreet state such as 'in progress', 'fixed', "
                        + "'duplicate', 'not responsible'), was '" + wire + "'"));
    }

    /**
     * Reads {@code extended_attributes}: scalars as text, nested values as their JSON text, in document
     * order. A FixMyStreet server sends its extended state in {@code status} itself ({@code duplicate},
     * {@code fixed - council}); that value is kept as {@code detailed_status} unless the request has one,
     * and {@code status} becomes its family, open or closed.
     */
    private static Map<String, String> extendedAttributes(ObjectFields row) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode value = row.member(EXTENDED_ATTRIBUTES);
        if (!value.isMissingNode() && !value.isNull()) {
            if (!value.isObject()) {
                row.problem(EXTENDED_ATTRIBUTES, value, "type:object", "字段 extended_attributes 必须是 JSON 对象",
                        "field extended_attributes must be a JSON object");
                return out;
            }
            value.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if (!v.isNull()) {
                    out.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
                }
            });
        }
        JsonNode status = row.member("status");
        if (status.isTextual()) {
            String wire = status.textValue().strip();
            if (!wire.equalsIgnoreCase("open") && !wire.equalsIgnoreCase("closed")
                    && !out.containsKey(DETAILED_STATUS)) {
                out.put(DETAILED_STATUS, wire);
            }
        }
        return out;
    }

    /**
     * {@code agency_responsible} is text in GeoReport v2; FixMyStreet sends
     * {@code {"recipient": ["…", "…"]}} ({@code <agency_responsible><recipient>…} in XML), read as the
     * recipients joined by {@code ", "}.
     */
    private static Optional<String> agency(ObjectFields row) {
        JsonNode value = row.member("agency_responsible");
        if (value.isObject() && value.has("recipient") && value.size() == 1) {
            JsonNode recipients = value.get("recipient");
            List<String> names = new ArrayList<>();
            if (recipients.isArray()) {
                recipients.forEach(r -> names.add(r.asText()));
            } else if (recipients.isValueNode()) {
                names.add(recipients.asText());
            }
            if (names.size() == recipients.size() || recipients.isValueNode()) {
                return Optional.of(String.join(", ", names));
            }
        }
        return row.optString("agency_responsible");
    }

    /** Ids and codes are strings on the wire, but many servers send numbers. */
    private static Optional<String> idLike(ObjectFields row, String field, boolean required) {
        JsonNode value = row.member(field);
        if (value.isIntegralNumber()) {
            return Optional.of(value.asText());
        }
        if (required) {
            return Optional.ofNullable(row.reqString(field));
        }
        return row.optString(field);
    }

    private static Optional<OffsetDateTime> dateTime(ObjectFields row, String field, boolean required) {
        Optional<String> text = required ? Optional.ofNullable(row.reqString(field)) : row.optNonBlank(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.get()));
        } catch (DateTimeParseException e) {
            row.problem(field, row.member(field), "format:datetime",
                    "字段 " + field + " 不是带时区偏移的 ISO 8601 时间（如 2024-05-01T08:30:00+08:00）",
                    "field " + field + " is not an ISO 8601 date-time with offset (e.g. 2024-05-01T08:30:00+08:00)");
            return Optional.empty();
        }
    }

    private static Optional<Double> coordinate(ObjectFields row, String field, double max) {
        JsonNode value = row.member(field);
        if (value.isMissingNode() || (value.isTextual() && value.textValue().isBlank())) {
            return Optional.empty();
        }
        double d;
        if (value.isNumber()) {
            d = value.doubleValue();
        } else if (value.isTextual()) {
            try {
                d = Double.parseDouble(value.textValue().strip());
            } catch (NumberFormatException e) {
                d = Double.NaN;
            }
        } else {
            d = Double.NaN;
        }
        if (!Double.isFinite(d) || d < -max || d > max) {
            row.problem(field, value, "range:" + field, "字段 " + field + " 必须是 -" + (int) max + " 到 " + (int) max
                    + " 之间的数字", "field " + field + " must be a number between -" + (int) max + " and " + (int) max);
            return Optional.empty();
        }
        return Optional.of(d);
    }

    private static boolean bool(ObjectFields row, String field) {
        JsonNode value = row.member(field);
        if (value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.textValue().equalsIgnoreCase("true") || value.textValue().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(value.textValue());
        }
        row.problem(field, value, "type:boolean", "字段 " + field + " 必须是 true 或 false",
                "field " + field + " must be true or false");
        return false;
    }

    private static List<String> keywords(ObjectFields row) {
        JsonNode value = row.member("keywords");
        if (value.isArray()) {
            return row.stringArray("keywords");
        }
        List<String> out = new ArrayList<>();
        for (String part : row.optString("keywords").orElse("").split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
