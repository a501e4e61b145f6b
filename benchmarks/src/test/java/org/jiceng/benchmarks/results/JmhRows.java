package org.jiceng.benchmarks.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes small JMH JSON files, row by row, the way JMH's {@code -rf json} lays them out. */
final class JmhRows {

    private final StringBuilder json = new StringBuilder("[");

    /**
     * @param benchmark full name
     * @param params e.g. {@code "subjects":"10000"}, or empty
     * @param score the score
     * @param error its error, or {@code Double.NaN} for JMH's {@code "NaN"}
     * @param secondary extra {@code "name": {...}} entries, or empty
     */
    JmhRows row(String benchmark, String mode, String params, double score, double error, String unit, String secondary) {
        if (json.length() > 1) {
            json.append(',');
        }
        json.append(String.format(Locale.ROOT, "{\"jmhVersion\":\"1.37\",\"benchmark\":\"%s\",\"mode\":\"%s\",\"threads\":1,"
                + "\"forks\":1,\"jdkVersion\":\"17.0.15\",\"measurementIterations\":5,\"params\":{%s},"
                + "\"primaryMetric\":{\"score\":%s,\"scoreError\":%s,\"scoreUnit\":\"%s\"},\"secondaryMetrics\":{%s}}",
                benchmark, mode, params, score, Double.isNaN(error) ? "\"NaN\"" : Double.toString(error), unit, secondary));
        return this;
    }

    JmhRows thrpt(String benchmark, String params, double score, double error) {
        return row(benchmark, "thrpt", params, score, error, "ops/s", "");
    }

    Path write(Path file, String sidecarCommand, String loadStart, String loadEnd) throws IOException {
        Files.writeString(file, json + "]", StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        Files.writeString(file.resolveSibling(name.substring(0, name.length() - 5) + ".machine.json"),
                "{\"startedAt\":\"2026-12-03T09:00:00Z\",\"cores\":2,\"cpuModel\":\"AMD EPYC\",\"jdk\":\"17.0.15\","
                        + "\"loadAverageStart\":\"" + loadStart + "\",\"loadAverageEnd\":\"" + loadEnd
                        + "\",\"command\":\"" + sidecarCommand + "\"}", StandardCharsets.UTF_8);
        return file;
    }
}
