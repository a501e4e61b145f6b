package org.jiceng.cases.anticipate.spi;

import java.util.Objects;
import org.jiceng.cases.anticipate.SignalCube;

/**
 * What a detector works on.
 *
 * @param cube the signals per grid × situation × week
 * @param alpha the rule set's family-wise error rate per weekly look, in (0, 1)
 */
public record DetectionContext(SignalCube cube, double alpha) {

    /**
     * Checks the components.
     *
     * @param cube the signals per grid × situation × week
     * @param alpha the family-wise error rate per weekly look, in (0, 1)
     */
    public DetectionContext {
        Objects.requireNonNull(cube, "cube");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
        }
    }

    /**
     * The Bonferroni threshold: alpha over the number of grid × situation series. A test passes when
     * its tail probability is at most this. It depends only on what was declared, never on other grids'
     * data, so a grid's findings do not change when signals are added elsewhere.
     *
     * @return {@code alpha / cube.tests()}
     */
    public double threshold() {
        return alpha / Math.max(1, cube.tests());
    }
}
