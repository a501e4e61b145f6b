package org.jiceng.cases.anticipate.internal;

import java.util.Set;
import org.jiceng.cases.anticipate.DetectorSettings;
import org.jiceng.cases.anticipate.spi.Detector;
import org.jiceng.cases.anticipate.spi.DetectorProvider;

/** The built-in {@code cluster} detector: neighbouring grids rising together. Not API. */
public final class ClusterDetectorProvider implements DetectorProvider {

    @Override
    public String name() {
        return ClusterDetector.NAME;
    }

    @Override
    public Set<String> parameters() {
        return Set.of("windowWeeks", "minGrids", "minCount", "risingAlpha", History.HISTORY,
                History.MIN_HISTORY);
    }

    @Override
    public Detector create(DetectorSettings settings) {
        settings.requireExactly(parameters());
        return new ClusterDetector(settings.wholeNumber("windowWeeks", 1), settings.wholeNumber("minGrids", 2),
                settings.wholeNumber("minCount", 1), settings.probability("risingAlpha"), History.from(settings));
    }
}
