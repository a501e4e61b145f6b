package org.jiceng.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.io.mapping.TableMapping;

/**
 * How an export writes records. Immutable; start from {@link #defaults()}.
 *
 * <p>Personal data (ID numbers and phone numbers of persons) is masked with
 * {@link org.jiceng.core.privacy.Masking} unless {@link #unmasked()} is asked for explicitly; a masked
 * export cannot be imported back losslessly. Spreadsheet outputs (CSV and XLSX) always defend against
 * formula injection: a text cell that starts with {@code = + - @}, a tab or a carriage return (and is
 * not a plain number) is written with a leading apostrophe, as OWASP recommends; imports remove that
 * apostrophe again, so round trips stay lossless.
 *
 * @param maskPersonalData mask ID and phone numbers (default {@code true})
 * @param language the language of headers, sheet names and enum values
 * @param charset the charset of text outputs (CSV, JSON Lines; JSON is always UTF-8)
 * @param byteOrderMark write a UTF-8 byte-order mark at the start of CSV files, so that Excel opens
 *     Chinese text correctly (default {@code true}; ignored for other charsets)
 * @param delimiter the CSV field delimiter
 * @param mapping an integrator's record type the export writes, with its headers and personal columns
 *     (see {@link Exporter#write(TableMapping, Iterable, java.nio.file.Path, ExportOptions)})
 */
public record ExportOptions(boolean maskPersonalData, HeaderLanguage language, Charset charset,
        boolean byteOrderMark, char delimiter, Optional<TableMapping<?>> mapping) {

    /**
     * Validates the components.
     *
     * @param maskPersonalData mask ID and phone numbers (default {@code true})
     * @param language the language of headers, sheet names and enum values
     * @param charset the charset of text outputs (CSV, JSON Lines; JSON is always UTF-8)
     * @param byteOrderMark write a UTF-8 byte-order mark at the start of CSV files, so that Excel opens
     *         Chinese text correctly (default {@code true}; ignored for other charsets)
     * @param delimiter the CSV field delimiter
     * @param mapping an integrator's record type the export writes
     * @throws NullPointerException if {@code language} or {@code charset} is null
     * @throws IllegalArgumentException if the delimiter is a quote or a line break
     */
    public ExportOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(mapping, "mapping");
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || delimiter == '\'') {
            throw new IllegalArgumentException("delimiter must not be a quote or line break, was '" + delimiter + "'");
        }
    }

    /**
     * Options without a table mapping (the components before {@code mapping} was added).
     *
     * @param maskPersonalData mask ID and phone numbers
     * @param language the language of headers, sheet names and enum values
     * @param charset the charset of text outputs
     * @param byteOrderMark write a UTF-8 byte-order mark at the start of CSV files
     * @param delimiter the CSV field delimiter
     */
    public ExportOptions(boolean maskPersonalData, HeaderLanguage language, Charset charset, boolean byteOrderMark,
            char delimiter) {
        this(maskPersonalData, language, charset, byteOrderMark, delimiter, Optional.empty());
    }

    /** @return masked personal data, Chinese headers, UTF-8 with BOM, comma */
    public static ExportOptions defaults() {
        return new ExportOptions(true, HeaderLanguage.CHINESE, StandardCharsets.UTF_8, true, ',', Optional.empty());
    }

    /**
     * @param tableMapping an integrator's record type the export writes
     * @return a copy writing records of that type through the mapping
     */
    public ExportOptions withMapping(TableMapping<?> tableMapping) {
        return new ExportOptions(maskPersonalData, language, charset, byteOrderMark, delimiter,
                Optional.of(tableMapping));
    }

    /**
     * Turns masking off: ID and phone numbers are written in full. Use only where the receiver may
     * hold personal data.
     *
     * @return a copy that does not mask
     */
    public ExportOptions unmasked() {
        return new ExportOptions(false, language, charset, byteOrderMark, delimiter, mapping);
    }

    /**
     * @param lang header language
     * @return a copy with that language
     */
    public ExportOptions withLanguage(HeaderLanguage lang) {
        return new ExportOptions(maskPersonalData, lang, charset, byteOrderMark, delimiter, mapping);
    }

    /**
     * @param cs charset for text outputs, e.g. GB18030 for older Excel installations
     * @return a copy with that charset
     */
    public ExportOptions withCharset(Charset cs) {
        return new ExportOptions(maskPersonalData, language, cs, byteOrderMark, delimiter, mapping);
    }

    /**
     * @param bom whether to write a UTF-8 byte-order mark
     * @return a copy with that choice
     */
    public ExportOptions withByteOrderMark(boolean bom) {
        return new ExportOptions(maskPersonalData, language, charset, bom, delimiter, mapping);
    }

    /**
     * @param fieldDelimiter the CSV delimiter
     * @return a copy with that delimiter
     */
    public ExportOptions withDelimiter(char fieldDelimiter) {
        return new ExportOptions(maskPersonalData, language, charset, byteOrderMark, fieldDelimiter, mapping);
    }
}
