package org.jiceng.io.geojson.internal;

import org.jspecify.annotations.Nullable;

/**
 * A fault that makes the rest of a JSON document unreadable. Carries both languages; the format
 * provider turns it into the documented {@link org.jiceng.io.ImportException}. Not API.
 */
public final class JsonDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of fault. */
    public enum Fault {
        /** The bytes could not be read. */
        IO,
        /** Not well-formed JSON. */
        SYNTAX,
        /** Well-formed JSON of the wrong shape (not a FeatureCollection, a collection that is no array). */
        SHAPE,
        /** A limit was exceeded. */
        LIMIT
    }

    private final Fault fault;
    private final String pointer;
    private final long line;
    private final String constraint;
    private final String messageZh;

    /**
     * @param fault what kind of fault
     * @param pointer JSON pointer of where reading stopped, {@code ""} for the document
     * @param line 1-based line where reading stopped, 0 when unknown
     * @param constraint the rule broken, e.g. {@code max-rows:100}
     * @param messageZh Chinese message
     * @param messageEn English message (also the exception message)
     * @param cause the underlying error, or null
     */
    public JsonDocumentException(Fault fault, String pointer, long line, String constraint, String messageZh,
            String messageEn, @Nullable Throwable cause) {
        super(messageEn, cause);
        this.fault = fault;
        this.pointer = pointer;
        this.line = line;
        this.constraint = constraint;
        this.messageZh = messageZh;
    }

    /** @return what kind of fault */
    public Fault fault() {
        return fault;
    }

    /** @return JSON pointer of where reading stopped */
    public String pointer() {
        return pointer;
    }

    /** @return 1-based line, 0 when unknown */
    public long line() {
        return line;
    }

    /** @return the rule broken */
    public String constraint() {
        return constraint;
    }

    /** @return the Chinese message */
    public String messageZh() {
        return messageZh;
    }
}
