package org.jiceng.cases;

import static org.jiceng.core.model.Checks.list;
import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One record of the append-only audit trail (吹哨全留痕): who moved the case, when, from which state
 * to which, and why.
 *
 * @param at when the transition happened
 * @param actor who made it (a person id, a department id, {@code system}, {@code open311})
 * @param from the previous state; empty only for the first entry, which creates the case as RECEIVED
 * @param to the new state
 * @param note free text; the reason for REJECTED and REOPENED (required there); may be empty elsewhere
 * @param departments for WHISTLED the departments summoned, for DEPARTMENTS_REPORTED those reporting;
 *     empty for every other target
 * @param duplicateOf for DUPLICATE the id of the case this one duplicates; empty otherwise
 */
public record AuditEntry(Instant at, String actor, Optional<CaseStatus> from, CaseStatus to, String note,
        List<String> departments, Optional<String> duplicateOf) {

    /**
     * Validates required components; the trail checks the rules that depend on earlier entries.
     *
     * @param at when the transition happened
     * @param actor who made it (a person id, a department id, {@code system}, {@code open311})
     * @param from the previous state; empty only for the first entry, which creates the case as RECEIVED
     * @param to the new state
     * @param note free text; the reason for REJECTED and REOPENED (required there); may be empty elsewhere
     * @param departments for WHISTLED the departments summoned, for DEPARTMENTS_REPORTED those reporting;
     *     empty for every other target
     * @param duplicateOf for DUPLICATE the id of the case this one duplicates; empty otherwise
     */
    public AuditEntry {
        nonNull(at, "at");
        nonBlank(actor, "actor");
        from = nonNull(from, "from");
        nonNull(to, "to");
        note = nonNull(note, "note");
        departments = list(departments, "departments");
        departments.forEach(d -> nonBlank(d, "department id"));
        duplicateOf = nonNull(duplicateOf, "duplicateOf");
    }

    /**
     * @param at when
     * @param actor who
     * @param note what
     * @return the first entry of a trail: the case is received
     */
    public static AuditEntry received(Instant at, String actor, String note) {
        return new AuditEntry(at, actor, Optional.empty(), CaseStatus.RECEIVED, note, List.of(), Optional.empty());
    }

    /**
     * @param at when
     * @param actor who
     * @param from previous state
     * @param to new state
     * @param note why
     * @return a plain transition without departments or duplicate link
     */
    public static AuditEntry move(Instant at, String actor, CaseStatus from, CaseStatus to, String note) {
        return new AuditEntry(at, actor, Optional.of(from), to, note, List.of(), Optional.empty());
    }

    @Override
    public String toString() {
        return at + " " + actor + ": " + from.map(Enum::name).orElse("∅") + " → " + to
                + (departments.isEmpty() ? "" : " " + departments)
                + duplicateOf.map(d -> " duplicate of " + d).orElse("")
                + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
