package org.jiceng.io.open311;

import org.jiceng.cases.SituationCatalogue;

import com.fasterxml.jackson.core.JsonParser;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jiceng.cases.Case;
import org.jiceng.io.open311.Open311Mapping;
import org.jiceng.io.open311.Service;
import org.jiceng.io.open311.ServiceRequest;
import org.jiceng.core.validation.Validators;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.geojson.internal.CollectionsReader;
import org.jiceng.io.geojson.internal.JsonDocumentException;
import org.jiceng.io.geojson.internal.JsonProblem;
import org.jiceng.io.geojson.internal.JsonRow;
import org.jiceng.io.geojson.internal.ObjectFields;
import org.jiceng.io.geojson.internal.SinkBridge;
import org.jiceng.io.open311.internal.JsonTreeWriter;
import org.jiceng.io.open311.internal.Open311Documents;
import org.jiceng.io.open311.internal.Open311Rows;
import org.jiceng.io.open311.internal.Open311XmlReader;
import org.jiceng.io.open311.internal.ReportBuilder;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.RowError;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.ImportSource;
import org.jspecify.annotations.Nullable;

/**
 * Open311 GeoReport v2 JSON: {@code requests.json} (service requests) and {@code services.json}
 * (the service list), read and written on the core records of {@link org.jiceng.io.open311},
 * and cases through {@link Open311Mapping}.
 *
 * <pre>{@code
 * Open311Import<Case> imported = Open311Json.readCases(ImportSource.of(path), ImportOptions.defaults(),
 *         Open311Mapping.using(SituationCatalogue.defaults()));
 * Open311Json.writeRequests(cases.stream().map(mapping::toRequest).toList(), out);
 * }</pre>
 *
 * <p>Documents are JSON arrays of objects (as GeoReport servers return them); an object wrapping the
 * array as {@code service_requests} or {@code services} is accepted too. Every object is one row,
 * located like the other JSON formats: {@link SourceLocation#sheet()} is its JSON pointer
 * ({@code /service_requests/4}), then line and 1-based index; row errors name the wire field as column.
 * Reports follow the importer contract: totals add up, Bean Validation runs on every record when
 * {@link ImportOptions#validate()}, the error policy and maximum error count apply, and document
 * faults throw {@link ImportException} carrying the partial report.
 *
 * <p>Wire details: {@code status} is {@code open} or {@code closed}; FixMyStreet's extended states
 * are read into their family ({@code confirmed}, {@code in progress}, {@code action scheduled}... as
 * open; {@code fixed}, {@code duplicate}, {@code not responsible}, {@code unable to fix}... as closed);
 * date-times are ISO 8601 with offset; ids and codes sent as numbers are read as
 * text; {@code lat}/{@code long} sent as numeric strings are accepted and must be in range; service
 * {@code keywords} are written comma-separated and read from a comma-separated string or an array,
 * trimmed, so keywords containing commas do not round-trip.
 */
public final class Open311Json {

    /** Collection name of requests (the pointer prefix of request rows). */
    public static final String REQUESTS = "service_requests";
    /** Collection name of services. */
    public static final String SERVICES = "services";


    private Open311Json() {
    }

    /**
     * Reads a {@code requests.json} document.
     *
     * @param source the bytes
     * @param options error policy, limits, validation
     * @return the accepted requests and the report
     * @throws ImportException when the document cannot be read further (with the partial report)
     */
    public static Open311Import<ServiceRequest> readRequests(ImportSource source, ImportOptions options) {
        return read(source, options, REQUESTS, Open311Rows::request, Open311Rows.REQUEST_FIELDS);
    }

    /**
     * Streams a {@code requests.json} document: every accepted request goes to {@code consumer} as soon
     * as it is read; nothing is kept but the report's errors.
     *
     * @param source the bytes
     * @param options error policy, limits, validation
     * @param consumer receives accepted requests in document order
     * @return the report
     * @throws ImportException when the document cannot be read further (with the partial report)
     */
    public static ImportReport streamRequests(ImportSource source, ImportOptions options,
            Consumer<? super ServiceRequest> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        return stream(source, options, REQUESTS, Open311Rows::request, Open311Rows.REQUEST_FIELDS,
                (r, where) -> consumer.accept(r));
    }

    /**
     * Reads a {@code services.json} document.
     *
     * @param source the bytes
     * @param options error policy, limits, validation
     * @return the accepted services and the report
     * @throws ImportException when the document cannot be read further (with the partial report)
     */
    public static Open311Import<Service> readServices(ImportSource source, ImportOptions options) {
        return read(source, options, SERVICES, Open311Rows::service, Open311Rows.SERVICE_FIELDS);
    }

    /**
     * Reads a {@code requests.json} document and turns each request into a case with
     * {@link Open311Mapping#toCase(ServiceRequest)}. A request the mapping refuses (contradicting
     * extended attributes) is a rejected row with constraint {@code invariant}. A request whose service
     * code is not in the catalogue is accepted as a case of a
     * {@linkplain Open311Mapping#genericSituation generic situation} with a warning (constraint
     * {@value #GENERIC_SITUATION}) in {@link Open311Import#warnings()}.
     *
     * @param source the bytes
     * @param options error policy, limits, validation
     * @param mapping the situation catalogue mapping
     * @return the accepted cases, the report and the warnings
     * @throws ImportException when the document cannot be read further (with the partial report)
     */
    public static Open311Import<Case> readCases(ImportSource source, ImportOptions options, Open311Mapping mapping) {
        return readCases(source, options, mapping, false);
    }

    static Open311Import<Case> readCases(ImportSource source, ImportOptions options, Open311Mapping mapping,
            boolean xml) {
        Objects.requireNonNull(mapping, "mapping");
        List<Case> cases = new ArrayList<>();
        List<RowError> warnings = new ArrayList<>();
        ImportReport report = stream(source, options, REQUESTS, row -> toCase(row, mapping),
                Open311Rows.REQUEST_FIELDS, (c, where) -> {
                    cases.add(c);
                    genericWarning(mapping, c, where).ifPresent(warnings::add);
                }, xml, warnings::add);
        return new Open311Import<>(cases, report, warnings);
    }

    /** The constraint code of the warning for a service code outside the catalogue. */
    public static final String GENERIC_SITUATION = "generic-situation";

    static @Nullable Case toCase(ObjectFields row, Open311Mapping mapping) {
        ServiceRequest request = Open311Rows.request(row);
        if (request == null) {
            return null;
        }
        try {
            return mapping.toCase(request);
        } catch (IllegalArgumentException | IllegalStateException e) {
            row.problem(e.getMessage() != null && e.getMessage().contains("extended_attributes")
                    ? Open311Rows.EXTENDED_ATTRIBUTES : "", null, "invariant:case",
                    "请求无法转为案件: " + e.getMessage(), "the request cannot become a case: " + e.getMessage());
            return null;
        }
    }

    static Optional<RowError> genericWarning(Open311Mapping mapping, Case c, SourceLocation where) {
        if (mapping.offers(c.category())) {
            return Optional.empty();
        }
        return Optional.of(new RowError(where, Optional.of("service_code"), Optional.of(c.category()),
                GENERIC_SITUATION, "服务代码「" + c.category() + "」不在情形目录中，已按通用接诉即办情形导入（24小时响应、7天办结）",
                "service code '" + c.category() + "' is not in the situation catalogue; imported as a generic "
                        + "complaint situation (24 h to respond, 7 days to resolve)"));
    }

    private static <T> Open311Import<T> read(ImportSource source, ImportOptions options, String section,
            Function<ObjectFields, T> mapper, Map<String, String> wireNames) {
        return read(source, options, section, mapper, wireNames, false);
    }

    static <T> Open311Import<T> read(ImportSource source, ImportOptions options, String section,
            Function<ObjectFields, T> mapper, Map<String, String> wireNames, boolean xml) {
        List<T> records = new ArrayList<>();
        List<RowError> warnings = new ArrayList<>();
        ImportReport report = stream(source, options, section, mapper, wireNames, (r, where) -> records.add(r), xml,
                warnings::add);
        return new Open311Import<>(records, report, warnings);
    }

    /**
     * Reads a {@code discovery.json} document.
     *
     * @param source the bytes
     * @param options limits
     * @return the discovery document
     * @throws ImportException when the document is malformed, exceeds a limit or lacks a required field
     */
    public static Discovery readDiscovery(ImportSource source, ImportOptions options) {
        return discovery(source, tree(source, options));
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(ImportSource source, ImportOptions options) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        com.fasterxml.jackson.databind.JsonNode node;
        try (InputStream in = source.open()) {
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper(
                    org.jiceng.io.internal.JsonObjects.factory(options.limits()));
            org.jiceng.io.geojson.internal.BoundedInput bounded = new org.jiceng.io.geojson.internal.BoundedInput(in,
                    SinkBridge.maxRowBytes(options.limits()));
            bounded.startRow();
            node = mapper.readTree(bounded);
        } catch (IOException e) {
            throw org.jiceng.io.internal.JsonObjects.failure(e, SourceLocation.of(source.name()));
        }
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }

    static Discovery discovery(ImportSource source, com.fasterxml.jackson.databind.JsonNode node) {
        return single(source, node, Open311Rows::discovery, "discovery document", "服务发现文档");
    }

    /**
     * Reads a service definition document ({@code GET services/{service_code}.json}).
     *
     * @param source the bytes
     * @param options limits
     * @return the definition
     * @throws ImportException when the document is malformed, exceeds a limit or lacks a required field
     */
    public static ServiceDefinition readServiceDefinition(ImportSource source, ImportOptions options) {
        return serviceDefinition(source, tree(source, options));
    }

    static ServiceDefinition serviceDefinition(ImportSource source, com.fasterxml.jackson.databind.JsonNode node) {
        return single(source, node, Open311Rows::serviceDefinition, "service definition", "服务定义");
    }

    /**
     * Writes a service definition document, UTF-8; the stream is flushed, not closed.
     *
     * @param definition the definition
     * @param out destination
     * @throws IOException when writing fails
     */
    public static void writeServiceDefinition(ServiceDefinition definition, OutputStream out) throws IOException {
        try (JsonTreeWriter w = new JsonTreeWriter(out, false)) {
            Open311Documents.serviceDefinition(w, definition);
        }
    }

    private static <T> T single(ImportSource source, com.fasterxml.jackson.databind.JsonNode node,
            Function<ObjectFields, T> mapper, String what, String whatZh) {
        ObjectFields fields = new ObjectFields(node, "", "");
        T d = node.isObject() ? mapper.apply(fields) : null;
        if (d == null) {
            String problems = fields.problems().stream().map(p -> p.field() + ": " + p.messageEn())
                    .reduce((a, b) -> a + "; " + b).orElse("not an object");
            String problemsZh = fields.problems().stream().map(p -> p.field() + "：" + p.messageZh())
                    .reduce((a, b) -> a + "；" + b).orElse("不是对象");
            throw new ImportException(ImportException.Kind.UNMAPPABLE, SourceLocation.of(source.name()),
                    "not an Open311 " + what + ": " + problems, "不是 Open311 " + whatZh + "：" + problemsZh, null);
        }
        return d;
    }

    /**
     * Writes a {@code discovery.json} document, UTF-8; the stream is flushed, not closed.
     *
     * @param discovery the document
     * @param out destination
     * @throws IOException when writing fails
     */
    public static void writeDiscovery(Discovery discovery, OutputStream out) throws IOException {
        try (JsonTreeWriter w = new JsonTreeWriter(out, false)) {
            Open311Documents.discovery(w, discovery);
        }
    }

    private static <T> ImportReport stream(ImportSource source, ImportOptions options, String section,
            Function<ObjectFields, T> mapper, Map<String, String> wireNames,
            java.util.function.BiConsumer<? super T, SourceLocation> consumer) {
        return stream(source, options, section, mapper, wireNames, consumer, false);
    }

    /**
     * Reads the rows of a JSON or XML document; both formats share everything after a row became a
     * JSON tree (field mapping, validation, the report).
     */
    static <T> ImportReport stream(ImportSource source, ImportOptions options, String section,
            Function<ObjectFields, T> mapper, Map<String, String> wireNames,
            java.util.function.BiConsumer<? super T, SourceLocation> consumer, boolean xml) {
        return stream(source, options, section, mapper, wireNames, consumer, xml, warning -> { });
    }

    /** The most distinct ignored member names noted per document. */
    private static final int MAX_IGNORED_NOTICES = 100;
    /** The constraint code of the notice for a member GeoReport v2 does not define. */
    public static final String IGNORED_MEMBER = "ignored-member";

    /**
     * Like the other {@code stream}, and every member of a row that GeoReport v2 does not define (e.g.
     * FixMyStreet's {@code title}, {@code interface_used}) is noted once per document in
     * {@code warnings}, since its value is not imported.
     */
    static <T> ImportReport stream(ImportSource source, ImportOptions options, String section,
            Function<ObjectFields, T> mapper, Map<String, String> wireNames,
            java.util.function.BiConsumer<? super T, SourceLocation> consumer, boolean xml,
            Consumer<RowError> warnings) {
        Set<String> known = Set.copyOf(wireNames.values());
        Set<String> noted = new java.util.HashSet<>();
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(consumer, "consumer");
        ReportBuilder report = new ReportBuilder(source.name(), options);
        CollectionsReader reader = new CollectionsReader(SinkBridge.maxRows(options),
                SinkBridge.maxRowBytes(options.limits()), options.limits().maxJsonDepth());
        String format = xml ? "XML" : "JSON";
        try (InputStream in = source.open()) {
            CollectionsReader.Handler handler = new CollectionsReader.Handler() {
                @Override
                public boolean isCollection(String field) {
                    return field.equals(section);
                }

                @Override
                public void member(String field, JsonParser parser) {
                    // other members of a wrapping object are not part of GeoReport v2
                }

                @Override
                public boolean row(JsonRow row) {
                    ObjectFields fields = new ObjectFields(row.node(), row.pointer(), "");
                    SourceLocation where = new SourceLocation(source.name(), Optional.of(row.pointer()), row.line(),
                            row.index() + 1L);
                    row.node().fieldNames().forEachRemaining(name -> {
                        if (!known.contains(name) && noted.size() < MAX_IGNORED_NOTICES && noted.add(name)) {
                            warnings.accept(new RowError(where, Optional.of(name), Optional.empty(), IGNORED_MEMBER,
                                    "成员「" + name + "」不属于 GeoReport v2，其值未导入（每个文档只提示一次）",
                                    "member '" + name + "' is not part of GeoReport v2; its values are not imported "
                                            + "(noted once per document)"));
                        }
                    });
                    T record = null;
                    if (!row.node().isObject()) {
                        fields.problem("", row.node(), "type:object", "元素必须是对象", "an element must be an object");
                    } else {
                        record = mapper.apply(fields);
                    }
                    List<RowError> errors = new ArrayList<>(toErrors(where, fields.problems()));
                    if (record != null && errors.isEmpty() && options.validate()) {
                        errors.addAll(validate(where, record, row.node(), wireNames));
                    }
                    if (record != null && errors.isEmpty()) {
                        consumer.accept(record, where);
                        report.accepted();
                        return true;
                    }
                    if (errors.isEmpty()) { // defensive: a rejected row always explains itself
                        errors.add(new RowError(where, Optional.empty(), Optional.empty(), "format",
                                "对象无法转换为 Open311 记录", "object cannot be mapped to an Open311 record"));
                    }
                    return report.rejected(where, errors);
                }

                @Override
                public void end() {
                    // every row has been counted
                }
            };
            if (xml) {
                new Open311XmlReader(options.limits(), SinkBridge.maxRows(options), SinkBridge.maxRowBytes(options.limits()))
                        .readRows(in, section, handler);
            } else {
                reader.read(in, "Open311", section, handler);
            }
        } catch (JsonDocumentException e) {
            throw SinkBridge.toImportException(source.name(), e).withReport(report.build());
        } catch (IOException e) {
            throw new ImportException(ImportException.Kind.IO, SourceLocation.of(source.name()),
                    "cannot read Open311 " + format + ": " + e.getMessage(),
                    "无法读取 Open311 " + format + ": " + e.getMessage(), report.build(), e);
        }
        return report.build();
    }

    private static List<RowError> toErrors(SourceLocation where, List<JsonProblem> problems) {
        return problems.stream().map(p -> new RowError(where,
                p.field().isEmpty() ? Optional.empty() : Optional.of(p.field()),
                p.rawValue().isEmpty() ? Optional.empty() : Optional.of(p.rawValue()),
                p.constraint().startsWith("invariant") ? "invariant" : SinkBridge.family(p.constraint()),
                p.messageZh(), p.messageEn())).toList();
    }

    private static List<RowError> validate(SourceLocation where, Object record,
            com.fasterxml.jackson.databind.JsonNode node, Map<String, String> wireNames) {
        Set<ConstraintViolation<Object>> english = Validators.validateFast(record, Locale.ENGLISH);
        if (english.isEmpty()) {
            return List.of();
        }
        Set<ConstraintViolation<Object>> chinese = Validators.chinese().validate(record);
        List<RowError> errors = new ArrayList<>();
        List<ConstraintViolation<Object>> en = english.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
        List<ConstraintViolation<Object>> zh = chinese.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
        for (int i = 0; i < en.size(); i++) {
            ConstraintViolation<Object> v = en.get(i);
            String property = v.getPropertyPath().toString();
            String root = property.contains(".") ? property.substring(0, property.indexOf('.')) : property;
            Optional<String> column = Optional.ofNullable(wireNames.get(root));
            Optional<String> raw = column.map(c -> node.path(c)).filter(n -> !n.isMissingNode() && !n.isNull())
                    .map(n -> n.isTextual() ? n.textValue() : n.toString());
            String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            String zhMessage = i < zh.size() ? zh.get(i).getMessage() : v.getMessage();
            errors.add(new RowError(where, column, raw, constraint, zhMessage, v.getMessage()));
        }
        return errors;
    }

    /**
     * Writes a {@code requests.json} document (a JSON array), UTF-8; the stream is flushed, not closed.
     * Absent optional fields are omitted.
     *
     * @param requests the requests
     * @param out destination
     * @throws IOException when writing fails
     */
    public static void writeRequests(Iterable<ServiceRequest> requests, OutputStream out) throws IOException {
        try (JsonTreeWriter w = new JsonTreeWriter(out, true)) {
            Open311Documents.requests(w, requests);
        }
    }

    /**
     * Writes cases as a {@code requests.json} document through {@link Open311Mapping#toRequest(Case)}.
     *
     * @param cases the cases
     * @param mapping the mapping
     * @param out destination (flushed, not closed)
     * @throws IOException when writing fails
     */
    public static void writeCases(Iterable<Case> cases, Open311Mapping mapping, OutputStream out) throws IOException {
        writeRequests(mapping.toRequests(cases), out);
    }

    /**
     * Writes a {@code services.json} document (a JSON array), UTF-8; the stream is flushed, not closed.
     *
     * @param services the services
     * @param out destination
     * @throws IOException when writing fails
     */
    public static void writeServices(Iterable<Service> services, OutputStream out) throws IOException {
        try (JsonTreeWriter w = new JsonTreeWriter(out, true)) {
            Open311Documents.services(w, services);
        }
    }
}
