package org.jiceng.core.registry;

import org.jiceng.core.model.RecordKind;
import java.util.Objects;

/**
 * One integrity problem of a dataset.
 *
 * @param code the rule broken
 * @param kind the kind of the record at fault
 * @param recordId the id of the record at fault
 * @param message an English sentence naming the record, the field, the offending value and the rule
 */
public record IntegrityProblem(ProblemCode code, RecordKind kind, String recordId, String message) {

    /**
     * Validates that every component is present.
     *
     * @param code the rule broken
     * @param kind the kind of the record at fault
     * @param recordId the id of the record at fault
     * @param message an English sentence naming the record, the field, the offending value and the rule
     */
    public IntegrityProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + " " + kind + " " + recordId + ": " + message;
    }
}
