package org.jiceng.cases.spi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.core.model.Grid;

/**
 * What a router is built from: how to find a point's grid, which community each grid belongs to, and the
 * situation catalogue with the default departments.
 *
 * @param locator point → grid id
 * @param gridCommunities grid id → community (area) id
 * @param catalogue situations with their default departments
 */
public record RoutingContext(GridLocator locator, Map<String, String> gridCommunities,
        SituationCatalogue catalogue) {

    /**
     * Validates and copies the components.
     *
     * @param locator point → grid id
     * @param gridCommunities grid id → community (area) id
     * @param catalogue situations with their default departments
     */
    public RoutingContext {
        Objects.requireNonNull(locator, "locator");
        gridCommunities = Map.copyOf(Objects.requireNonNull(gridCommunities, "gridCommunities must not be null"));
        Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * @param locator point → grid id
     * @param grids the grids; each grid's {@link Grid#areaId()} is its community
     * @param catalogue the situations
     * @return a context
     * @throws IllegalArgumentException when two grids share an id
     */
    public static RoutingContext of(GridLocator locator, Collection<Grid> grids, SituationCatalogue catalogue) {
        Map<String, String> communities = new LinkedHashMap<>();
        for (Grid g : grids) {
            String previous = communities.putIfAbsent(g.id(), g.areaId());
            if (previous != null) {
                throw new IllegalArgumentException("Grid id " + g.id() + " appears twice (communities " + previous
                        + " and " + g.areaId() + ")");
            }
        }
        return new RoutingContext(locator, communities, catalogue);
    }

    /**
     * @param gridId a grid id
     * @return the community it belongs to, when known
     */
    public Optional<String> communityOf(String gridId) {
        return Optional.ofNullable(gridCommunities.get(gridId));
    }
}
