/**
 * GeoJSON (RFC 7946) for areas and grids: the {@code geojson} {@link org.jiceng.io.spi.FormatProvider}
 * ({@link org.jiceng.io.geojson.GeoJsonFormatProvider}), the {@link org.jiceng.io.geojson.GeoJson}
 * entry points that carry boundaries with the records, and the boundary value types
 * ({@link org.jiceng.io.geojson.Boundary}, {@link org.jiceng.io.geojson.Point}, {@link org.jiceng.io.geojson.Polygon},
 * {@link org.jiceng.io.geojson.MultiPolygon}, {@link org.jiceng.io.geojson.LinearRing},
 * {@link org.jiceng.io.geojson.Position}), which keep sdk-io free of a geometry library.
 *
 * <p>The {@code internal} subpackage also holds the JSON row machinery shared with the Popolo and
 * Open311 formats (streaming collections, bounded rows, problem collection, SPI bridge).
 */
package org.jiceng.io.geojson;
