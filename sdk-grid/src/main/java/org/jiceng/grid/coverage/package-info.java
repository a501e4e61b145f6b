/**
 * Validation of grid coverages: {@link org.jiceng.grid.coverage.CoverageValidator} reports overlaps,
 * gaps and pieces outside the parent boundary of sibling grids as
 * {@link org.jiceng.grid.coverage.CoverageIssue}s in a {@link org.jiceng.grid.coverage.CoverageReport}.
 */
@NullMarked
package org.jiceng.grid.coverage;

import org.jspecify.annotations.NullMarked;
