/**
 * Compatibility kit for anticipation detectors
 * ({@link org.jiceng.testkit.cases.anticipate.DetectorCompatibilityKit}).
 */
package org.jiceng.testkit.cases.anticipate;
