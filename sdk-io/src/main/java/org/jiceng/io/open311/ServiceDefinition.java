package org.jiceng.io.open311;

import static org.jiceng.core.model.Checks.list;
import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import java.util.List;
import java.util.Optional;

/**
 * A GeoReport v2 service definition ({@code GET services/{service_code}}): the extra attributes a
 * service with {@code metadata = true} asks for.
 *
 * @param serviceCode {@code service_code}
 * @param attributes {@code attributes}, in document order
 */
public record ServiceDefinition(String serviceCode, List<Attribute> attributes) {

    /**
     * Validates the code and copies the list.
     *
     * @param serviceCode {@code service_code}
     * @param attributes {@code attributes}
     */
    public ServiceDefinition {
        nonBlank(serviceCode, "Open311 service definition service_code");
        attributes = list(attributes, "attributes");
    }

    /**
     * One attribute.
     *
     * @param variable {@code variable}: true when the user enters a value, false for information only
     * @param code {@code code}, unique within the service
     * @param datatype {@code datatype}: {@code string}, {@code number}, {@code datetime}, {@code text},
     *     {@code singlevaluelist} or {@code multivaluelist}
     * @param required {@code required}
     * @param datatypeDescription {@code datatype_description}
     * @param order {@code order}: display position, 1 first
     * @param description {@code description}: the question shown to the user
     * @param values {@code values} of a list datatype
     */
    public record Attribute(boolean variable, String code, String datatype, boolean required,
            Optional<String> datatypeDescription, int order, String description, List<Value> values) {

        /** The datatypes GeoReport v2 defines. */
        public static final List<String> DATATYPES = List.of("string", "number", "datetime", "text",
                "singlevaluelist", "multivaluelist");

        /**
         * Validates the components.
         *
         * @param variable {@code variable}
         * @param code {@code code}
         * @param datatype {@code datatype}
         * @param required {@code required}
         * @param datatypeDescription {@code datatype_description}
         * @param order {@code order}
         * @param description {@code description}
         * @param values {@code values}
         */
        public Attribute {
            nonBlank(code, "Open311 attribute code");
            if (!DATATYPES.contains(datatype)) {
                throw new IllegalArgumentException("Open311 attribute " + code + " datatype must be one of " + DATATYPES
                        + ", was '" + datatype + "'");
            }
            datatypeDescription = nonNull(datatypeDescription, "datatypeDescription");
            description = nonNull(description, "description");
            values = list(values, "values");
        }
    }

    /**
     * One choice of a list attribute.
     *
     * @param key {@code key}: the value submitted
     * @param name {@code name}: the label shown
     */
    public record Value(String key, String name) {

        /**
         * Validates the key.
         *
         * @param key {@code key}
         * @param name {@code name}
         */
        public Value {
            nonBlank(key, "Open311 attribute value key");
            name = nonNull(name, "name");
        }
    }
}
