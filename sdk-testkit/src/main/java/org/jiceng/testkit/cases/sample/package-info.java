/**
 * Deterministic sample data: a seeded year of whistle and complaint cases for demos, tests and
 * benchmarks ({@link org.jiceng.testkit.cases.sample.CaseYearGenerator}), and a seeded year of routed
 * cases and household visits on a lattice of grids with planted recurring, emerging and cluster
 * patterns for anticipation (未诉先办, {@link org.jiceng.testkit.cases.sample.VisitYearGenerator}).
 */
@NullMarked
package org.jiceng.testkit.cases.sample;

import org.jspecify.annotations.NullMarked;
