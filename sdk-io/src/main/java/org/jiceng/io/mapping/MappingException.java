package org.jiceng.io.mapping;

/**
 * A record type or class cannot be mapped to a table as declared: no public no-argument constructor, a final
 * field without a setter, an unsupported component or field type, a primitive
 * column marked optional, two columns with the same header, a name that is no component. Thrown when the
 * {@link TableMapping} is made, never during an import; the message is in English and Chinese.
 */
public final class MappingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String messageZh;
    private final String messageEn;

    /**
     * @param messageEn the English message
     * @param messageZh the Chinese message
     */
    public MappingException(String messageEn, String messageZh) {
        super(messageEn + " / " + messageZh);
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    /** @return the Chinese message */
    public String messageZh() {
        return messageZh;
    }

    /** @return the English message */
    public String messageEn() {
        return messageEn;
    }
}
