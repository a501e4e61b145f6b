/**
 * Community size classes (小型/中型/大型/特大型) from area, population and service load, and staff quotas,
 * with configurable thresholds. Each measure is graded by a {@link org.jiceng.scoring.Banding}, the SDK's
 * one grading type, whose band keys are the {@link org.jiceng.scoring.staffing.SizeClass} names.
 */
@NullMarked
package org.jiceng.scoring.staffing;

import org.jspecify.annotations.NullMarked;
