package org.jiceng.cases.anticipate.spi;

import java.util.Set;
import org.jiceng.cases.anticipate.DetectorSettings;
import org.jiceng.core.spi.Provider;
import org.jiceng.core.spi.SpiArtifact;

/**
 * Supplies a detector for {@link org.jiceng.cases.anticipate.Anticipation}. Register implementations in
 * {@code META-INF/services/org.jiceng.cases.anticipate.spi.DetectorProvider}; they are loaded only
 * through {@link org.jiceng.core.spi.Plugins}. A rule set's {@code detectors} object names the providers
 * to run and gives each its parameters. The built-in providers are {@code recurring}, {@code emerging},
 * {@code cluster} and {@code seasonal}. Vendors test theirs with
 * {@code org.jiceng.testkit.cases.anticipate.DetectorCompatibilityKit}.
 */
@SpiArtifact("org.jiceng:jiceng-sdk-cases")
public interface DetectorProvider extends Provider {

    /** @return the names of the parameters the detector takes; a rule set must give exactly these */
    Set<String> parameters();

    /**
     * @param settings the parameters from the rule set (all of {@link #parameters()})
     * @return the detector
     * @throws org.jiceng.cases.anticipate.AnticipationRulesException naming file, JSON path and value when a
     *     parameter is out of range
     */
    Detector create(DetectorSettings settings);
}
