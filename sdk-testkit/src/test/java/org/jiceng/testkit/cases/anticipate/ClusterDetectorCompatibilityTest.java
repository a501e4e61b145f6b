package org.jiceng.testkit.cases.anticipate;

import org.jiceng.cases.anticipate.AnticipationRules;
import org.jiceng.cases.anticipate.DetectorSettings;
import org.jiceng.cases.anticipate.spi.DetectorProvider;
import org.jiceng.core.spi.Plugins;

/** The built-in {@code cluster} detector passes the detector contract with the built-in pack's parameters. */
class ClusterDetectorCompatibilityTest extends DetectorCompatibilityKit {

    @Override
    protected DetectorProvider provider() {
        return Plugins.forDefaultClassLoader().named(DetectorProvider.class, "cluster");
    }

    @Override
    protected DetectorSettings settings() {
        return AnticipationRules.builtIn().detectors().get("cluster");
    }
}
