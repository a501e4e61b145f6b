package org.jiceng.io;

import org.jiceng.core.model.RecordKind;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.io.mapping.TableMapping;

/**
 * How an import reads and judges its source. Immutable; start from {@link #defaults()} and use the
 * {@code with...} methods.
 *
 * @param kind the record kind of a single-kind source (a CSV file, a JSON array, JSON Lines without
 *     {@code @kind}); when empty it is taken from the file or sheet name, else detected from the header
 * @param charset the declared charset of a text source; when empty it is detected (byte-order mark,
 *     then UTF-8 when the whole text decodes as strict UTF-8, else GB18030; see
 *     {@link org.jiceng.io.report.ImportReport#encoding()})
 * @param errorPolicy stop at the first rejected row or collect them all
 * @param maxErrors the number of rejected rows after which the import stops with a report entry (which
 *     says how many rows, and which files, were left unread)
 * @param headerAliases extra header names: alias (as it appears in the file, case-insensitive) to the
 *     English field/column name, e.g. {@code 党员姓名 -> name}; they add to the built-in aliases
 * @param limits limits against hostile input
 * @param validate whether Bean Validation runs on every record (it should; turning it off is for
 *     measurements and trusted round trips)
 * @param delimiter the CSV field delimiter
 * @param mapping an integrator's record type to read every row as, instead of a record kind (see
 *     {@link Importer#read(java.nio.file.Path, TableMapping, ImportOptions)}); it wins over {@code kind}
 *     and over the kind a file or sheet name suggests
 */
public record ImportOptions(Optional<RecordKind> kind, Optional<Charset> charset, ErrorPolicy errorPolicy,
        int maxErrors, Map<String, String> headerAliases, IoLimits limits, boolean validate, char delimiter,
        Optional<TableMapping<?>> mapping) {

    /** Default maximum number of rejected rows kept in a report. */
    public static final int DEFAULT_MAX_ERRORS = 1_000;

    /**
     * Validates and copies the components.
     *
     * @param kind the record kind of a single-kind source (a CSV file, a JSON array, JSON Lines without
     *         {@code @kind}); when empty it is taken from the file or sheet name, else detected from the header
     * @param charset the declared charset of a text source; when empty it is detected (byte-order mark,
     *         then UTF-8 when the whole text decodes as strict UTF-8, else GB18030)
     * @param errorPolicy stop at the first rejected row or collect them all
     * @param maxErrors the number of rejected rows after which the import stops with a report entry
     * @param headerAliases extra header names: alias (as it appears in the file, case-insensitive) to the
     *         English field/column name, e.g. {@code 党员姓名 -> name}; they add to the built-in aliases
     * @param limits limits against hostile input
     * @param validate whether Bean Validation runs on every record (it should; turning it off is for
     *         measurements and trusted round trips)
     * @param delimiter the CSV field delimiter
     * @param mapping an integrator's record type to read every row as, instead of a record kind
     * @throws NullPointerException if {@code errorPolicy} or {@code limits} is null
     * @throws IllegalArgumentException if {@code maxErrors} is below 1 or the delimiter is a quote or a line break
     */
    public ImportOptions {
        kind = Objects.requireNonNull(kind, "kind must not be null");
        mapping = Objects.requireNonNull(mapping, "mapping must not be null");
        charset = Objects.requireNonNull(charset, "charset must not be null");
        Objects.requireNonNull(errorPolicy, "errorPolicy");
        if (maxErrors < 1) {
            throw new IllegalArgumentException("maxErrors must be >= 1, was " + maxErrors);
        }
        headerAliases = Map.copyOf(Objects.requireNonNull(headerAliases, "headerAliases must not be null"));
        Objects.requireNonNull(limits, "limits");
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("delimiter must not be a quote or line break, was '" + delimiter + "'");
        }
    }

    /**
     * Options without a table mapping (the components before {@code mapping} was added).
     *
     * @param kind the record kind of a single-kind source, when known
     * @param charset the declared charset of a text source, when known
     * @param errorPolicy stop at the first rejected row or collect them all
     * @param maxErrors the number of rejected rows after which the import stops
     * @param headerAliases extra header names: alias to English column name
     * @param limits limits against hostile input
     * @param validate whether Bean Validation runs on every record
     * @param delimiter the CSV field delimiter
     */
    public ImportOptions(Optional<RecordKind> kind, Optional<Charset> charset, ErrorPolicy errorPolicy, int maxErrors,
            Map<String, String> headerAliases, IoLimits limits, boolean validate, char delimiter) {
        this(kind, charset, errorPolicy, maxErrors, headerAliases, limits, validate, delimiter, Optional.empty());
    }

    /** @return collect all errors (up to 1,000), detect charset and kind, default limits, validate */
    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), Optional.empty(), ErrorPolicy.COLLECT_ALL, DEFAULT_MAX_ERRORS,
                Map.of(), IoLimits.defaults(), true, ',', Optional.empty());
    }

    /**
     * @param tableMapping an integrator's record type every row is read as
     * @return a copy reading rows through that mapping
     */
    public ImportOptions withMapping(TableMapping<?> tableMapping) {
        return new ImportOptions(kind, charset, errorPolicy, maxErrors, headerAliases, limits, validate, delimiter,
                Optional.of(tableMapping));
    }

    /**
     * @param recordKind the kind every row of a single-kind source has
     * @return a copy with the kind declared
     */
    public ImportOptions withKind(RecordKind recordKind) {
        return new ImportOptions(Optional.of(recordKind), charset, errorPolicy, maxErrors, headerAliases, limits,
                validate, delimiter, mapping);
    }

    /**
     * @param declared the charset of the source, skipping detection
     * @return a copy with the charset declared
     */
    public ImportOptions withCharset(Charset declared) {
        return new ImportOptions(kind, Optional.of(declared), errorPolicy, maxErrors, headerAliases, limits,
                validate, delimiter, mapping);
    }

    /**
     * @param policy stop at the first error or collect all
     * @return a copy with that policy
     */
    public ImportOptions withErrorPolicy(ErrorPolicy policy) {
        return new ImportOptions(kind, charset, policy, maxErrors, headerAliases, limits, validate, delimiter, mapping);
    }

    /** @return a copy that stops at the first rejected row */
    public ImportOptions stopOnFirstError() {
        return withErrorPolicy(ErrorPolicy.STOP_ON_FIRST);
    }

    /**
     * @param max rejected rows after which the import stops
     * @return a copy with that maximum
     */
    public ImportOptions withMaxErrors(int max) {
        return new ImportOptions(kind, charset, errorPolicy, max, headerAliases, limits, validate, delimiter, mapping);
    }

    /**
     * @param aliases alias to English column name, added to the built-in aliases
     * @return a copy with those aliases
     */
    public ImportOptions withHeaderAliases(Map<String, String> aliases) {
        return new ImportOptions(kind, charset, errorPolicy, maxErrors, aliases, limits, validate, delimiter, mapping);
    }

    /**
     * @param newLimits limits against hostile input
     * @return a copy with those limits
     */
    public ImportOptions withLimits(IoLimits newLimits) {
        return new ImportOptions(kind, charset, errorPolicy, maxErrors, headerAliases, newLimits, validate, delimiter,
                mapping);
    }

    /**
     * @param on whether to run Bean Validation on every record
     * @return a copy with validation on or off
     */
    public ImportOptions withValidation(boolean on) {
        return new ImportOptions(kind, charset, errorPolicy, maxErrors, headerAliases, limits, on, delimiter, mapping);
    }

    /**
     * @param fieldDelimiter the CSV delimiter, e.g. {@code '\t'} or {@code ';'}
     * @return a copy with that delimiter
     */
    public ImportOptions withDelimiter(char fieldDelimiter) {
        return new ImportOptions(kind, charset, errorPolicy, maxErrors, headerAliases, limits, validate,
                fieldDelimiter, mapping);
    }

    /**
     * @param alias a header as written in a file
     * @return the English column name it is an alias of, if configured
     */
    public Optional<String> aliasOf(String alias) {
        String wanted = alias.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : headerAliases.entrySet()) {
            if (e.getKey().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
