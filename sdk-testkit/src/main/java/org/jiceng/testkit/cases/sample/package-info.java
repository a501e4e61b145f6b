/**
 * Deterministic sample data: a seeded year of whistle and complaint cases for demos, tests and
 * benchmarks ({@link org.jiceng.testkit.cases.sample.CaseYearGenerator}).
 */
package org.jiceng.testkit.cases.sample;
