package org.jiceng.cases.spi;

import org.jiceng.core.spi.Provider;
import org.jiceng.core.spi.SpiArtifact;

/**
 * Supplies a region's case routing rules. Register implementations in
 * {@code META-INF/services/org.jiceng.cases.spi.CaseRoutingProvider}; they are loaded through
 * {@link org.jiceng.core.spi.Plugins} (see {@link org.jiceng.cases.CaseRouting}). The built-in
 * provider is named {@code default}. Vendors test theirs with
 * {@code org.jiceng.testkit.cases.CaseRoutingCompatibilityKit}.
 */
@SpiArtifact("org.jiceng:jiceng-sdk-cases")
public interface CaseRoutingProvider extends Provider {

    /**
     * @param context locator, grid → community lookup and situation catalogue
     * @return a router
     */
    CaseRouter create(RoutingContext context);
}
