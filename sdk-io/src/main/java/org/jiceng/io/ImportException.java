package org.jiceng.io;

import java.util.Objects;
import java.util.Optional;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * The one exception an import throws: the source as a whole cannot be read further, because it is
 * unreadable, structurally broken (not a zip, not JSON), or exceeds an {@link IoLimits limit}. Rows that
 * are merely invalid never throw; they are rejected in the {@link ImportReport}.
 *
 * <p>It carries a bilingual message, where it happened and the partial report of what was read before
 * the failure (whose totals add up). Any other exception escaping an import is a bug.
 */
public final class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the import could not go on. */
    public enum Kind {
        /** The bytes could not be read (I/O error). */
        IO,
        /** The source is not a well-formed file of its format (e.g. not a zip, broken JSON). */
        MALFORMED,
        /** A configured {@link IoLimits limit} or a zip-bomb / entity-expansion guard was hit. */
        LIMIT_EXCEEDED,
        /** The file is well-formed but cannot be mapped: unknown record kind, no usable header. */
        UNMAPPABLE
    }

    private final Kind kind;
    private final String messageZh;
    private final transient SourceLocation location;
    private final transient @Nullable ImportReport partialReport;

    /**
     * @param kind why the import stopped
     * @param location where
     * @param messageEn English message
     * @param messageZh Chinese message
     * @param partialReport what was read before (may be {@code null} when not yet known; readers throw
     *     without it and the importer attaches it)
     * @param cause the underlying failure, or {@code null}
     */
    public ImportException(Kind kind, SourceLocation location, String messageEn, String messageZh,
            @Nullable ImportReport partialReport, @Nullable Throwable cause) {
        super(location.describe() + ": " + messageEn, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.location = location;
        this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
        this.partialReport = partialReport;
    }

    /**
     * Creates an exception without a report (readers use this; the importer attaches the report).
     *
     * @param kind why
     * @param location where
     * @param messageEn English message
     * @param messageZh Chinese message
     * @param cause cause or {@code null}
     */
    public ImportException(Kind kind, SourceLocation location, String messageEn, String messageZh, @Nullable Throwable cause) {
        this(kind, location, messageEn, messageZh, null, cause);
    }

    /** @return why the import stopped */
    public Kind kind() {
        return kind;
    }

    /** @return where it stopped */
    public SourceLocation location() {
        return location;
    }

    /** @return the English message without the location prefix */
    public String messageEn() {
        String m = Objects.requireNonNull(getMessage(), "made with a message");
        String prefix = location.describe() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    /** @return the Chinese message */
    public String messageZh() {
        return messageZh;
    }

    /** @return what was read before the failure, when the importer attached it */
    public Optional<ImportReport> partialReport() {
        return Optional.ofNullable(partialReport);
    }

    /**
     * @param report the report of what was read before the failure
     * @return a copy of this exception carrying the report
     */
    public ImportException withReport(ImportReport report) {
        ImportException copy = new ImportException(kind, location, messageEn(), messageZh, report, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
