package org.jiceng.io.open311;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.Consumer;
import org.jiceng.cases.Case;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.geojson.internal.JsonDocumentException;
import org.jiceng.io.geojson.internal.SinkBridge;
import org.jiceng.io.open311.internal.Open311Documents;
import org.jiceng.io.open311.internal.Open311Rows;
import org.jiceng.io.open311.internal.Open311XmlReader;
import org.jiceng.io.open311.internal.XmlTreeWriter;
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
        try (XmlTreeWriter w = new XmlTreeWriter(out, "service_requests")) {
            Open311Documents.requests(w, requests);
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
        writeRequests(mapping.toRequests(cases), out);
    }

    /**
     * Writes a {@code services.xml} document; the stream is flushed, not closed.
     *
     * @param services the services
     * @param out destination
     * @throws IOException when writing fails
     */
    public static void writeServices(Iterable<Service> services, OutputStream out) throws IOException {
        try (XmlTreeWriter w = new XmlTreeWriter(out, "services")) {
            Open311Documents.services(w, services);
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
        try (XmlTreeWriter w = new XmlTreeWriter(out, "discovery")) {
            Open311Documents.discovery(w, discovery);
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
        try (XmlTreeWriter w = new XmlTreeWriter(out, "service_definition")) {
            Open311Documents.serviceDefinition(w, definition);
        }
    }
}
