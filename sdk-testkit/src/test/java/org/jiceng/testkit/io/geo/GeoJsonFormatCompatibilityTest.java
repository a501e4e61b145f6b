package org.jiceng.testkit.io.geo;

import org.jiceng.io.geojson.GeoJsonFormatProvider;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.testkit.io.FormatProviderCompatibilityKit;

/** The built-in GeoJSON format passes the format contract (areas and grids). */
class GeoJsonFormatCompatibilityTest extends FormatProviderCompatibilityKit {

    @Override
    protected FormatProvider provider() {
        return new GeoJsonFormatProvider();
    }
}
