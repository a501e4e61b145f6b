package org.jiceng.cases;

/**
 * Thrown when a transition is legal in the state table but breaks a rule of the entry itself: a
 * reopen or rejection without a reason, a report by a department that was not summoned, an entry
 * earlier than the last one, a duplicate without the case it duplicates. The message is in English;
 * {@link #messageZh()} says the same in Chinese.
 */
public final class CaseRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The message in Chinese. */
    private final String messageZh;

    /**
     * A rule broken, said in English only (its {@link #messageZh()} is the English message).
     *
     * @param message what was wrong, where, the value and the rule
     */
    public CaseRuleException(String message) {
        this(message, message);
    }

    /**
     * @param message what was wrong, where, the value and the rule, in English
     * @param messageZh the same in Chinese
     */
    public CaseRuleException(String message, String messageZh) {
        super(message);
        this.messageZh = java.util.Objects.requireNonNull(messageZh, "messageZh");
    }

    /** @return the message in Chinese, naming the same case, entry, values and rule */
    public String messageZh() {
        return messageZh;
    }
}
