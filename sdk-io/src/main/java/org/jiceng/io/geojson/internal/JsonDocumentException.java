package org.jiceng.io.geojson.internal;

/**
 * A fault that makes the rest of a JSON document unreadable (malformed JSON, wrong top-level
 * shape, a limit exceeded). Carries both languages; the format provider turns it into the
 * documented import error. Not API.
 */
public final class JsonDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String constraint;
    private final String messageZh;

    /**
     * @param pointer where reading stopped (JSON pointer, or a line/column description)
     * @param constraint the rule broken, e.g. {@code json-syntax}
     * @param messageZh Chinese message
     * @param messageEn English message (also the exception message)
     * @param cause the parser error, or null
     */
    public JsonDocumentException(String pointer, String constraint, String messageZh, String messageEn,
            Throwable cause) {
        super(messageEn, cause);
        this.pointer = pointer;
        this.constraint = constraint;
        this.messageZh = messageZh;
    }

    /** @return where reading stopped */
    public String pointer() {
        return pointer;
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
