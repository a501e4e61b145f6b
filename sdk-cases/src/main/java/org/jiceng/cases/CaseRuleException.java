package org.jiceng.cases;

/**
 * Thrown when a transition is legal in the state table but breaks a rule of the entry itself: a
 * reopen or rejection without a reason, a report by a department that was not summoned, an entry
 * earlier than the last one, a duplicate without the case it duplicates.
 */
public final class CaseRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message what was wrong, where, the value and the rule */
    public CaseRuleException(String message) {
        super(message);
    }
}
