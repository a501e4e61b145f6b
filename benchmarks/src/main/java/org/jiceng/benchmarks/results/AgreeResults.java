package org.jiceng.benchmarks.results;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that two result files, typically quick mode and full mode of the same benchmarks, agree on
 * every ratio the tables of {@code RESULTS.md} show, within their noise:
 * <pre>benchmarks/run agree [--doc FILE.md] FIRST.json SECOND.json</pre>
 * The tables with a peer ({@code <!-- results:NAME begin match=… peer=… -->}) say which ratios to
 * compare; {@link RatioAgreement} compares them. Prints a Markdown table (one line per ratio: both
 * runs' ratios with their 99.9% intervals, and the verdict) and a summary line; exits with status 1
 * when a ratio disagrees, 0 otherwise.
 */
public final class AgreeResults {

    private AgreeResults() {
    }

    /**
     * @param args {@code [--doc FILE.md] FIRST.json SECOND.json}
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path doc = Path.of("benchmarks", "RESULTS.md");
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--doc") && i + 1 < args.length) {
                doc = Path.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.size() != 2) {
            throw new IllegalArgumentException("expected two result files, got " + files.size() + "; " + USAGE);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long disagreements = check(doc, files.get(0), files.get(1), out);
        if (disagreements > 0) {
            System.exit(1);
        }
    }

    private static final String USAGE = "usage: benchmarks/run agree [--doc FILE.md] FIRST.json SECOND.json";

    /**
     * @param doc the document whose marked tables name the ratios
     * @param first the first run's JMH JSON
     * @param second the second run's JMH JSON
     * @param out where the table and the summary go
     * @return the number of ratios on which the runs disagree
     * @throws IOException when a file cannot be read
     */
    public static long check(Path doc, Path first, Path second, PrintStream out) throws IOException {
        MarkedDocument document = new MarkedDocument(doc.toString(), Files.readString(doc, StandardCharsets.UTF_8));
        List<RatioAgreement.Comparison> all = RatioAgreement.compare(document.groups(), JmhJson.read(first),
                JmhJson.read(second));
        out.println("Ratios to the peer, " + describe(first) + " vs " + describe(second)
                + "; interval from JMH's 99.9% error bounds of both rows:");
        out.println();
        out.println("| table | benchmark | params | " + first.getFileName() + " | " + second.getFileName() + " | verdict |");
        out.println("|---|---|---|---:|---:|---|");
        for (RatioAgreement.Comparison c : all) {
            out.println("| " + c.table() + " | `" + c.row().shortName() + "` | " + c.row().paramsText() + " | "
                    + c.first().text() + " | " + c.second().text() + " | " + verdict(c.verdict()) + " |");
        }
        Map<RatioAgreement.Verdict, Long> counts = new java.util.EnumMap<>(RatioAgreement.Verdict.class);
        all.forEach(c -> counts.merge(c.verdict(), 1L, Long::sum));
        out.println();
        out.println(all.size() + " ratios compared: " + counts.getOrDefault(RatioAgreement.Verdict.AGREE, 0L)
                + " agree within their noise, " + counts.getOrDefault(RatioAgreement.Verdict.WITHIN_OTHER, 0L)
                + " lie within the other run's interval (one run without error bounds), "
                + counts.getOrDefault(RatioAgreement.Verdict.DISAGREE, 0L) + " disagree, "
                + counts.getOrDefault(RatioAgreement.Verdict.NO_BOUNDS, 0L) + " without error bounds in either run.");
        return counts.getOrDefault(RatioAgreement.Verdict.DISAGREE, 0L);
    }

    private static String verdict(RatioAgreement.Verdict v) {
        return switch (v) {
            case AGREE -> "agree";
            case WITHIN_OTHER -> "agree (inside the other run's interval)";
            case DISAGREE -> "**disagree**";
            case NO_BOUNDS -> "cannot judge (no error bounds in either run)";
        };
    }

    private static String describe(Path file) throws IOException {
        Optional<Machine> m = Machine.besides(file);
        return "`" + file.getFileName() + "`" + m.map(x -> " (" + x.mode().map(mode -> mode + " mode, ").orElse("")
                + "load " + x.loadStart().strip().split(" ")[0] + " → " + (x.loadEnd().isBlank() ? "?" : x.loadEnd().strip().split(" ")[0]) + ")").orElse("");
    }
}
