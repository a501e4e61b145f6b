/**
 * Compatibility kit for anticipation detectors
 * ({@link org.jiceng.testkit.cases.anticipate.DetectorCompatibilityKit}).
 */
@NullMarked
package org.jiceng.testkit.cases.anticipate;

import org.jspecify.annotations.NullMarked;
