package org.jiceng.io.open311;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A GeoReport v2 service request as returned by {@code GET requests}; field names in the Javadoc are
 * the wire names. Optional wire fields are {@link Optional}s, never null.
 *
 * @param serviceRequestId {@code service_request_id}
 * @param status {@code status}
 * @param statusNotes {@code status_notes}
 * @param serviceName {@code service_name}
 * @param serviceCode {@code service_code}
 * @param description {@code description}
 * @param agencyResponsible {@code agency_responsible}
 * @param serviceNotice {@code service_notice}
 * @param requestedDatetime {@code requested_datetime}
 * @param updatedDatetime {@code updated_datetime}
 * @param expectedDatetime {@code expected_datetime}
 * @param address {@code address}
 * @param addressId {@code address_id}
 * @param zipcode {@code zipcode}
 * @param lat {@code lat}, WGS-84; present exactly when {@code lon} is
 * @param lon {@code long}, WGS-84; present exactly when {@code lat} is
 * @param mediaUrl {@code media_url}
 * @param extendedAttributes {@code extended_attributes}, the GeoReport v2 extension object (as Chicago's
 *     and other servers send it), member name to value in document order; scalar values as text,
 *     nested arrays and objects as their JSON text. The SDK's own members are listed in the package
 *     documentation ({@code case_status}, {@code detailed_status}, {@code resolved_datetime},
 *     {@code duplicate_of}); every other member is kept and written back.
 */
public record ServiceRequest(String serviceRequestId, Open311Status status, Optional<String> statusNotes,
        Optional<String> serviceName, String serviceCode, Optional<String> description,
        Optional<String> agencyResponsible, Optional<String> serviceNotice, OffsetDateTime requestedDatetime,
        Optional<OffsetDateTime> updatedDatetime, Optional<OffsetDateTime> expectedDatetime,
        Optional<String> address, Optional<String> addressId, Optional<String> zipcode, Optional<Double> lat,
        Optional<Double> lon, Optional<String> mediaUrl, Map<String, String> extendedAttributes) {

    /**
     * Validates required fields and the lat/long pair.
     *
     * @param serviceRequestId {@code service_request_id}
     * @param status {@code status}
     * @param statusNotes {@code status_notes}
     * @param serviceName {@code service_name}
     * @param serviceCode {@code service_code}
     * @param description {@code description}
     * @param agencyResponsible {@code agency_responsible}
     * @param serviceNotice {@code service_notice}
     * @param requestedDatetime {@code requested_datetime}
     * @param updatedDatetime {@code updated_datetime}
     * @param expectedDatetime {@code expected_datetime}
     * @param address {@code address}
     * @param addressId {@code address_id}
     * @param zipcode {@code zipcode}
     * @param lat {@code lat}, WGS-84; present exactly when {@code lon} is
     * @param lon {@code long}, WGS-84; present exactly when {@code lat} is
     * @param mediaUrl {@code media_url}
     * @param extendedAttributes {@code extended_attributes}, in document order
     */
    public ServiceRequest {
        nonBlank(serviceRequestId, "Open311 service_request_id");
        String where = "Open311 request " + serviceRequestId;
        nonNull(status, where + " status");
        statusNotes = nonNull(statusNotes, "statusNotes");
        serviceName = nonNull(serviceName, "serviceName");
        nonBlank(serviceCode, where + " service_code");
        description = nonNull(description, "description");
        agencyResponsible = nonNull(agencyResponsible, "agencyResponsible");
        serviceNotice = nonNull(serviceNotice, "serviceNotice");
        nonNull(requestedDatetime, where + " requested_datetime");
        updatedDatetime = nonNull(updatedDatetime, "updatedDatetime");
        expectedDatetime = nonNull(expectedDatetime, "expectedDatetime");
        address = nonNull(address, "address");
        addressId = nonNull(addressId, "addressId");
        zipcode = nonNull(zipcode, "zipcode");
        lat = nonNull(lat, "lat");
        lon = nonNull(lon, "lon");
        mediaUrl = nonNull(mediaUrl, "mediaUrl");
        if (lat.isPresent() != lon.isPresent()) {
            throw new IllegalArgumentException(where + ": lat and long must be given together, got lat=" + lat
                    + " long=" + lon);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        if (extendedAttributes != null) {
            extendedAttributes.forEach((k, v) -> attributes.put(nonBlank(k, where + " extended_attributes name"),
                    nonNull(v, where + " extended_attributes." + k)));
        }
        extendedAttributes = Collections.unmodifiableMap(attributes);
    }

    /**
     * A request without extended attributes.
     *
     * @param serviceRequestId {@code service_request_id}
     * @param status {@code status}
     * @param statusNotes {@code status_notes}
     * @param serviceName {@code service_name}
     * @param serviceCode {@code service_code}
     * @param description {@code description}
     * @param agencyResponsible {@code agency_responsible}
     * @param serviceNotice {@code service_notice}
     * @param requestedDatetime {@code requested_datetime}
     * @param updatedDatetime {@code updated_datetime}
     * @param expectedDatetime {@code expected_datetime}
     * @param address {@code address}
     * @param addressId {@code address_id}
     * @param zipcode {@code zipcode}
     * @param lat {@code lat}, WGS-84; present exactly when {@code lon} is
     * @param lon {@code long}, WGS-84; present exactly when {@code lat} is
     * @param mediaUrl {@code media_url}
     */
    public ServiceRequest(String serviceRequestId, Open311Status status, Optional<String> statusNotes,
            Optional<String> serviceName, String serviceCode, Optional<String> description,
            Optional<String> agencyResponsible, Optional<String> serviceNotice, OffsetDateTime requestedDatetime,
            Optional<OffsetDateTime> updatedDatetime, Optional<OffsetDateTime> expectedDatetime,
            Optional<String> address, Optional<String> addressId, Optional<String> zipcode, Optional<Double> lat,
            Optional<Double> lon, Optional<String> mediaUrl) {
        this(serviceRequestId, status, statusNotes, serviceName, serviceCode, description, agencyResponsible,
                serviceNotice, requestedDatetime, updatedDatetime, expectedDatetime, address, addressId, zipcode, lat,
                lon, mediaUrl, Map.of());
    }

    /**
     * @param attributes the new {@code extended_attributes}
     * @return a copy with those extended attributes
     */
    public ServiceRequest withExtendedAttributes(Map<String, String> attributes) {
        return new ServiceRequest(serviceRequestId, status, statusNotes, serviceName, serviceCode, description,
                agencyResponsible, serviceNotice, requestedDatetime, updatedDatetime, expectedDatetime, address,
                addressId, zipcode, lat, lon, mediaUrl, attributes);
    }

    /**
     * @param name an {@code extended_attributes} member name
     * @return its value, when present and not blank
     */
    public Optional<String> extendedAttribute(String name) {
        return Optional.ofNullable(extendedAttributes.get(name)).filter(v -> !v.isBlank());
    }

    /**
     * A request with only the required fields, e.g. a new one from a front end; add the rest with the
     * canonical constructor.
     *
     * @param serviceRequestId {@code service_request_id}
     * @param status {@code status}
     * @param serviceCode {@code service_code}
     * @param requestedDatetime {@code requested_datetime}
     * @return the request
     */
    public static ServiceRequest minimal(String serviceRequestId, Open311Status status, String serviceCode,
            OffsetDateTime requestedDatetime) {
        return new ServiceRequest(serviceRequestId, status, Optional.empty(), Optional.empty(), serviceCode,
                Optional.empty(), Optional.empty(), Optional.empty(), requestedDatetime, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
