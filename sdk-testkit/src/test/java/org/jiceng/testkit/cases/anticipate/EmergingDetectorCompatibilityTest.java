package org.jiceng.testkit.cases.anticipate;

import org.jiceng.cases.anticipate.AnticipationRules;
import org.jiceng.cases.anticipate.DetectorSettings;
import org.jiceng.cases.anticipate.spi.DetectorProvider;
import org.jiceng.core.spi.Plugins;

/** The built-in {@code emerging} detector passes the detector contract with the built-in pack's parameters. */
class EmergingDetectorCompatibilityTest extends DetectorCompatibilityKit {

    @Override
    protected DetectorProvider provider() {
        return Plugins.forDefaultClassLoader().named(DetectorProvider.class, "emerging");
    }

    @Override
    protected DetectorSettings settings() {
        return AnticipationRules.builtIn().detectors().get("emerging");
    }
}
