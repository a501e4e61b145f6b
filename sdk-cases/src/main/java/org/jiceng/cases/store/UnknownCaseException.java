package org.jiceng.cases.store;

import java.util.NoSuchElementException;

/** Thrown when an operation names a case that is not stored. */
public final class UnknownCaseException extends NoSuchElementException {

    private static final long serialVersionUID = 1L;

    /** The id. */
    private final String caseId;

    /** @param caseId the id asked for */
    public UnknownCaseException(String caseId) {
        super("No case " + caseId + " is stored");
        this.caseId = caseId;
    }

    /** @return the id asked for */
    public String caseId() {
        return caseId;
    }
}
