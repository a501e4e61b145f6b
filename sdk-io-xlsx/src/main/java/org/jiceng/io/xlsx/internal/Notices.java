package org.jiceng.io.xlsx.internal;

import java.util.Optional;
import org.jiceng.io.report.SourceLocation;

/** Where the reader reports what it did without rejecting anything: a sheet skipped, a value read as. */
@FunctionalInterface
public interface Notices {

    /**
     * @param at the sheet row, or the sheet (row 0)
     * @param column the column header, when about one cell
     * @param original the value as stored, when about one cell
     * @param kept the value read, when about one cell
     * @param rule a stable code of what was done
     * @param messageZh the notice in Chinese
     * @param messageEn the notice in English
     */
    void notice(SourceLocation at, Optional<String> column, Optional<String> original, Optional<String> kept,
            String rule, String messageZh, String messageEn);
}
