package org.jiceng.io.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of an import: how many rows were read, accepted and rejected, every problem of every
 * rejected row (up to the configured maximum), every value the import normalised and every column it
 * did not import ({@link ImportWarning}s), the text encoding it read and, when the import ended early,
 * why and what was left unread.
 *
 * <p>The totals always add up: {@code read == accepted + rejected}. A rejected row may carry several
 * {@link RowError}s, so {@code errors().size() >= rejected} as long as no errors were dropped.
 * {@code normalised} counts the accepted rows of which at least one value was changed (each change is a
 * warning); {@code warningCount} counts every warning issued, of which {@code warnings()} keeps the
 * first ones.
 *
 * @param source the source name
 * @param read data rows read (blank rows and headers are not rows)
 * @param accepted rows that became valid records
 * @param rejected rows that were rejected
 * @param errors the problems of the rejected rows, in source order
 * @param stop why the import stopped before the end, if it did
 * @param warnings normalised values and ignored or kept columns, in source order (the first ones kept)
 * @param warningCount how many warnings were issued in all
 * @param normalised accepted rows with at least one normalised value
 * @param encoding the text encoding read (e.g. {@code UTF-8}, {@code GB18030}), for text formats
 */
public record ImportReport(String source, long read, long accepted, long rejected, List<RowError> errors,
        Optional<StopReason> stop, List<ImportWarning> warnings, long warningCount, long normalised,
        Optional<String> encoding) {

    /**
     * Validates that the totals add up and copies the lists.
     *
     * @param source the source name
     * @param read data rows read (blank rows and headers are not rows)
     * @param accepted rows that became valid records
     * @param rejected rows that were rejected
     * @param errors the problems of the rejected rows, in source order
     * @param stop why the import stopped before the end, if it did
     * @param warnings normalised values and ignored or kept columns (the first ones kept)
     * @param warningCount how many warnings were issued in all
     * @param normalised accepted rows with at least one normalised value
     * @param encoding the text encoding read, for text formats
     * @throws NullPointerException if {@code source}, a list or an entry in one is null
     * @throws IllegalArgumentException if {@code read} is not {@code accepted + rejected}, a count is
     *     negative, {@code normalised > accepted} or {@code warningCount < warnings().size()}
     */
    public ImportReport {
        Objects.requireNonNull(source, "source");
        errors = List.copyOf(errors);
        stop = Objects.requireNonNull(stop, "stop must not be null");
        warnings = List.copyOf(warnings);
        encoding = Objects.requireNonNull(encoding, "encoding must not be null");
        if (read < 0 || accepted < 0 || rejected < 0 || read != accepted + rejected) {
            throw new IllegalArgumentException("Report totals do not add up: read " + read + " != accepted "
                    + accepted + " + rejected " + rejected);
        }
        if (normalised < 0 || normalised > accepted || warningCount < warnings.size()) {
            throw new IllegalArgumentException("Report warning totals do not add up: normalised " + normalised
                    + " of " + accepted + " accepted, " + warningCount + " warnings of which " + warnings.size()
                    + " kept");
        }
    }

    /**
     * A report without warnings or encoding (formats that neither normalise nor decode text).
     *
     * @param source the source name
     * @param read data rows read
     * @param accepted rows that became valid records
     * @param rejected rows that were rejected
     * @param errors the problems of the rejected rows
     * @param stop why the import stopped before the end, if it did
     */
    public ImportReport(String source, long read, long accepted, long rejected, List<RowError> errors,
            Optional<StopReason> stop) {
        this(source, read, accepted, rejected, errors, stop, List.of(), 0, 0, Optional.empty());
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
     * @return one report with summed totals, concatenated errors and warnings, the first stop reason and
     *     the distinct encodings joined by {@code ", "}
     */
    public static ImportReport combine(String name, List<ImportReport> parts) {
        long r = 0;
        long a = 0;
        long j = 0;
        long w = 0;
        long n = 0;
        List<RowError> all = new ArrayList<>();
        List<ImportWarning> warned = new ArrayList<>();
        Set<String> encodings = new LinkedHashSet<>();
        Optional<StopReason> firstStop = Optional.empty();
        for (ImportReport p : parts) {
            r += p.read;
            a += p.accepted;
            j += p.rejected;
            w += p.warningCount;
            n += p.normalised;
            all.addAll(p.errors);
            warned.addAll(p.warnings);
            p.encoding.ifPresent(encodings::add);
            if (firstStop.isEmpty()) {
                firstStop = p.stop;
            }
        }
        return new ImportReport(name, r, a, j, all, firstStop, warned, w, n,
                encodings.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", encodings)));
    }

    /**
     * @return a short English summary, e.g.
     *     {@code members.csv: read 10, accepted 8 (2 normalised), rejected 2, 3 warnings, UTF-8}
     */
    public String summary() {
        return source + ": read " + read + ", accepted " + accepted
                + (normalised > 0 ? " (" + normalised + " normalised)" : "") + ", rejected " + rejected
                + (warningCount > 0 ? ", " + warningCount + " warning(s)" : "")
                + encoding.map(e -> ", " + e).orElse("")
                + stop.map(s -> ", stopped: " + s.describe()).orElse("");
    }

    /** @return the summary in Chinese */
    public String summaryZh() {
        return source + "：读取 " + read + " 行，接受 " + accepted
                + (normalised > 0 ? "（其中规范化 " + normalised + " 行）" : "") + "，拒绝 " + rejected
                + (warningCount > 0 ? "，提示 " + warningCount + " 条" : "")
                + encoding.map(e -> "，编码 " + e).orElse("")
                + stop.map(s -> "，已停止：" + s.describeZh()).orElse("");
    }
}
