package org.jiceng.benchmarks.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Reads the result files JMH writes with {@code -rf json}. */
public final class JmhJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JmhJson() {
    }

    /**
     * @param file a JMH JSON result file (an array with one object per benchmark and parameter set)
     * @return its rows, in file order
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is not JMH's format, naming the file, the row and the field
     */
    public static List<JmhResult> read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + ": not a JMH result file (expected a JSON array of benchmarks)");
        }
        List<JmhResult> out = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            out.add(row(file, i, root.get(i)));
        }
        return out;
    }

    private static JmhResult row(Path file, int index, JsonNode node) {
        String where = file + ": benchmark #" + (index + 1);
        String benchmark = text(node, "benchmark", where);
        where = where + " (" + benchmark + ")";
        JsonNode metric = node.path("primaryMetric");
        if (!metric.isObject()) {
            throw new IllegalArgumentException(where + ": field primaryMetric is missing");
        }
        TreeMap<String, String> params = new TreeMap<>();
        JsonNode p = node.path("params");
        if (p.isObject()) {
            for (Map.Entry<String, JsonNode> e : p.properties()) {
                params.put(e.getKey(), e.getValue().asText());
            }
        }
        double score = number(metric, "score", where + ": primaryMetric");
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException(where + ": primaryMetric.score is NaN");
        }
        double error = number(metric, "scoreError", where + ": primaryMetric");
        int iterations = node.path("measurementIterations").asInt(0) * Math.max(1, node.path("forks").asInt(1));
        String mode = text(node, "mode", where);
        JsonNode p50 = metric.path("scorePercentiles").path("50.0");
        OptionalDouble median = mode.equals("sample") && p50.isNumber() ? OptionalDouble.of(p50.asDouble())
                : OptionalDouble.empty();
        TreeMap<String, JmhResult.Metric> secondary = new TreeMap<>();
        JsonNode s = node.path("secondaryMetrics");
        if (s.isObject()) {
            for (Map.Entry<String, JsonNode> e : s.properties()) {
                String at = where + ": secondaryMetrics." + e.getKey();
                double value = number(e.getValue(), "score", at);
                double err = e.getValue().has("scoreError") ? number(e.getValue(), "scoreError", at) : Double.NaN;
                secondary.put(e.getKey(), new JmhResult.Metric(value,
                        Double.isNaN(err) ? OptionalDouble.empty() : OptionalDouble.of(err), text(e.getValue(), "scoreUnit", at)));
            }
        }
        return new JmhResult(benchmark, mode, params, score,
                Double.isNaN(error) ? OptionalDouble.empty() : OptionalDouble.of(error), median,
                text(metric, "scoreUnit", where + ": primaryMetric"), iterations, node.path("jdkVersion").asText(""),
                file, secondary);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": field " + field + " is missing or not text");
        }
        return v.asText();
    }

    /** A number; JMH writes NaN (no error from one iteration) and infinities as strings such as {@code "NaN"}. */
    private static double number(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v != null && v.isNumber()) {
            return v.asDouble();
        }
        if (v != null && v.isTextual() && v.asText().matches("[+-]?(NaN|Infinity)")) {
            return Double.parseDouble(v.asText());
        }
        throw new IllegalArgumentException(where + ": field " + field + " is " + (v == null ? "missing" : v)
                + ", expected a number");
    }
}
