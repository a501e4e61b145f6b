package org.jiceng.benchmarks.results;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table of {@code RESULTS.md}: the benchmarks it shows and the peer their ratios are against, as its
 * begin marker names them:
 * <pre>{@code <!-- results:NAME begin match="REGEX" peer="METHOD" -->}</pre>
 *
 * @param name the table's name (letters, digits, {@code -}, {@code _}, {@code .})
 * @param match which benchmarks it shows: a regular expression found in the full benchmark name
 * @param peer the method of the same benchmark class that every other row is compared with, at the
 *     same parameters; or {@code PARAM=VALUE}: the row of the same method whose parameter PARAM has that
 *     value, at the same other parameters (for benchmarks whose peers are a parameter); empty for a
 *     table without ratios
 * @param secondary the secondary metrics (JMH {@code secondaryMetrics}, e.g. {@code @AuxCounters})
 *     shown as extra columns, in this order ({@code secondary="a,b"} in the marker); empty for none
 */
public record ResultGroup(String name, Pattern match, Optional<String> peer, List<String> secondary) {

    /** Checks the fields and copies the list. */
    public ResultGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(peer, "peer");
        secondary = List.copyOf(secondary);
    }

    /**
     * A table without secondary columns.
     *
     * @param name the table's name
     * @param match which benchmarks it shows
     * @param peer the peer method, if any
     */
    public ResultGroup(String name, Pattern match, Optional<String> peer) {
        this(name, match, peer, List.of());
    }

    /**
     * @param result a result row
     * @return whether this table shows it
     */
    public boolean shows(JmhResult result) {
        return match.matcher(result.benchmark()).find();
    }

    /**
     * @param result a result row
     * @return whether it is this table's peer
     */
    public boolean isPeer(JmhResult result) {
        if (peer.isEmpty()) {
            return false;
        }
        int eq = peer.get().indexOf('=');
        if (eq < 0) {
            return result.method().equals(peer.get());
        }
        return peer.get().substring(eq + 1).equals(result.params().get(peer.get().substring(0, eq)));
    }

    /**
     * @param result a result row
     * @param candidate a row of the same run that {@link #isPeer} accepts
     * @return whether the candidate is the peer of that row: same class, mode and unit, and the same
     *     parameters (but for the peer's own parameter when the peer is a parameter value, where the
     *     method must be the same too)
     */
    public boolean isPeerOf(JmhResult result, JmhResult candidate) {
        if (!candidate.classFullName().equals(result.classFullName()) || !candidate.mode().equals(result.mode())
                || !candidate.unit().equals(result.unit())) {
            return false;
        }
        int eq = peer.map(p -> p.indexOf('=')).orElse(-1);
        if (eq < 0) {
            return candidate.params().equals(result.params());
        }
        String param = peer.get().substring(0, eq);
        java.util.Map<String, String> a = new java.util.TreeMap<>(result.params());
        java.util.Map<String, String> b = new java.util.TreeMap<>(candidate.params());
        a.remove(param);
        b.remove(param);
        return candidate.method().equals(result.method()) && a.equals(b);
    }
}
