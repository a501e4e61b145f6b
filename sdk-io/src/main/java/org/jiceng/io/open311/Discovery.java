package org.jiceng.io.open311;

import static org.jiceng.core.model.Checks.list;
import static org.jiceng.core.model.Checks.nonNull;

import java.util.List;
import java.util.Optional;

/**
 * A GeoReport v2 service discovery document ({@code discovery.xml} / {@code discovery.json}): where an
 * installation's endpoints are and which formats they speak.
 *
 * @param changeset {@code changeset}: when the document last changed
 * @param contact {@code contact}: how to reach the operators
 * @param keyService {@code key_service}: where to ask for an API key
 * @param endpoints {@code endpoints}
 */
public record Discovery(Optional<String> changeset, Optional<String> contact, Optional<String> keyService,
        List<Endpoint> endpoints) {

    /**
     * Copies the list; absent texts are empty optionals, never null.
     *
     * @param changeset {@code changeset}
     * @param contact {@code contact}
     * @param keyService {@code key_service}
     * @param endpoints {@code endpoints}
     */
    public Discovery {
        changeset = nonNull(changeset, "changeset");
        contact = nonNull(contact, "contact");
        keyService = nonNull(keyService, "keyService");
        endpoints = list(endpoints, "endpoints");
    }

    /**
     * One endpoint of a discovery document.
     *
     * @param specification {@code specification}, e.g. {@code http://wiki.open311.org/GeoReport_v2}
     * @param url {@code url}: the base URL
     * @param changeset {@code changeset}
     * @param type {@code type}: {@code production} or {@code test}
     * @param formats {@code formats}: media types, e.g. {@code text/xml}, {@code application/json}
     */
    public record Endpoint(String specification, String url, Optional<String> changeset, String type,
            List<String> formats) {

        /**
         * Validates required fields.
         *
         * @param specification {@code specification}
         * @param url {@code url}
         * @param changeset {@code changeset}
         * @param type {@code type}
         * @param formats {@code formats}
         */
        public Endpoint {
            specification = nonNull(specification, "specification");
            org.jiceng.core.model.Checks.nonBlank(url, "Open311 discovery endpoint url");
            changeset = nonNull(changeset, "changeset");
            type = nonNull(type, "type");
            formats = list(formats, "formats");
        }
    }
}
