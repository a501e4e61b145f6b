package org.jiceng.cases.anticipate.spi;

import java.util.List;
import org.jiceng.cases.anticipate.Finding;

/**
 * Looks for one kind of pattern in a {@link DetectionContext}. Implementations are immutable,
 * thread-safe and deterministic: the same cube gives the same findings, whatever order the signals
 * were given in.
 */
@FunctionalInterface
public interface Detector {

    /**
     * @param context the binned signals and the significance threshold
     * @return the findings, in any order (callers sort them by {@link Finding#ORDER})
     */
    List<Finding> detect(DetectionContext context);
}
