package org.jiceng.io.open311;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jiceng.cases.Case;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.geojson.internal.JsonDocumentException;
import org.jiceng.io.geojson.internal.SinkBridge;
import org.jiceng.io.open311.internal.Open311Rows;
import org.jiceng.io.open311.internal.Open311XmlReader;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.ImportSource;

/**
 * Open311 GeoReport v2 XML, the specification's default format: {@code requests.xml}
 * ({@code <service_requests><request>…}), {@code services.xml} ({@code <services><service>…}) and
 * {@code discovery.xml}, read and written with the same records, mapping, report and row rules as
 * {@link Open311Json} (a row's location is {@code /service_requests/4}, its line the line of its
 * element).
 *
 * <pre>{@code
 * Open311Import<Case> cases = Open311Xml.readCases(ImportSource.of(path), ImportOptions.defaults(), mapping);
 * Open311Xml.writeCases(cases.records(), mapping, out);
 * }</pre>
 *
 * <p>Every element of a row is read as text; {@code <extended_attributes>} holds one element per
 * attribute. An empty element ({@code <description></description>}, as servers write absent values)
 * is read as an empty value. Documents with a DOCTYPE or entity references are refused, so external
 * entities (XXE) and entity expansion cannot happen; one row is bounded by
 * {@code 4 × IoLimits.maxRowChars} bytes, an element's text by {@code maxCellChars}, nesting by
 * {@code maxJsonDepth} and the document by {@code maxRows}. A server's {@code <errors>} answer is an
 * {@link ImportException} quoting its description. Written documents are UTF-8 XML 1.0; text that
 * XML 1.0 cannot hold (control characters other than tab and line breaks) is refused with an
 * {@link IllegalArgumentException} naming the request and field rather than altered.
 */
public final class Open311Xml {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Open311Xml() {
    }

    /**
     * @param source the bytes
     * @param options error policy, limits, validation
     * @return the accepted requests and the report
     * @throws ImportException when the document cannot be read further (with the partial report)
     */
    public static Open311Import<ServiceRequest> readRequests(ImportSource source, ImportOptions options) {
        return Open311Json.read(source, options, Open311Json.REQUESTS, Open311Rows::request,
                Open311Rows.REQUEST_FIELDS, true);
    }

    /**
     * @param source the bytes
     * @param options error policy, limits, validation
     * @param consumer receives accepted requests in document order
     * @return the report
     * @throws ImportException when the document cannot be read further (with the partial report)
     */
    public static ImportReport streamRequests(ImportSource source, ImportOptions options,
            Consumer<? super ServiceRequest> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        return Open311Json.stream(source, options, Open311Json.REQUESTS, Open311Rows::request,
                Open311Rows.REQUEST_FIELDS, (r, where) -> consumer.accept(r), true);
    }

    /**
     * @param source the bytes
     * @param options error policy, limits, validation
     * @return the accepted services and the report
     * @throws ImportException when the document cannot be read further (with the partial report)
     */
    public static Open311Import<Service> readServices(ImportSource source, ImportOptions options) {
        return Open311Json.read(source, options, Open311Json.SERVICES, Open311Rows::service,
                Open311Rows.SERVICE_FIELDS, true);
    }

    /**
     * Reads requests as cases, like {@link Open311Json#readCases}.
     *
     * @param source the bytes
     * @param options error policy, limits, validation
     * @param mapping the situation catalogue mapping
     * @return the accepted cases, the report and the warnings
     * @throws ImportException when the document cannot be read further (with the partial report)
     */
    public static Open311Import<Case> readCases(ImportSource source, ImportOptions options, Open311Mapping mapping) {
        return Open311Json.readCases(source, options, mapping, true);
    }

    /**
     * @param source the bytes of a {@code discovery.xml}
     * @param options limits
     * @return the discovery document
     * @throws ImportException when the document is malformed, exceeds a limit or lacks a required field
     */
    public static Discovery readDiscovery(ImportSource source, ImportOptions options) {
        return Open311Json.discovery(source, tree(source, options, "discovery"));
    }

    /**
     * @param source the bytes of a service definition ({@code GET services/{service_code}.xml})
     * @param options limits
     * @return the definition
     * @throws ImportException when the document is malformed, exceeds a limit or lacks a required field
     */
    public static ServiceDefinition readServiceDefinition(ImportSource source, ImportOptions options) {
        return Open311Json.serviceDefinition(source, tree(source, options, "service_definition"));
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(ImportSource source, ImportOptions options,
            String root) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        try (InputStream in = source.open()) {
            return new Open311XmlReader(options.limits(), SinkBridge.maxRows(options),
                    SinkBridge.maxRowBytes(options.limits())).readObject(in, root);
        } catch (JsonDocumentException e) {
            throw SinkBridge.toImportException(source.name(), e);
        } catch (IOException e) {
            throw new ImportException(ImportException.Kind.IO, SourceLocation.of(source.name()),
                    "cannot read Open311 XML: " + e.getMessage(), "无法读取 Open311 XML: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a {@code requests.xml} document; the stream is flushed, not closed. Absent optional fields
     * are omitted.
     *
     * @param requests the requests
     * @param out destination
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when a text holds characters XML 1.0 cannot represent
     */
    public static void writeRequests(Iterable<ServiceRequest> requests, OutputStream out) throws IOException {
        try (Doc doc = new Doc(out, "service_requests")) {
            for (ServiceRequest r : requests) {
                doc.where = "request " + r.serviceRequestId();
                doc.start("request");
                doc.field("service_request_id", r.serviceRequestId());
                doc.field("status", r.status().wireName());
                doc.field("status_notes", r.statusNotes());
                doc.field("service_name", r.serviceName());
                doc.field("service_code", r.serviceCode());
                doc.field("description", r.description());
                doc.field("agency_responsible", r.agencyResponsible());
                doc.field("service_notice", r.serviceNotice());
                doc.field("requested_datetime", DATE_TIME.format(r.requestedDatetime()));
                doc.field("updated_datetime", r.updatedDatetime().map(DATE_TIME::format));
                doc.field("expected_datetime", r.expectedDatetime().map(DATE_TIME::format));
                doc.field("address", r.address());
                doc.field("address_id", r.addressId());
                doc.field("zipcode", r.zipcode());
                doc.field("lat", r.lat().map(d -> java.math.BigDecimal.valueOf(d).toPlainString()));
                doc.field("long", r.lon().map(d -> java.math.BigDecimal.valueOf(d).toPlainString()));
                doc.field("media_url", r.mediaUrl());
                if (!r.extendedAttributes().isEmpty()) {
                    doc.start(Open311Rows.EXTENDED_ATTRIBUTES);
                    for (Map.Entry<String, String> e : r.extendedAttributes().entrySet()) {
                        doc.field(e.getKey(), e.getValue());
                    }
                    doc.end();
                }
                doc.end();
            }
        }
    }

    /**
     * Writes cases as a {@code requests.xml} document through {@link Open311Mapping#toRequest(Case)}.
     *
     * @param cases the cases
     * @param mapping the mapping
     * @param out destination (flushed, not closed)
     * @throws IOException when writing fails
     */
    public static void writeCases(Iterable<Case> cases, Open311Mapping mapping, OutputStream out) throws IOException {
        List<ServiceRequest> requests = new ArrayList<>();
        cases.forEach(c -> requests.add(mapping.toRequest(c)));
        writeRequests(requests, out);
    }

    /**
     * Writes a {@code services.xml} document; the stream is flushed, not closed.
     *
     * @param services the services
     * @param out destination
     * @throws IOException when writing fails
     */
    public static void writeServices(Iterable<Service> services, OutputStream out) throws IOException {
        try (Doc doc = new Doc(out, "services")) {
            for (Service s : services) {
                doc.where = "service " + s.serviceCode();
                doc.start("service");
                doc.field("service_code", s.serviceCode());
                doc.field("service_name", s.serviceName());
                doc.field("description", s.description());
                doc.field("metadata", String.valueOf(s.metadata()));
                doc.field("type", s.type().wireName());
                doc.field("keywords", String.join(",", s.keywords()));
                doc.field("group", s.group());
                doc.end();
            }
        }
    }

    /**
     * Writes a {@code discovery.xml} document; the stream is flushed, not closed.
     *
     * @param discovery the document
     * @param out destination
     * @throws IOException when writing fails
     */
    public static void writeDiscovery(Discovery discovery, OutputStream out) throws IOException {
        try (Doc doc = new Doc(out, "discovery")) {
            doc.where = "discovery";
            doc.field("changeset", discovery.changeset());
            doc.field("contact", discovery.contact());
            doc.field("key_service", discovery.keyService());
            doc.start("endpoints");
            for (Discovery.Endpoint e : discovery.endpoints()) {
                doc.start("endpoint");
                doc.field("specification", e.specification());
                doc.field("url", e.url());
                doc.field("changeset", e.changeset());
                doc.field("type", e.type());
                doc.start("formats");
                for (String f : e.formats()) {
                    doc.field("format", f);
                }
                doc.end();
                doc.end();
            }
            doc.end();
        }
    }

    /**
     * Writes a service definition document; the stream is flushed, not closed.
     *
     * @param definition the definition
     * @param out destination
     * @throws IOException when writing fails
     */
    public static void writeServiceDefinition(ServiceDefinition definition, OutputStream out) throws IOException {
        try (Doc doc = new Doc(out, "service_definition")) {
            doc.where = "service definition " + definition.serviceCode();
            doc.field("service_code", definition.serviceCode());
            doc.start("attributes");
            for (ServiceDefinition.Attribute a : definition.attributes()) {
                doc.start("attribute");
                doc.field("variable", String.valueOf(a.variable()));
                doc.field("code", a.code());
                doc.field("datatype", a.datatype());
                doc.field("required", String.valueOf(a.required()));
                doc.field("datatype_description", a.datatypeDescription());
                doc.field("order", String.valueOf(a.order()));
                doc.field("description", a.description());
                doc.start("values");
                for (ServiceDefinition.Value v : a.values()) {
                    doc.start("value");
                    doc.field("key", v.key());
                    doc.field("name", v.name());
                    doc.end();
                }
                doc.end();
                doc.end();
            }
            doc.end();
        }
    }

    /** A document being written: UTF-8, one element per line. */
    private static final class Doc implements AutoCloseable {
        private final XMLStreamWriter xml;
        private int depth;
        String where = "";

        Doc(OutputStream out, String root) throws IOException {
            try {
                xml = XMLOutputFactory.newFactory().createXMLStreamWriter(Objects.requireNonNull(out, "out"), "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                start(root);
            } catch (XMLStreamException e) {
                throw new IOException("cannot write Open311 XML: " + e.getMessage(), e);
            }
        }

        void start(String name) throws IOException {
            try {
                xml.writeCharacters("\n" + "  ".repeat(depth));
                xml.writeStartElement(name);
                depth++;
            } catch (XMLStreamException e) {
                throw new IOException("cannot write Open311 XML: " + e.getMessage(), e);
            }
        }

        void end() throws IOException {
            try {
                depth--;
                xml.writeCharacters("\n" + "  ".repeat(depth));
                xml.writeEndElement();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write Open311 XML: " + e.getMessage(), e);
            }
        }

        void field(String name, Optional<String> value) throws IOException {
            if (value.isPresent()) {
                field(name, value.get());
            }
        }

        void field(String name, String value) throws IOException {
            checkXmlText(name, value);
            try {
                xml.writeCharacters("\n" + "  ".repeat(depth));
                xml.writeStartElement(name);
                xml.writeCharacters(value);
                xml.writeEndElement();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write Open311 XML: " + e.getMessage(), e);
            }
        }

        private void checkXmlText(String name, String value) {
            if (!isXmlName(name)) {
                throw new IllegalArgumentException("Open311 XML: " + where + " has an extended attribute named '"
                        + name + "', which is not an XML element name");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || (Character.isHighSurrogate(c) && i + 1 < value.length()
                                && Character.isLowSurrogate(value.charAt(i + 1)));
                if (Character.isHighSurrogate(c) && ok) {
                    i++;
                    continue;
                }
                if (!ok) {
                    throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                            "Open311 XML: %s field %s holds the character U+%04X at index %d, which XML 1.0 cannot "
                                    + "represent; write JSON or remove it", where, name, (int) c, i));
                }
            }
        }

        private static boolean isXmlName(String name) {
            if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')
                    || name.regionMatches(true, 0, "xml", 0, 3)) {
                return false;
            }
            return name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' || ch == '.');
        }

        @Override
        public void close() throws IOException {
            try {
                end();
                xml.writeCharacters("\n");
                xml.writeEndDocument();
                xml.flush();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write Open311 XML: " + e.getMessage(), e);
            }
        }
    }
}
