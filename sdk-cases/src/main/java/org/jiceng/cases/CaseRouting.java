package org.jiceng.cases;

import org.jiceng.cases.spi.CaseRouter;
import org.jiceng.cases.spi.CaseRoutingProvider;
import org.jiceng.cases.spi.RoutingContext;
import org.jiceng.core.spi.Plugins;

/**
 * Entry point for case routing:
 * <pre>{@code
 * RoutingContext ctx = RoutingContext.of((lon, lat) -> gridIndex.locate(lon, lat).map(Grid::id),
 *         grids, SituationCatalogue.defaults());
 * CaseRouter router = CaseRouting.router(CaseRouting.DEFAULT_PROVIDER, ctx);
 * Case routed = router.route(c).applyTo(c);
 * }</pre>
 */
public final class CaseRouting {

    /** Name of the built-in provider. */
    public static final String DEFAULT_PROVIDER = "default";

    private CaseRouting() {
    }

    /**
     * Loads a routing provider by name through {@link Plugins#forDefaultClassLoader()}.
     *
     * @param providerName the provider name, e.g. {@link #DEFAULT_PROVIDER}
     * @param context what the router is built from
     * @return the router
     * @throws org.jiceng.core.spi.PluginNotFoundException when no provider has that name
     */
    public static CaseRouter router(String providerName, RoutingContext context) {
        return router(Plugins.forDefaultClassLoader(), providerName, context);
    }

    /**
     * @param plugins the loader to use
     * @param providerName the provider name
     * @param context what the router is built from
     * @return the router
     */
    public static CaseRouter router(Plugins plugins, String providerName, RoutingContext context) {
        return plugins.named(CaseRoutingProvider.class, providerName).create(context);
    }
}
