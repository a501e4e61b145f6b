/**
 * Deterministic sample data: a seeded year of whistle and complaint cases for demos, tests and
 * benchmarks ({@link org.jiceng.core.cases.sample.CaseYearGenerator}).
 */
package org.jiceng.core.cases.sample;
