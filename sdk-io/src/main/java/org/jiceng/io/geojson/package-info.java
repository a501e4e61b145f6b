/**
 * GeoJSON (RFC 7946) for areas, grids and boundary files: the {@code geojson}
 * {@link org.jiceng.io.spi.FormatProvider} ({@link org.jiceng.io.geojson.GeoJsonFormatProvider}), the
 * {@link org.jiceng.io.geojson.GeoJson} entry points that carry boundaries with the records, and
 * {@link org.jiceng.io.geojson.GeoJson#readBoundaries} for files as map portals publish them (DataV / AMap:
 * {@code adcode}, {@code level}, {@code parent.adcode}).
 *
 * <p>Geometry is JTS ({@code org.locationtech.jts.geom}): the format reads and writes
 * {@code Point}, {@code Polygon} and {@code MultiPolygon} in lon/lat degrees, checks polygons with JTS
 * {@code IsValidOp} and, when asked ({@link org.jiceng.io.geojson.InvalidGeometry#REPAIR}), repairs them with
 * {@code GeometryFixer}. {@link org.jiceng.io.geojson.GeoJsonDocument#gridShapes()} and
 * {@link org.jiceng.io.geojson.BoundaryImport#gridShapes()} bridge to sdk-grid's
 * {@link org.jiceng.grid.index.GridShape}.
 *
 * <p>The {@code internal} subpackage also holds the JSON row machinery shared with the Popolo and
 * Open311 formats (streaming collections, bounded rows, problem collection, SPI bridge).
 */
@NullMarked
package org.jiceng.io.geojson;

import org.jspecify.annotations.NullMarked;
