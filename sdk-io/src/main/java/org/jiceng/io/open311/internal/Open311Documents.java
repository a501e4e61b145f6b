package org.jiceng.io.open311.internal;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jiceng.io.open311.Discovery;
import org.jiceng.io.open311.Service;
import org.jiceng.io.open311.ServiceDefinition;
import org.jiceng.io.open311.ServiceRequest;

/**
 * The GeoReport v2 documents, described once for every format: field order and names as in the
 * specification, absent optional fields omitted. Not API.
 */
public final class Open311Documents {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Open311Documents() {
    }

    /**
     * @param w a writer whose root is the request list
     * @param requests the requests
     * @throws IOException when writing fails
     */
    public static void requests(TreeWriter w, Iterable<ServiceRequest> requests) throws IOException {
        for (ServiceRequest r : requests) {
            w.context("request " + r.serviceRequestId());
            w.startItem("request");
            w.text("service_request_id", r.serviceRequestId());
            w.text("status", r.status().wireName());
            w.text("status_notes", r.statusNotes());
            w.text("service_name", r.serviceName());
            w.text("service_code", r.serviceCode());
            w.text("description", r.description());
            w.text("agency_responsible", r.agencyResponsible());
            w.text("service_notice", r.serviceNotice());
            w.text("requested_datetime", DATE_TIME.format(r.requestedDatetime()));
            w.text("updated_datetime", r.updatedDatetime().map(DATE_TIME::format));
            w.text("expected_datetime", r.expectedDatetime().map(DATE_TIME::format));
            w.text("address", r.address());
            w.text("address_id", r.addressId());
            w.text("zipcode", r.zipcode());
            if (r.lat().isPresent()) {
                w.number("lat", r.lat().get());
                w.number("long", r.lon().orElseThrow());
            }
            w.text("media_url", r.mediaUrl());
            if (!r.extendedAttributes().isEmpty()) {
                w.startObject(Open311Rows.EXTENDED_ATTRIBUTES);
                for (Map.Entry<String, String> e : r.extendedAttributes().entrySet()) {
                    w.text(e.getKey(), e.getValue());
                }
                w.endObject();
            }
            w.endItem();
        }
    }

    /**
     * @param w a writer whose root is the service list
     * @param services the services
     * @throws IOException when writing fails
     */
    public static void services(TreeWriter w, Iterable<Service> services) throws IOException {
        for (Service s : services) {
            w.context("service " + s.serviceCode());
            w.startItem("service");
            w.text("service_code", s.serviceCode());
            w.text("service_name", s.serviceName());
            w.text("description", s.description());
            w.bool("metadata", s.metadata());
            w.text("type", s.type().wireName());
            w.text("keywords", String.join(",", s.keywords()));
            w.text("group", s.group());
            w.endItem();
        }
    }

    /**
     * @param w a writer whose root is the discovery object
     * @param discovery the document
     * @throws IOException when writing fails
     */
    public static void discovery(TreeWriter w, Discovery discovery) throws IOException {
        w.context("discovery");
        w.text("changeset", discovery.changeset());
        w.text("contact", discovery.contact());
        w.text("key_service", discovery.keyService());
        w.startList("endpoints", "endpoint");
        for (Discovery.Endpoint e : discovery.endpoints()) {
            w.startItem("endpoint");
            w.text("specification", e.specification());
            w.text("url", e.url());
            w.text("changeset", e.changeset());
            w.text("type", e.type());
            w.startList("formats", "format");
            for (String f : e.formats()) {
                w.textItem("format", f);
            }
            w.endList();
            w.endItem();
        }
        w.endList();
    }

    /**
     * @param w a writer whose root is the service definition object
     * @param definition the definition
     * @throws IOException when writing fails
     */
    public static void serviceDefinition(TreeWriter w, ServiceDefinition definition) throws IOException {
        w.context("service definition " + definition.serviceCode());
        w.text("service_code", definition.serviceCode());
        w.startList("attributes", "attribute");
        for (ServiceDefinition.Attribute a : definition.attributes()) {
            w.startItem("attribute");
            w.bool("variable", a.variable());
            w.text("code", a.code());
            w.text("datatype", a.datatype());
            w.bool("required", a.required());
            w.text("datatype_description", a.datatypeDescription());
            w.number("order", a.order());
            w.text("description", a.description());
            w.startList("values", "value");
            for (ServiceDefinition.Value v : a.values()) {
                w.startItem("value");
                w.text("key", v.key());
                w.text("name", v.name());
                w.endItem();
            }
            w.endList();
            w.endItem();
        }
        w.endList();
    }
}
