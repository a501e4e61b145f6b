/**
 * Geographic values shared by every module: {@link org.jiceng.core.geo.LonLat}, the one longitude/latitude
 * pair of the SDK. Geometry itself (polygons, indexes, datum conversions) lives in sdk-grid on JTS.
 */
package org.jiceng.core.geo;
