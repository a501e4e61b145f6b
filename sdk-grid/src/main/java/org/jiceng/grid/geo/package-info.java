/**
 * Coordinates: WGS-84/CGCS2000 storage, GCJ-02/BD-09 conversions of positions and whole JTS geometries ({@link org.jiceng.grid.geo.ChinaOffsets}, {@link org.jiceng.grid.geo.Datum}), Gauss-Krüger projection and lengths/areas in metres ({@link org.jiceng.grid.geo.Measures}).
 */
@NullMarked
package org.jiceng.grid.geo;

import org.jspecify.annotations.NullMarked;
