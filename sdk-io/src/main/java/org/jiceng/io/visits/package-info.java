/**
 * Household visits (民情日记, {@link org.jiceng.cases.anticipate.Visit}) as tables: import and export through
 * any table format with validation, masking and row-level reports, by the
 * {@link org.jiceng.io.visits.VisitTable#MAPPING table mapping} of {@code org.jiceng.io.mapping}.
 */
@NullMarked
package org.jiceng.io.visits;

import org.jspecify.annotations.NullMarked;
