package org.jiceng.cases.spi;

import java.util.Optional;

/**
 * Finds the grid (网格) containing a point. sdk-core does not depend on sdk-grid: an application plugs
 * in sdk-grid's index with a method reference, e.g. {@code (lon, lat) -> gridIndex.locate(lon, lat)
 * .map(Grid::id)}.
 */
@FunctionalInterface
public interface GridLocator {

    /**
     * @param lon WGS-84 longitude
     * @param lat WGS-84 latitude
     * @return the id of the grid containing the point, or empty when no grid does
     */
    Optional<String> locate(double lon, double lat);

    /** @return a locator that never finds a grid */
    static GridLocator none() {
        return (lon, lat) -> Optional.empty();
    }
}
