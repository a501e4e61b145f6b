/**
 * Coordinates: WGS-84/CGCS2000 storage, GCJ-02/BD-09 conversions ({@link org.jiceng.grid.geo.ChinaOffsets}), Gauss-Krüger projection and lengths/areas in metres ({@link org.jiceng.grid.geo.Measures}).
 */
package org.jiceng.grid.geo;
