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
 * @param xlsxMaxEntrySize maximum uncompressed size of one entry of an XLSX zip, in bytes
 * @param xlsxMinInflateRatio minimum compressed/uncompressed ratio of an XLSX zip entry; lower ratios
 *     are treated as a zip bomb (POI {@code ZipSecureFile})
 * @param maxJsonDepth maximum nesting depth of a JSON document
 */
public record IoLimits(int maxRowChars, long maxRows, int maxFields, int maxCellChars, long xlsxMaxEntrySize,
        double xlsxMinInflateRatio, int maxJsonDepth) {

    /**
     * Validates that every limit is positive.
     *
     * @param maxRowChars maximum characters in one row (CSV record, JSON Lines line, JSON object or sheet
     *         row), including embedded newlines of quoted fields
     * @param maxRows maximum data rows read from one source
     * @param maxFields maximum fields (columns) in one row
     * @param maxCellChars maximum characters in one cell
     * @param xlsxMaxEntrySize maximum uncompressed size of one entry of an XLSX zip, in bytes
     * @param xlsxMinInflateRatio minimum compressed/uncompressed ratio of an XLSX zip entry; lower ratios
     *         are treated as a zip bomb (POI {@code ZipSecureFile})
     * @param maxJsonDepth maximum nesting depth of a JSON document
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
    }

    /**
     * Defaults sized for real district files: 1 MiB per row, 50 million rows, 1,000 columns,
     * 32 KiB per cell (Excel's own cell limit), 512 MiB per XLSX entry, inflate ratio 0.01 and JSON depth 64.
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
                maxJsonDepth);
    }

    /**
     * @param chars maximum characters per row
     * @return a copy with that row-length limit
     */
    public IoLimits withMaxRowChars(int chars) {
        return new IoLimits(chars, maxRows, maxFields, maxCellChars, xlsxMaxEntrySize, xlsxMinInflateRatio,
                maxJsonDepth);
    }

    /**
     * @param fields maximum fields per row
     * @return a copy with that field-count limit
     */
    public IoLimits withMaxFields(int fields) {
        return new IoLimits(maxRowChars, maxRows, fields, maxCellChars, xlsxMaxEntrySize, xlsxMinInflateRatio,
                maxJsonDepth);
    }

    /**
     * @param bytes maximum uncompressed bytes per XLSX entry
     * @param minRatio minimum compression ratio
     * @return a copy with those zip-bomb limits
     */
    public IoLimits withXlsxLimits(long bytes, double minRatio) {
        return new IoLimits(maxRowChars, maxRows, maxFields, maxCellChars, bytes, minRatio, maxJsonDepth);
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, was " + value);
        }
    }
}
