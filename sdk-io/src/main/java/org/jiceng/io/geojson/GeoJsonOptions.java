package org.jiceng.io.geojson;

import java.util.List;
import java.util.Objects;

/**
 * How the GeoJSON format reads features that other tools wrote, such as the boundary files of Chinese
 * map portals (DataV / AMap: {@code adcode}, {@code name}, {@code level}, {@code parent: {adcode}}, no
 * feature {@code id}).
 *
 * @param idProperties the properties tried in order for a feature's id when the feature has no
 *     {@code id} member; the first present one wins (default {@code id}, {@code adcode}, {@code code})
 * @param invalidGeometry reject invalid polygons (default) or repair them, each repair a warning
 */
public record GeoJsonOptions(List<String> idProperties, InvalidGeometry invalidGeometry) {

    /** The default id properties: {@code id}, then {@code adcode} (DataV / AMap), then {@code code}. */
    public static final List<String> DEFAULT_ID_PROPERTIES = List.of("id", "adcode", "code");

    /**
     * Validates and copies.
     *
     * @param idProperties the properties tried in order for a feature's id
     * @param invalidGeometry reject or repair invalid polygons
     * @throws NullPointerException if an argument or a property name is null
     * @throws IllegalArgumentException if {@code idProperties} is empty or holds a blank name
     */
    public GeoJsonOptions {
        idProperties = List.copyOf(idProperties);
        if (idProperties.isEmpty() || idProperties.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("idProperties must name at least one property, none blank: "
                    + idProperties);
        }
        Objects.requireNonNull(invalidGeometry, "invalidGeometry");
    }

    /** @return id from {@code id}, {@code adcode} or {@code code}; invalid geometry rejected */
    public static GeoJsonOptions defaults() {
        return new GeoJsonOptions(DEFAULT_ID_PROPERTIES, InvalidGeometry.REJECT);
    }

    /**
     * @param names the properties to try, in order, e.g. {@code "gid"}
     * @return a copy with those id properties
     */
    public GeoJsonOptions withIdProperties(String... names) {
        return new GeoJsonOptions(List.of(names), invalidGeometry);
    }

    /**
     * @param policy reject or repair
     * @return a copy with that policy
     */
    public GeoJsonOptions withInvalidGeometry(InvalidGeometry policy) {
        return new GeoJsonOptions(idProperties, policy);
    }
}
