/**
 * Community size classes (小型/中型/大型/特大型) from area, population and service load, and staff quotas, with configurable thresholds.
 */
@NullMarked
package org.jiceng.grid.staffing;

import org.jspecify.annotations.NullMarked;
