package org.jiceng.cases.anticipate.internal;

import java.util.Set;
import org.jiceng.cases.anticipate.DetectorSettings;
import org.jiceng.cases.anticipate.spi.Detector;
import org.jiceng.cases.anticipate.spi.DetectorProvider;

/** The built-in {@code seasonal} detector: what rose in the coming weeks a year ago. Not API. */
public final class SeasonalDetectorProvider implements DetectorProvider {

    @Override
    public String name() {
        return SeasonalDetector.NAME;
    }

    @Override
    public Set<String> parameters() {
        return Set.of("lookaheadWeeks", "minCount", History.HISTORY, History.MIN_HISTORY);
    }

    @Override
    public Detector create(DetectorSettings settings) {
        settings.requireExactly(parameters());
        return new SeasonalDetector(settings.wholeNumber("lookaheadWeeks", 1), settings.wholeNumber("minCount", 1),
                History.from(settings));
    }
}
