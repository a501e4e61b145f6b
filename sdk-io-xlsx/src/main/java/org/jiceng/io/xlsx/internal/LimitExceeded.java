package org.jiceng.io.xlsx.internal;

import java.io.IOException;

/**
 * A limit of {@link org.jiceng.io.IoLimits} was hit while a part was read. It is an {@link IOException}
 * so that it passes through the SAX parser and the zip streams unchanged; the format turns it into an
 * {@link org.jiceng.io.ImportException} of kind {@code LIMIT_EXCEEDED}.
 */
public final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    private final String part;
    private final String messageZh;

    /**
     * @param part the zip entry being read
     * @param messageEn what was exceeded, naming the {@code IoLimits} component, in English
     * @param messageZh the same in Chinese
     */
    public LimitExceeded(String part, String messageEn, String messageZh) {
        super(messageEn);
        this.part = part;
        this.messageZh = messageZh;
    }

    /** @return the zip entry being read */
    public String part() {
        return part;
    }

    /** @return the message in Chinese */
    public String messageZh() {
        return messageZh;
    }
}
