/**
 * An indexed, immutable snapshot of a dataset. {@link org.jiceng.core.registry.Registry} answers
 * lookups by id, the area and organisation hierarchies and who was a member on a date; building one
 * checks the dataset's integrity (duplicate ids, dangling references, cycles, overlapping terms) and
 * reports every problem in an {@link org.jiceng.core.registry.IntegrityReport} instead of stopping at the
 * first.
 */
@NullMarked
package org.jiceng.core.registry;

import org.jspecify.annotations.NullMarked;
