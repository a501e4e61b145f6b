package org.jiceng.cases.store;

/** Thrown by {@link CaseStore#create} when a case with the same id is stored. */
public final class CaseAlreadyExistsException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The id. */
    private final String caseId;

    /** @param caseId the id that is taken */
    public CaseAlreadyExistsException(String caseId) {
        super("Case " + caseId + " is already stored; a stored case is changed only by appending transitions");
        this.caseId = caseId;
    }

    /** @return the id that is taken */
    public String caseId() {
        return caseId;
    }
}
