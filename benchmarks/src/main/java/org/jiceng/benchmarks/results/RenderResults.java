package org.jiceng.benchmarks.results;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Regenerates the marked tables of {@code benchmarks/RESULTS.md} from JMH JSON result files:
 * <pre>benchmarks/run render [--doc FILE.md] RESULT.json…</pre>
 * Every section between {@code <!-- results:NAME begin match="REGEX" peer="METHOD" -->} and
 * {@code <!-- results:NAME end -->} that some given result matches is replaced by a table of those
 * results (score ± error, units, the ratio against the peer at the same parameters) and a caption
 * naming the file and the machine (from its sidecar). Sections no given result matches, and all text
 * outside the markers, are left as they are. When a benchmark and parameter set appears in several
 * files, the last file given wins.
 */
public final class RenderResults {

    private RenderResults() {
    }

    /**
     * @param args {@code [--doc FILE.md] RESULT.json…}; the document defaults to {@code benchmarks/RESULTS.md}
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path doc = Path.of("benchmarks", "RESULTS.md");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--doc") && i + 1 < args.length) {
                doc = Path.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: benchmarks/run render [--doc FILE.md] RESULT.json…");
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("usage: benchmarks/run render [--doc FILE.md] RESULT.json…");
        }
        render(doc, files, System.out);
    }

    /**
     * Renders the document in place (written to a temporary file first, then moved over it).
     *
     * @param doc the Markdown document
     * @param files the JMH JSON files
     * @param log where to say which sections were rendered and which were left alone
     * @return the names of the sections rendered
     * @throws IOException when a file cannot be read or written
     */
    public static List<String> render(Path doc, List<Path> files, PrintStream log) throws IOException {
        Map<String, JmhResult> byKey = new LinkedHashMap<>();
        Map<Path, Optional<Machine>> machines = new LinkedHashMap<>();
        for (Path f : files) {
            for (JmhResult r : JmhJson.read(f)) {
                JmhResult before = byKey.remove(r.key());
                if (before != null) {
                    log.println("note: " + r.key() + " from " + f + " replaces the one from " + before.source());
                }
                byKey.put(r.key(), r);
            }
            machines.put(f, Machine.besides(f));
        }
        List<JmhResult> results = List.copyOf(byKey.values());
        MarkedDocument document = new MarkedDocument(doc.toString(), Files.readString(doc, StandardCharsets.UTF_8));
        Path dir = doc.toAbsolutePath().getParent();
        List<String> rendered = new ArrayList<>();
        String text = document.render(group -> {
            List<JmhResult> rows = results.stream().filter(group::shows).toList();
            if (rows.isEmpty()) {
                log.println("left alone: section " + group.name() + " (no result matches " + group.match() + ")");
                return Optional.empty();
            }
            log.println("rendered: section " + group.name() + " (" + rows.size() + " rows)");
            rendered.add(group.name());
            return Optional.of(ResultsTable.render(group, rows, machines, dir));
        });
        Path tmp = Files.createTempFile(dir, ".results", ".md");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, doc, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return rendered;
    }
}
