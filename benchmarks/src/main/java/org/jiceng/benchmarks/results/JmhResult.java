package org.jiceng.benchmarks.results;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One row of a JMH JSON result file: a benchmark method at one set of parameters.
 *
 * @param benchmark the full name, e.g. {@code org.jiceng.benchmarks.store.TransitionBenchmark.chained}
 * @param mode JMH's mode: {@code thrpt}, {@code avgt}, {@code sample} or {@code ss}
 * @param params the benchmark's {@code @Param} values by name (sorted)
 * @param score the primary metric's score
 * @param error the half-width of its 99.9% confidence interval; empty when JMH could not compute
 *     one (fewer than two measured iterations)
 * @param median the median of the samples ({@code scorePercentiles["50.0"]}), in sample-time mode
 * @param unit the score's unit, e.g. {@code ops/s}
 * @param iterations the number of measured iterations over all forks
 * @param jdk the JDK that ran it, e.g. {@code 17.0.15}
 * @param source the file it was read from
 * @param secondary the secondary metrics by name (JMH's {@code secondaryMetrics}: {@code @AuxCounters}
 *     and profiler results), sorted by name
 */
public record JmhResult(String benchmark, String mode, SortedMap<String, String> params, double score,
        OptionalDouble error, OptionalDouble median, String unit, int iterations, String jdk, Path source,
        SortedMap<String, Metric> secondary) {

    /**
     * A secondary metric of a row.
     *
     * @param score its score
     * @param error the half-width of its 99.9% confidence interval, when JMH computed one
     * @param unit its unit
     */
    public record Metric(double score, OptionalDouble error, String unit) {
        /** Checks the fields. */
        public Metric {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** Copies the parameters. */
    public JmhResult {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(mode, "mode");
        params = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(params));
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(jdk, "jdk");
        Objects.requireNonNull(source, "source");
        secondary = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(secondary));
    }

    /**
     * The interval in which the score lies with 99.9% confidence, by JMH's error.
     *
     * @return {@code [score - error, score + error]}, or empty without an error
     */
    public java.util.Optional<double[]> bounds() {
        if (error.isEmpty() || Double.isNaN(error.getAsDouble()) || Double.isInfinite(error.getAsDouble())) {
            return java.util.Optional.empty();
        }
        double e = error.getAsDouble();
        return java.util.Optional.of(new double[] {score - e, score + e});
    }

    /** @return the benchmark class's simple name and the method, e.g. {@code TransitionBenchmark.chained} */
    public String shortName() {
        return className() + "." + method();
    }

    /** @return the benchmark class's simple name */
    public String className() {
        String owner = benchmark.substring(0, Math.max(0, benchmark.lastIndexOf('.')));
        return owner.substring(owner.lastIndexOf('.') + 1);
    }

    /** @return the benchmark method */
    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** @return the benchmark class's full name */
    public String classFullName() {
        return benchmark.substring(0, Math.max(0, benchmark.lastIndexOf('.')));
    }

    /** @return whether a higher score is better (throughput) rather than a lower one (time per operation) */
    public boolean higherIsBetter() {
        return mode.equals("thrpt");
    }

    /** @return the identity of the row: benchmark, mode and parameters */
    public String key() {
        return benchmark + " " + mode + " " + params;
    }

    /** @return the parameters as {@code name=value, …}, or empty */
    public String paramsText() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(p.getKey()).append('=').append(p.getValue());
        }
        return out.toString();
    }
}
