package org.jiceng.cases.internal;

import org.jiceng.cases.CaseRouting;
import org.jiceng.cases.spi.CaseRouter;
import org.jiceng.cases.spi.CaseRoutingProvider;
import org.jiceng.cases.spi.RoutingContext;

/** Registers {@link LocatorCaseRouter} under the name {@code default}. Not API: load it by name. */
public final class DefaultCaseRoutingProvider implements CaseRoutingProvider {

    /** Creates the provider (used by {@link java.util.ServiceLoader}). */
    public DefaultCaseRoutingProvider() {
    }

    @Override
    public String name() {
        return CaseRouting.DEFAULT_PROVIDER;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public CaseRouter create(RoutingContext context) {
        return new LocatorCaseRouter(context);
    }
}
