package org.jiceng.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

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
 */
public record ExportOptions(boolean maskPersonalData, HeaderLanguage language, Charset charset,
        boolean byteOrderMark, char delimiter) {

    /**
     * Validates the components.
     *
     * @param maskPersonalData mask ID and phone numbers (default {@code true})
     * @param language the language of headers, sheet names and enum values
     * @param charset the charset of text outputs (CSV, JSON Lines; JSON is always UTF-8)
     * @param byteOrderMark write a UTF-8 byte-order mark at the start of CSV files, so that Excel opens
     *         Chinese text correctly (default {@code true}; ignored for other charsets)
     * @param delimiter the CSV field delimiter
     * @throws NullPointerException if {@code language} or {@code charset} is null
     * @throws IllegalArgumentException if the delimiter is a quote or a line break
     */
    public ExportOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(charset, "charset");
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || delimiter == '\'') {
            throw new IllegalArgumentException("delimiter must not be a quote or line break, was '" + delimiter + "'");
        }
    }

    /** @return masked personal data, Chinese headers, UTF-8 with BOM, comma */
    public static ExportOptions defaults() {
        return new ExportOptions(true, HeaderLanguage.CHINESE, StandardCharsets.UTF_8, true, ',');
    }

    /**
     * Turns masking off: ID and phone numbers are written in full. Use only where the receiver may
     * hold personal data.
     *
     * @return a copy that does not mask
     */
    public ExportOptions unmasked() {
        return new ExportOptions(false, language, charset, byteOrderMark, delimiter);
    }

    /**
     * @param lang header language
     * @return a copy with that language
     */
    public ExportOptions withLanguage(HeaderLanguage lang) {
        return new ExportOptions(maskPersonalData, lang, charset, byteOrderMark, delimiter);
    }

    /**
     * @param cs charset for text outputs, e.g. GB18030 for older Excel installations
     * @return a copy with that charset
     */
    public ExportOptions withCharset(Charset cs) {
        return new ExportOptions(maskPersonalData, language, cs, byteOrderMark, delimiter);
    }

    /**
     * @param bom whether to write a UTF-8 byte-order mark
     * @return a copy with that choice
     */
    public ExportOptions withByteOrderMark(boolean bom) {
        return new ExportOptions(maskPersonalData, language, charset, bom, delimiter);
    }

    /**
     * @param fieldDelimiter the CSV delimiter
     * @return a copy with that delimiter
     */
    public ExportOptions withDelimiter(char fieldDelimiter) {
        return new ExportOptions(maskPersonalData, language, charset, byteOrderMark, fieldDelimiter);
    }
}
