package org.jiceng.cases.anticipate.internal;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.cases.anticipate.Series;
import org.jiceng.cases.anticipate.spi.DetectionContext;
import org.jiceng.cases.anticipate.spi.Detector;
import org.jspecify.annotations.Nullable;

/** A detector that tests each grid × situation series week by week on its own. Not API. */
abstract class PerSeriesDetector implements Detector {

    private final String name;

    PerSeriesDetector(String name) {
        this.name = name;
    }

    @Override
    public final List<Finding> detect(DetectionContext context) {
        List<Finding> out = new ArrayList<>();
        double threshold = context.threshold();
        for (Series s : context.cube().series()) {
            Episodes.scan(context.cube(), name, s.situation(), w -> test(s, w, threshold), out);
        }
        return out;
    }

    /**
     * @param s a series
     * @param w a week
     * @param threshold the Bonferroni threshold
     * @return what the test found in that week, or null
     */
    abstract Episodes.@Nullable Hit test(Series s, int w, double threshold);
}
