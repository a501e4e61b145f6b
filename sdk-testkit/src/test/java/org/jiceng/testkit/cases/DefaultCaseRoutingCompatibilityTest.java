package org.jiceng.testkit.cases;

import org.jiceng.cases.CaseRouting;
import org.jiceng.cases.spi.CaseRoutingProvider;
import org.jiceng.core.spi.Plugins;

/** The built-in router passes the routing contract. */
class DefaultCaseRoutingCompatibilityTest extends CaseRoutingCompatibilityKit {

    @Override
    protected CaseRoutingProvider provider() {
        return Plugins.forDefaultClassLoader().named(CaseRoutingProvider.class, CaseRouting.DEFAULT_PROVIDER);
    }
}
