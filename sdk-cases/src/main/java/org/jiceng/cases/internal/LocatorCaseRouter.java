package org.jiceng.cases.internal;

import java.util.List;
import java.util.Optional;
import org.jiceng.cases.Case;
import org.jiceng.cases.Situation;
import org.jiceng.cases.spi.CaseRouter;
import org.jiceng.cases.spi.Route;
import org.jiceng.cases.spi.RoutingContext;

/**
 * The built-in router. Grid: the case's own grid id if it has one, else the grid the locator finds for
 * its point. Community: the grid's community when the grid is known to the context (a grid is more
 * precise than a typed-in area), else the case's own area id. Departments: the situation's defaults.
 * Not API.
 */
public final class LocatorCaseRouter implements CaseRouter {

    private final RoutingContext context;

    /** @param context what routing is built from */
    public LocatorCaseRouter(RoutingContext context) {
        this.context = context;
    }

    @Override
    public Route route(Case c) {
        Optional<String> grid = c.location().gridId()
                .or(() -> c.location().point().flatMap(p -> context.locator().locate(p.lon(), p.lat())));
        Optional<String> community = grid.flatMap(context::communityOf).or(() -> c.location().areaId());
        List<String> departments = context.catalogue().find(c.category()).map(Situation::departments)
                .map(d -> d.stream().distinct().toList()).orElse(List.of());
        return new Route(grid, community, departments);
    }
}
