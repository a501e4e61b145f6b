package org.jiceng.cases.store;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;
import static org.jiceng.core.model.Checks.set;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.StatusFamily;

/**
 * A filter over stored cases; every given criterion must hold.
 * <pre>{@code
 * store.query(CaseQuery.all().withStatuses(CaseStatus.RESOLVED).summoning("urban-management")
 *         .createdBetween(from, to));
 * }</pre>
 *
 * @param statuses current states accepted; empty for any
 * @param department a department summoned by any whistle of the case
 * @param gridId the grid of the case's location
 * @param createdFrom earliest creation time (inclusive)
 * @param createdBefore creation time bound (exclusive)
 */
public record CaseQuery(Set<CaseStatus> statuses, Optional<String> department, Optional<String> gridId,
        Optional<Instant> createdFrom, Optional<Instant> createdBefore) {

    /**
     * Normalises absent values.
     *
     * @param statuses current states accepted; empty for any
     * @param department a department summoned by any whistle of the case
     * @param gridId the grid of the case's location
     * @param createdFrom earliest creation time (inclusive)
     * @param createdBefore creation time bound (exclusive)
     */
    public CaseQuery {
        statuses = set(statuses, "statuses");
        department = nonNull(department, "department");
        gridId = nonNull(gridId, "gridId");
        createdFrom = nonNull(createdFrom, "createdFrom");
        createdBefore = nonNull(createdBefore, "createdBefore");
    }

    /** @return a query matching every case */
    public static CaseQuery all() {
        return new CaseQuery(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param first a state
     * @param rest more states
     * @return a copy accepting only these current states
     */
    public CaseQuery withStatuses(CaseStatus first, CaseStatus... rest) {
        return new CaseQuery(EnumSet.of(first, rest), department, gridId, createdFrom, createdBefore);
    }

    /**
     * @param family a family
     * @return a copy accepting the current states of that family
     */
    public CaseQuery inFamily(StatusFamily family) {
        EnumSet<CaseStatus> s = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus c : CaseStatus.values()) {
            if (c.family() == family) {
                s.add(c);
            }
        }
        return new CaseQuery(s, department, gridId, createdFrom, createdBefore);
    }

    /**
     * @param value a department id
     * @return a copy accepting cases that summoned it
     */
    public CaseQuery summoning(String value) {
        return new CaseQuery(statuses, Optional.of(nonBlank(value, "department")), gridId, createdFrom,
                createdBefore);
    }

    /**
     * @param value a grid id
     * @return a copy accepting cases located in it
     */
    public CaseQuery inGrid(String value) {
        return new CaseQuery(statuses, department, Optional.of(nonBlank(value, "gridId")), createdFrom,
                createdBefore);
    }

    /**
     * @param from inclusive
     * @param before exclusive
     * @return a copy accepting cases created in {@code [from, before)}
     */
    public CaseQuery createdBetween(Instant from, Instant before) {
        if (!from.isBefore(before)) {
            throw new IllegalArgumentException("CaseQuery: created range [" + from + ", " + before + ") is empty");
        }
        return new CaseQuery(statuses, department, gridId, Optional.of(from), Optional.of(before));
    }

    /**
     * @param c a stored case
     * @return true when it matches (the in-memory evaluation every store must agree with)
     */
    public boolean matches(StoredCase c) {
        return (statuses.isEmpty() || statuses.contains(c.value().status()))
                && department.map(d -> c.value().summonedDepartments().contains(d)).orElse(true)
                && gridId.map(g -> c.value().location().gridId().equals(Optional.of(g))).orElse(true)
                && createdFrom.map(f -> !c.value().createdAt().isBefore(f)).orElse(true)
                && createdBefore.map(b -> c.value().createdAt().isBefore(b)).orElse(true);
    }
}
