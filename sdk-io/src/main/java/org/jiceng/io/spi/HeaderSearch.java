package org.jiceng.io.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.report.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * Finds the header row of a table whose first rows may be titles (often merged across the table in the
 * spreadsheet it came from): the header is the first of the first {@value #MAX_CANDIDATES} non-blank rows
 * that holds every required column of the kind (or, when the kind is unknown, of some kind). A blank cell
 * under a vertically merged header cell takes the text of the cell above it, so two-row headers work.
 * When no row qualifies, the error is the one the first row would give, which names what is missing.
 */
public final class HeaderSearch {

    /** How many non-blank rows may precede and include the header. */
    public static final int MAX_CANDIDATES = 10;

    private final Optional<RecordKind> kind;
    private final @Nullable String nameHint;
    private final ImportOptions options;
    private final boolean spreadsheet;
    private final List<String[]> candidates = new ArrayList<>();
    private SourceLocation firstLocation;

    /**
     * @param kind the record kind when already known (declared, file or sheet name), or null
     * @param nameHint the file stem or sheet name, for error messages, or null when there is none
     * @param options import options
     * @param spreadsheet whether cells are formula-escaped
     */
    @SuppressWarnings("NullAway.Init") // firstLocation: set with the first candidate row, before it is read
    public HeaderSearch(@Nullable RecordKind kind, @Nullable String nameHint, ImportOptions options,
            boolean spreadsheet) {
        this.kind = Optional.ofNullable(kind);
        this.nameHint = nameHint;
        this.options = options;
        this.spreadsheet = spreadsheet;
    }

    /**
     * Offers the next non-blank row.
     *
     * @param cells the row's cells ({@code null} for empty)
     * @param count how many cells are used
     * @param at where the row is
     * @return the bound header when this row is it; empty when it is a title row
     * @throws ImportException ({@code UNMAPPABLE}) when {@value #MAX_CANDIDATES} rows passed without a header
     */
    public Optional<TableHeader> offer(@Nullable String[] cells, int count, SourceLocation at) {
        String[] row = Arrays.copyOf(cells, count);
        if (!candidates.isEmpty()) {
            String[] above = candidates.get(candidates.size() - 1);
            for (int i = 0; i < row.length; i++) {
                if ((row[i] == null || row[i].isBlank()) && i < above.length && above[i] != null) {
                    row[i] = above[i];
                }
            }
        } else {
            firstLocation = at;
        }
        candidates.add(row);
        List<String> list = Arrays.stream(row).map(c -> c == null ? "" : c).toList();
        if (options.mapping().isPresent()) {
            // An integrator's table mapping decides, whatever kind a file or sheet name suggests.
            if (TableHeader.fits(TableHeader.mappingOf(options), list, options)) {
                return Optional.of(TableHeader.bindTo(TableHeader.mappingOf(options), list, options, at, spreadsheet,
                        true));
            }
            if (candidates.size() >= MAX_CANDIDATES) {
                throw failure();
            }
            return Optional.empty();
        }
        Optional<RecordKind> fitting = kind.isPresent()
                ? (TableHeader.fits(kind.get(), list, options) ? kind : Optional.empty())
                : TableHeader.detect(list, options);
        if (fitting.isPresent()) {
            return Optional.of(TableHeader.bind(fitting.get(), list, options, at, spreadsheet));
        }
        if (candidates.size() >= MAX_CANDIDATES) {
            throw failure();
        }
        return Optional.empty();
    }

    /**
     * Called at the end of the table.
     *
     * @param found whether a header was found
     * @throws ImportException when rows were seen but none was a header
     */
    public void finish(boolean found) {
        if (!found && !candidates.isEmpty()) {
            throw failure();
        }
    }

    private ImportException failure() {
        List<String> first = Arrays.stream(candidates.get(0)).map(c -> c == null ? "" : c).toList();
        try {
            if (options.mapping().isPresent()) {
                TableHeader.bindTo(TableHeader.mappingOf(options), first, options, firstLocation, spreadsheet, true);
            } else if (kind.isPresent()) {
                TableHeader.bind(kind.get(), first, options, firstLocation, spreadsheet);
            } else {
                TableHeader.resolve(first, nameHint, options, firstLocation, spreadsheet);
            }
        } catch (ImportException e) {
            return e;
        }
        return new ImportException(ImportException.Kind.UNMAPPABLE, firstLocation,
                "no header row in the first " + MAX_CANDIDATES + " non-blank rows",
                "前 " + MAX_CANDIDATES + " 个非空行中没有表头", null);
    }
}
