package org.jiceng.cases.anticipate.internal;

import java.util.Set;
import org.jiceng.cases.anticipate.DetectorSettings;
import org.jiceng.cases.anticipate.spi.Detector;
import org.jiceng.cases.anticipate.spi.DetectorProvider;

/** The built-in {@code recurring} detector: the same situation in the same grid week after week. Not API. */
public final class RecurringDetectorProvider implements DetectorProvider {

    @Override
    public String name() {
        return RecurringDetector.NAME;
    }

    @Override
    public Set<String> parameters() {
        return Set.of("windowWeeks", "minActiveWeeks", "minCount", History.HISTORY, History.MIN_HISTORY);
    }

    @Override
    public Detector create(DetectorSettings settings) {
        settings.requireExactly(parameters());
        int window = settings.wholeNumber("windowWeeks", 1);
        int minActive = settings.wholeNumber("minActiveWeeks", 1);
        if (minActive > window) {
            throw new org.jiceng.cases.anticipate.AnticipationRulesException(settings.source(),
                    settings.path() + ".minActiveWeeks", "must not exceed windowWeeks (" + window + "), was " + minActive,
                    null);
        }
        return new RecurringDetector(window, minActive, settings.wholeNumber("minCount", 1), History.from(settings));
    }
}
