package org.jiceng.io.open311;

import static org.jiceng.core.model.Checks.list;
import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import java.util.List;

/**
 * One entry of a GeoReport v2 service list ({@code GET services}); field names in the Javadoc are the
 * wire names.
 *
 * @param serviceCode {@code service_code}, unique
 * @param serviceName {@code service_name}
 * @param description {@code description}, may be empty
 * @param metadata {@code metadata}: true when the service defines extra attributes
 * @param type {@code type}
 * @param keywords {@code keywords} (comma-separated on the wire)
 * @param group {@code group}, may be empty
 */
public record Service(String serviceCode, String serviceName, String description, boolean metadata,
        ServiceType type, List<String> keywords, String group) {

    /**
     * Validates required fields; text fields that may be empty are never null.
     *
     * @param serviceCode {@code service_code}, unique
     * @param serviceName {@code service_name}
     * @param description {@code description}, may be empty
     * @param metadata {@code metadata}: true when the service defines extra attributes
     * @param type {@code type}
     * @param keywords {@code keywords} (comma-separated on the wire)
     * @param group {@code group}, may be empty
     */
    public Service {
        nonBlank(serviceCode, "Open311 service_code");
        nonBlank(serviceName, "Open311 service " + serviceCode + " service_name");
        description = nonNull(description, "description");
        nonNull(type, "Open311 service " + serviceCode + " type");
        keywords = list(keywords, "keywords");
        group = nonNull(group, "group");
    }
}
