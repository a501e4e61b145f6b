package org.jiceng.cases.anticipate.internal;

import java.util.Set;
import org.jiceng.cases.anticipate.DetectorSettings;
import org.jiceng.cases.anticipate.spi.Detector;
import org.jiceng.cases.anticipate.spi.DetectorProvider;

/** The built-in {@code emerging} detector: counts well above the grid's own baseline. Not API. */
public final class EmergingDetectorProvider implements DetectorProvider {

    @Override
    public String name() {
        return EmergingDetector.NAME;
    }

    @Override
    public Set<String> parameters() {
        return Set.of("windowWeeks", "minCount", History.HISTORY, History.MIN_HISTORY);
    }

    @Override
    public Detector create(DetectorSettings settings) {
        settings.requireExactly(parameters());
        return new EmergingDetector(settings.wholeNumber("windowWeeks", 1), settings.wholeNumber("minCount", 1),
                History.from(settings));
    }
}
