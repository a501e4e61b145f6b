package org.jiceng.cases.spi;

import org.jiceng.cases.Case;

/**
 * Routes cases to a grid, a community and departments. Implementations are immutable and thread-safe,
 * and a route depends only on the case's id, kind, category and location, never on its state.
 */
@FunctionalInterface
public interface CaseRouter {

    /**
     * @param c a case
     * @return its route; grid and community are empty when they cannot be determined
     */
    Route route(Case c);
}
