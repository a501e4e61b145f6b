package org.jiceng.io;

/**
 * Limits that protect an import against hostile or broken input. Exceeding any of them ends the import
 * with an {@link ImportException} of kind {@link ImportException.Kind#LIMIT_EXCEEDED} that names the limit,
 * where it was hit and the value; memory use stays bounded by these figures, never by the file size.
 *
 * @param maxRowChars maximum characters in one row (CSV record, JSON Lines line, JSON object or sheet
 *     row), including embedded newlines of quoted fields
 * @param maxRows maximum data rows read from one source
 * @param maxFields maximum fields (columns) in one row
 * @param maxCellChars maximum characters in one cell
 * @param xlsxMaxEntrySize maximum uncompressed size of one entry (part) of an XLSX zip, in bytes
 * @param xlsxMinInflateRatio minimum compressed/uncompressed ratio of an XLSX zip entry; an entry that
 *     inflates further (past its first 100 KiB) is treated as a zip bomb
 * @param maxJsonDepth maximum nesting depth of a JSON document
 * @param xlsxMaxTotalSize maximum uncompressed bytes read from all the parts of one XLSX workbook
 * @param xlsxMaxSharedStringChars maximum characters of a workbook's shared-strings table, which is held
 *     in memory while its sheets are read (about two bytes of heap per character)
 * @param xlsxMaxSharedStrings maximum number of strings in a workbook's shared-strings table (about four
 *     bytes of heap each)
 */
public record IoLimits(int maxRowChars, long maxRows, int maxFields, int maxCellChars, long xlsxMaxEntrySize,
        double xlsxMinInflateRatio, int maxJsonDepth, long xlsxMaxTotalSize, long xlsxMaxSharedStringChars,
        int xlsxMaxSharedStrings) {

    /**
     * Validates that every limit is positive.
     *
     * @param maxRowChars maximum characters in one row (CSV record, JSON Lines line, JSON object or sheet
     *         row), including embedded newlines of quoted fields
     * @param maxRows maximum data rows read from one source
     * @param maxFields maximum fields (columns) in one row
     * @param maxCellChars maximum characters in one cell
     * @param xlsxMaxEntrySize maximum uncompressed size of one entry (part) of an XLSX zip, in bytes
     * @param xlsxMinInflateRatio minimum compressed/uncompressed ratio of an XLSX zip entry
     * @param maxJsonDepth maximum nesting depth of a JSON document
     * @param xlsxMaxTotalSize maximum uncompressed bytes read from all the parts of one XLSX workbook
     * @param xlsxMaxSharedStringChars maximum characters of a workbook's shared-strings table
     * @param xlsxMaxSharedStrings maximum number of strings in a workbook's shared-strings table
     * @throws IllegalArgumentException if a limit is not positive or {@code xlsxMinInflateRatio} is outside (0, 1)
     */
    public IoLimits {
        positive(maxRowChars, "maxRowChars");
        positive(maxRows, "maxRows");
        positive(maxFields, "maxFields");
        positive(maxCellChars, "maxCellChars");
        positive(xlsxMaxEntrySize, "xlsxMaxEntrySize");
        if (!(xlsxMinInflateRatio > 0 && xlsxMinInflateRatio < 1)) {
            throw new IllegalArgumentException("xlsxMinInflateRatio must be in (0, 1), was " + xlsxMinInflateRatio);
        }
        positive(maxJsonDepth, "maxJsonDepth");
        positive(xlsxMaxTotalSize, "xlsxMaxTotalSize");
        positive(xlsxMaxSharedStringChars, "xlsxMaxSharedStringChars");
        positive(xlsxMaxSharedStrings, "xlsxMaxSharedStrings");
    }

    /**
     * The limits of earlier versions, with the defaults for the whole-workbook and shared-strings limits.
     *
     * @param maxRowChars maximum characters in one row
     * @param maxRows maximum data rows read from one source
     * @param maxFields maximum fields (columns) in one row
     * @param maxCellChars maximum characters in one cell
     * @param xlsxMaxEntrySize maximum uncompressed size of one entry of an XLSX zip, in bytes
     * @param xlsxMinInflateRatio minimum compressed/uncompressed ratio of an XLSX zip entry
     * @param maxJsonDepth maximum nesting depth of a JSON document
     */
    public IoLimits(int maxRowChars, long maxRows, int maxFields, int maxCellChars, long xlsxMaxEntrySize,
            double xlsxMinInflateRatio, int maxJsonDepth) {
        this(maxRowChars, maxRows, maxFields, maxCellChars, xlsxMaxEntrySize, xlsxMinInflateRatio, maxJsonDepth,
                DEFAULT_XLSX_TOTAL, DEFAULT_SHARED_CHARS, DEFAULT_SHARED_COUNT);
    }

    private static final long DEFAULT_XLSX_TOTAL = 2L << 30;
    private static final long DEFAULT_SHARED_CHARS = 32L << 20;
    private static final int DEFAULT_SHARED_COUNT = 4 << 20;

    /**
     * Defaults sized for real district files: 1 MiB per row, 50 million rows, 1,000 columns,
     * 32 KiB per cell (Excel's own cell limit), 512 MiB per XLSX entry, inflate ratio 0.01, JSON depth 64,
     * 2 GiB inflated per workbook, and a shared-strings table of at most 32 Mi characters and 4 Mi strings
     * (at most about 80 MiB of heap).
     *
     * @return the default limits
     */
    public static IoLimits defaults() {
        return new IoLimits(1 << 20, 50_000_000L, 1_000, 32_767, 512L << 20, 0.01, 64);
    }

    /**
     * @param rows maximum data rows
     * @return a copy with that row limit
     */
    public IoLimits withMaxRows(long rows) {
        return new IoLimits(maxRowChars, rows, maxFields, maxCellChars, xlsxMaxEntrySize, xlsxMinInflateRatio,
                maxJsonDepth, xlsxMaxTotalSize, xlsxMaxSharedStringChars, xlsxMaxSharedStrings);
    }

    /**
     * @param chars maximum characters per row
     * @return a copy with that row-length limit
     */
    public IoLimits withMaxRowChars(int chars) {
        return new IoLimits(chars, maxRows, maxFields, maxCellChars, xlsxMaxEntrySize, xlsxMinInflateRatio,
                maxJsonDepth, xlsxMaxTotalSize, xlsxMaxSharedStringChars, xlsxMaxSharedStrings);
    }

    /**
     * @param fields maximum fields per row
     * @return a copy with that field-count limit
     */
    public IoLimits withMaxFields(int fields) {
        return new IoLimits(maxRowChars, maxRows, fields, maxCellChars, xlsxMaxEntrySize, xlsxMinInflateRatio,
                maxJsonDepth, xlsxMaxTotalSize, xlsxMaxSharedStringChars, xlsxMaxSharedStrings);
    }

    /**
     * @param bytes maximum uncompressed bytes per XLSX entry
     * @param minRatio minimum compression ratio
     * @return a copy with those zip-bomb limits
     */
    public IoLimits withXlsxLimits(long bytes, double minRatio) {
        return new IoLimits(maxRowChars, maxRows, maxFields, maxCellChars, bytes, minRatio, maxJsonDepth,
                xlsxMaxTotalSize, xlsxMaxSharedStringChars, xlsxMaxSharedStrings);
    }

    /**
     * @param totalBytes maximum uncompressed bytes read from one workbook, all parts together
     * @param sharedStringChars maximum characters of a workbook's shared-strings table
     * @param sharedStrings maximum number of strings in that table
     * @return a copy with those workbook-wide limits
     */
    public IoLimits withXlsxWorkbookLimits(long totalBytes, long sharedStringChars, int sharedStrings) {
        return new IoLimits(maxRowChars, maxRows, maxFields, maxCellChars, xlsxMaxEntrySize, xlsxMinInflateRatio,
                maxJsonDepth, totalBytes, sharedStringChars, sharedStrings);
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, was " + value);
        }
    }
}
