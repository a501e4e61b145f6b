/**
 * Geographic values shared by every module: {@link org.jiceng.core.geo.LonLat}, the one longitude/latitude
 * pair of the SDK. Geometry itself (polygons, indexes, datum conversions) lives in sdk-grid on JTS.
 */
@NullMarked
package org.jiceng.core.geo;

import org.jspecify.annotations.NullMarked;
