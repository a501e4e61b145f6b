/**
 * Reproducible figures: reads the JSON that {@code benchmarks/run} makes JMH write (and the machine
 * sidecar written beside it) and regenerates the marked tables of {@code benchmarks/RESULTS.md}, so
 * that no figure is copied by hand.
 */
package org.jiceng.benchmarks.results;
