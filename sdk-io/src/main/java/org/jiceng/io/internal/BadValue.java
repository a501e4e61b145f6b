package org.jiceng.io.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cell value that cannot be converted to its field type. Internal and cheap: no stack trace, because
 * it is expected control flow on bad input and turned into a report entry at once.
 */
public final class BadValue extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageZh;
    private final String constraint;

    /**
     * @param constraint the report code, e.g. {@code format} or {@code required}
     * @param messageZh Chinese message
     * @param messageEn English message
     */
    public BadValue(String constraint, String messageZh, String messageEn) {
        super(messageEn, null, false, false);
        this.constraint = constraint;
        this.messageZh = messageZh;
    }

    /** @return the report code */
    public String constraint() {
        return constraint;
    }

    /** @return the Chinese message */
    public String messageZh() {
        return messageZh;
    }

    /** @return the English message */
    public String messageEn() {
        return Objects.requireNonNull(getMessage(), "made with a message");
    }
}
