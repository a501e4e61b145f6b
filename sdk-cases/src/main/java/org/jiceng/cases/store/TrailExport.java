package org.jiceng.cases.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.store.spi.Canonical;

/**
 * A text export of hash chains that anyone can check later without the store, and the root hash of
 * each day that makes it worth checking: publish the day's root (send it to the district, print it
 * in the daily report) and a later export must reproduce it, or the trails of that day were
 * rewritten, even by someone who recomputed every hash in the database.
 *
 * <p>The root of a day is the hash, with the chains' algorithm, of the entry hashes of every entry
 * whose time falls on that day (in the given zone), ordered by case id and position (an unambiguous
 * key of the two). The export is
 * UTF-8 text, one record a line, fields separated by tabs, with {@code \\}, tab, CR and LF escaped:
 * <pre>
 * jiceng-trail-export	1	SHA-256	Asia/Shanghai
 * H	case id	header hash	canonical header
 * E	case id	seq	previous hash	hash	canonical entry
 * R	yyyy-MM-dd	root hash
 * </pre>
 */
public final class TrailExport {

    private static final String MAGIC = "jiceng-trail-export";
    private static final HexFormat HEX = HexFormat.of();

    /**
     * The outcome of {@link #check}.
     *
     * @param entries entries checked
     * @param roots the roots recomputed from the entries, by day
     * @param problems every mismatch found (empty when the export is sound and matches the published roots)
     */
    public record Check(int entries, SortedMap<LocalDate, String> roots, List<String> problems) {

        /**
         * Copies.
         *
         * @param entries entries checked
         * @param roots the roots recomputed, by day
         * @param problems mismatches
         */
        public Check {
            roots = new TreeMap<>(roots);
            problems = List.copyOf(problems);
        }

        /** @return true when nothing is wrong */
        public boolean isSound() {
            return problems.isEmpty();
        }
    }

    private TrailExport() {
    }

    /**
     * @param cases the cases, in any order
     * @param algorithm the hash function of the roots
     * @param zone the zone that decides an entry's day
     * @return the root hash of every day with entries
     */
    public static SortedMap<LocalDate, String> dailyRoots(Stream<StoredCase> cases, HashAlgorithm algorithm,
            ZoneId zone) {
        SortedMap<LocalDate, SortedMap<String, String>> byDay = new TreeMap<>();
        cases.forEach(c -> {
            List<AuditEntry> entries = c.value().trail().entries();
            for (int i = 0; i < entries.size(); i++) {
                byDay.computeIfAbsent(day(entries.get(i).at(), zone), d -> new TreeMap<>())
                        .put(key(c.id(), i), c.entryHashes().get(i));
            }
        });
        return roots(byDay, algorithm);
    }

    /**
     * Writes the export of a store's cases.
     *
     * @param cases the cases, in case id order
     * @param algorithm the hash function of the roots
     * @param zone the zone that decides an entry's day
     * @param out where to write
     * @return the daily roots written at the end
     */
    public static SortedMap<LocalDate, String> write(Stream<StoredCase> cases, HashAlgorithm algorithm, ZoneId zone,
            Writer out) {
        SortedMap<LocalDate, SortedMap<String, String>> byDay = new TreeMap<>();
        try {
            out.write(MAGIC + "\t1\t" + algorithm.jcaName() + "\t" + zone.getId() + "\n");
            for (StoredCase c : (Iterable<StoredCase>) cases::iterator) {
                out.write("H\t" + escape(c.id()) + "\t" + c.headerHash() + "\t"
                        + escape(TrailHashing.canonicalHeader(c.value().header())) + "\n");
                String previous = c.headerHash();
                List<AuditEntry> entries = c.value().trail().entries();
                for (int i = 0; i < entries.size(); i++) {
                    String hash = c.entryHashes().get(i);
                    out.write("E\t" + escape(c.id()) + "\t" + i + "\t" + previous + "\t" + hash + "\t"
                            + escape(TrailHashing.canonicalEntry(c.id(), i, entries.get(i))) + "\n");
                    byDay.computeIfAbsent(day(entries.get(i).at(), zone), d -> new TreeMap<>()).put(key(c.id(), i), hash);
                    previous = hash;
                }
            }
            SortedMap<LocalDate, String> roots = roots(byDay, algorithm);
            for (Map.Entry<LocalDate, String> r : roots.entrySet()) {
                out.write("R\t" + r.getKey() + "\t" + r.getValue() + "\n");
            }
            out.flush();
            return roots;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the trail export: " + e.getMessage(), e);
        }
    }

    /**
     * Checks an export on its own: every hash recomputed from the canonical text, every link, every
     * root; and every root against the ones published earlier.
     *
     * @param in the export
     * @param published roots published earlier, by day (may be empty)
     * @return what was found
     */
    public static Check check(Reader in, Map<LocalDate, String> published) {
        List<String> problems = new ArrayList<>();
        SortedMap<LocalDate, SortedMap<String, String>> byDay = new TreeMap<>();
        SortedMap<LocalDate, String> written = new TreeMap<>();
        int entries = 0;
        try (BufferedReader r = new BufferedReader(in)) {
            String first = r.readLine();
            String[] head = first == null ? new String[0] : first.split("\t");
            if (head.length != 4 || !head[0].equals(MAGIC)) {
                return new Check(0, new TreeMap<>(), List.of("line 1: not a " + MAGIC + " file"));
            }
            HashAlgorithm algorithm = HashAlgorithm.parse(head[2]).orElseThrow(() -> new IllegalArgumentException(
                    "line 1: unknown hash algorithm " + head[2]));
            ZoneId zone = ZoneId.of(head[3]);
            String caseId = "";
            String previous = "";
            int nextSeq = 0;
            int lineNo = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String[] f = line.split("\t", -1);
                String where = "line " + lineNo + ": ";
                int expected = f[0].equals("H") ? 4 : f[0].equals("E") ? 6 : f[0].equals("R") ? 3 : f.length;
                if (f.length != expected) {
                    problems.add(where + "expected " + expected + " fields, found " + f.length);
                    continue;
                }
                switch (f[0]) {
                    case "H" -> {
                        caseId = unescape(f[1]);
                        MessageDigest d = algorithm.newDigest();
                        String own = HEX.formatHex(d.digest(unescape(f[3]).getBytes(StandardCharsets.UTF_8)));
                        if (!own.equals(f[2])) {
                            problems.add(where + "case " + caseId + " header hashes to " + own + ", export says " + f[2]);
                        }
                        previous = f[2];
                        nextSeq = 0;
                    }
                    case "E" -> {
                        entries++;
                        String id = unescape(f[1]);
                        int seq = Integer.parseInt(f[2]);
                        String text = unescape(f[5]);
                        if (!id.equals(caseId) || seq != nextSeq || !f[3].equals(previous)) {
                            problems.add(where + "case " + id + " entry " + seq + " does not follow entry "
                                    + (nextSeq - 1) + " of case " + caseId);
                        }
                        MessageDigest d = algorithm.newDigest();
                        d.update(HEX.parseHex(f[3]));
                        String own = HEX.formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
                        if (!own.equals(f[4])) {
                            problems.add(where + "case " + id + " entry " + seq + " hashes to " + own + ", export says "
                                    + f[4]);
                        }
                        Canonical.Reader fields = new Canonical.Reader(text);
                        fields.next();
                        fields.next();
                        fields.next();
                        Instant at = Instant.parse(fields.next().orElseThrow());
                        byDay.computeIfAbsent(day(at, zone), k -> new TreeMap<>()).put(key(id, seq), f[4]);
                        previous = f[4];
                        nextSeq = seq + 1;
                    }
                    case "R" -> written.put(LocalDate.parse(f[1]), f[2]);
                    default -> problems.add(where + "unknown record type " + f[0]);
                }
            }
            SortedMap<LocalDate, String> roots = roots(byDay, algorithm);
            if (!roots.equals(written)) {
                problems.add("the roots written in the export differ from the roots of its entries");
            }
            published.forEach((day, root) -> {
                if (!root.equals(roots.get(day))) {
                    problems.add("root of " + day + " is " + roots.getOrDefault(day, "absent")
                            + ", published as " + root + ": the trails of that day were changed");
                }
            });
            return new Check(entries, roots, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the trail export: " + e.getMessage(), e);
        }
    }

    private static SortedMap<LocalDate, String> roots(SortedMap<LocalDate, SortedMap<String, String>> byDay,
            HashAlgorithm algorithm) {
        SortedMap<LocalDate, String> roots = new TreeMap<>();
        byDay.forEach((day, hashes) -> {
            MessageDigest d = algorithm.newDigest();
            hashes.values().forEach(h -> d.update(HEX.parseHex(h)));
            roots.put(day, HEX.formatHex(d.digest()));
        });
        return roots;
    }

    /** A sort key: case id, then position, unambiguous for any id. */
    private static String key(String caseId, int seq) {
        return new Canonical().add(caseId).add(String.format(java.util.Locale.ROOT, "%010d", seq)).toString();
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
