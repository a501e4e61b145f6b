package org.jiceng.grid.index;

import java.util.List;
import java.util.Optional;

/**
 * Finds the grid (网格) a WGS-84 point falls in.
 *
 * <h2>Exactness and the tie rule</h2>
 * A grid <em>covers</em> a point when the point lies in the grid's interior or on its boundary
 * (closed polygons; holes excluded, hole boundaries included). The predicate is exact: it is
 * decided with robust orientation tests on the stored double coordinates, without tolerance.
 *
 * <p><b>Tie rule — lowest id owns.</b> When several grids cover a point (a point on an edge or
 * vertex shared by neighbouring grids, or inside an overlap of a faulty coverage), the point
 * belongs to the grid whose {@link GridShape#gridId() id} is smallest in {@link String#compareTo}
 * order. So every point of the union of the grids belongs to exactly one grid, whatever the
 * implementation, and points outside every grid belong to none. {@link #covering(double, double)}
 * lists all covering grids when the caller needs to see the tie.
 *
 * <p>Implementations are immutable and thread-safe. They are created by a
 * {@link org.jiceng.grid.spi.GridIndexProvider}; use {@link GridIndexes} for the usual entry points.
 */
public interface GridIndex {

    /**
     * The id of the grid that owns a point.
     *
     * @param lon longitude in degrees (WGS-84)
     * @param lat latitude in degrees (WGS-84)
     * @return the owning grid's id under the tie rule, or empty when no grid covers the point
     * @throws IllegalArgumentException when a coordinate is not finite
     */
    Optional<String> locate(double lon, double lat);

    /**
     * The shape of the grid that owns a point; same rule as {@link #locate(double, double)}.
     *
     * @param lon longitude in degrees (WGS-84)
     * @param lat latitude in degrees (WGS-84)
     * @return the owning grid's shape, or empty when no grid covers the point
     * @throws IllegalArgumentException when a coordinate is not finite
     */
    Optional<GridShape> locateShape(double lon, double lat);

    /**
     * Every grid whose closed geometry covers a point, without applying the tie rule.
     *
     * @param lon longitude in degrees (WGS-84)
     * @param lat latitude in degrees (WGS-84)
     * @return the covering grid ids in ascending id order (empty when none); the first one is the
     *     owner returned by {@link #locate(double, double)}
     * @throws IllegalArgumentException when a coordinate is not finite
     */
    List<String> covering(double lon, double lat);

    /** @return the indexed shapes in ascending id order (immutable) */
    List<GridShape> shapes();

    /** @return the number of grids in the index */
    default int size() {
        return shapes().size();
    }

    /** @return true when the index holds no grid (every lookup is then empty) */
    default boolean isEmpty() {
        return shapes().isEmpty();
    }

    /** @return the {@link org.jiceng.grid.spi.GridIndexProvider#name() name} of the provider that built it */
    String providerName();
}
