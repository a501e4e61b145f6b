package org.jiceng.benchmarks.results;

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
 *     same parameters; empty for a table without ratios
 */
public record ResultGroup(String name, Pattern match, Optional<String> peer) {

    /** Checks the fields. */
    public ResultGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(peer, "peer");
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
        return peer.isPresent() && result.method().equals(peer.get());
    }
}
