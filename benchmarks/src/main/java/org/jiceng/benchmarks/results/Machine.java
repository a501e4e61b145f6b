package org.jiceng.benchmarks.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The machine a result file was measured on, from the sidecar {@code benchmarks/run} writes beside
 * it ({@code <stamp>.machine.json} next to {@code <stamp>.json}).
 *
 * @param startedAt when the run started (UTC, ISO-8601)
 * @param cores the number of cores the OS offered ({@code nproc})
 * @param cpuModel the CPU model from {@code /proc/cpuinfo}
 * @param jdk the JDK's runtime version
 * @param loadStart the load averages (1, 5, 15 min) when the run started
 * @param loadEnd the load averages when it ended, or empty if the run did not finish
 * @param command the command that ran it, e.g. {@code benchmarks/run quick org.jiceng.benchmarks.*}, or empty
 */
public record Machine(String startedAt, int cores, String cpuModel, String jdk, String loadStart, String loadEnd,
        String command) {

    /** A machine whose run's command is not known. */
    public Machine(String startedAt, int cores, String cpuModel, String jdk, String loadStart, String loadEnd) {
        this(startedAt, cores, cpuModel, jdk, loadStart, loadEnd, "");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param results a JMH result file
     * @return the machine of its sidecar, or empty when there is none
     * @throws IOException when the sidecar exists but cannot be read
     */
    public static Optional<Machine> besides(Path results) throws IOException {
        String name = results.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        Path sidecar = results.resolveSibling(stem + ".machine.json");
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        JsonNode n = JSON.readTree(sidecar.toFile());
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException(sidecar + ": not a machine sidecar (expected a JSON object)");
        }
        return Optional.of(new Machine(n.path("startedAt").asText(""), n.path("cores").asInt(0),
                n.path("cpuModel").asText(""), n.path("jdk").asText(""), n.path("loadAverageStart").asText(""),
                n.path("loadAverageEnd").asText(""), n.path("command").asText("")));
    }

    /** @return one line for a table's caption, e.g. {@code 2 cores (AMD EPYC 7B13), JDK 17.0.15, load average 1.2 → 3.4} */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(cores).append(cores == 1 ? " core" : " cores");
        if (!cpuModel.isBlank()) {
            out.append(" (").append(cpuModel).append(')');
        }
        if (!jdk.isBlank()) {
            out.append(", JDK ").append(jdk);
        }
        if (!loadStart.isBlank()) {
            out.append(", load average ").append(firstField(loadStart));
            if (!loadEnd.isBlank()) {
                out.append(" at the start, ").append(firstField(loadEnd)).append(" at the end");
            }
        }
        if (!startedAt.isBlank()) {
            out.append(", started ").append(startedAt);
        }
        mode().ifPresent(m -> out.append(", ").append(m).append(" mode"));
        if (loaded()) {
            out.append("; **shared machine under load** (load average above twice the cores: wall-clock scores"
                    + " are floors, read the ratios)");
        }
        return out.toString();
    }

    /** @return {@code quick} or {@code full} when the command was {@code benchmarks/run quick|full …} */
    public Optional<String> mode() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|[ /])(quick|full)(?: |$)").matcher(command);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** @return whether the 1-minute load average at the start or the end was above twice the cores */
    public boolean loaded() {
        return cores > 0 && (load(loadStart) > 2.0 * cores || load(loadEnd) > 2.0 * cores);
    }

    private static double load(String loads) {
        try {
            return loads.isBlank() ? 0 : Double.parseDouble(firstField(loads));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String firstField(String loads) {
        String trimmed = loads.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
