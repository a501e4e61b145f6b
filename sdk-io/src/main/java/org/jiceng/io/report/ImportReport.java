package org.jiceng.io.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of an import: how many rows were read, accepted and rejected, every problem of every
 * rejected row (up to the configured maximum) and, when the import ended early, why.
 *
 * <p>The totals always add up: {@code read == accepted + rejected}. A rejected row may carry several
 * {@link RowError}s, so {@code errors().size() >= rejected} as long as no errors were dropped.
 *
 * @param source the source name
 * @param read data rows read (blank rows and headers are not rows)
 * @param accepted rows that became valid records
 * @param rejected rows that were rejected
 * @param errors the problems of the rejected rows, in source order
 * @param stop why the import stopped before the end, if it did
 */
public record ImportReport(String source, long read, long accepted, long rejected, List<RowError> errors,
        Optional<StopReason> stop) {

    /**
     * Validates that the totals add up and copies the error list.
     *
     * @param source the source name
     * @param read data rows read (blank rows and headers are not rows)
     * @param accepted rows that became valid records
     * @param rejected rows that were rejected
     * @param errors the problems of the rejected rows, in source order
     * @param stop why the import stopped before the end, if it did
     * @throws NullPointerException if {@code source}, {@code errors} or an error in it is null
     * @throws IllegalArgumentException if {@code read} is not {@code accepted + rejected} or a count is negative
     */
    public ImportReport {
        Objects.requireNonNull(source, "source");
        errors = List.copyOf(errors);
        stop = stop == null ? Optional.empty() : stop;
        if (read < 0 || accepted < 0 || rejected < 0 || read != accepted + rejected) {
            throw new IllegalArgumentException("Report totals do not add up: read " + read + " != accepted "
                    + accepted + " + rejected " + rejected);
        }
    }

    /** @return true when every row read was accepted and the whole source was read */
    public boolean isClean() {
        return rejected == 0 && stop.isEmpty();
    }

    /**
     * Combines the reports of several sources (e.g. the files of a directory).
     *
     * @param name the name of the combined source
     * @param parts the reports
     * @return one report with summed totals, concatenated errors and the first stop reason
     */
    public static ImportReport combine(String name, List<ImportReport> parts) {
        long r = 0;
        long a = 0;
        long j = 0;
        List<RowError> all = new java.util.ArrayList<>();
        Optional<StopReason> firstStop = Optional.empty();
        for (ImportReport p : parts) {
            r += p.read;
            a += p.accepted;
            j += p.rejected;
            all.addAll(p.errors);
            if (firstStop.isEmpty()) {
                firstStop = p.stop;
            }
        }
        return new ImportReport(name, r, a, j, all, firstStop);
    }

    /** @return a short English summary, e.g. {@code members.csv: read 10, accepted 8, rejected 2} */
    public String summary() {
        return source + ": read " + read + ", accepted " + accepted + ", rejected " + rejected
                + stop.map(s -> ", stopped: " + s.messageEn()).orElse("");
    }
}
