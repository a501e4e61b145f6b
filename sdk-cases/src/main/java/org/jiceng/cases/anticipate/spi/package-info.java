/**
 * Plugin contract for anticipation detectors: a {@link org.jiceng.cases.anticipate.spi.DetectorProvider}
 * creates a {@link org.jiceng.cases.anticipate.spi.Detector} from its rule-set parameters; detectors
 * read a {@link org.jiceng.cases.anticipate.spi.DetectionContext}.
 */
@NullMarked
package org.jiceng.cases.anticipate.spi;

import org.jspecify.annotations.NullMarked;
