package org.jiceng.io.geojson;

/**
 * The geometry of an area or grid as GeoJSON carries it: a {@link Polygon} or {@link MultiPolygon}
 * boundary, or a {@link Point} for a record without extent (e.g. a building located by one position).
 * A plain value type, so that sdk-io does not depend on a geometry library; sdk-grid converts it
 * to JTS.
 */
public sealed interface Boundary permits Point, Polygon, MultiPolygon {

    /**
     * Applies the right-hand rule of RFC 7946 §3.1.6: exterior rings counterclockwise, holes
     * clockwise. Exporters write normalised boundaries; importers keep what they read.
     *
     * @return an equivalent boundary with RFC 7946 ring orientation
     */
    Boundary normalized();

    /** @return the GeoJSON type name, {@code "Point"}, {@code "Polygon"} or {@code "MultiPolygon"} */
    String geoJsonType();

    /** @return the total number of positions, closing positions included */
    int positionCount();
}
