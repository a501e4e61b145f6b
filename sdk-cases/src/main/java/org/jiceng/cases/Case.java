package org.jiceng.cases;

import static org.jiceng.core.model.Checks.nonNull;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jiceng.core.model.Identified;
import org.jspecify.annotations.Nullable;

/**
 * An immutable whistle (吹哨报到) or complaint (接诉即办) case.
 *
 * <p>Its state, summoned departments and duplicate link are not stored but derived from its
 * {@link CaseTrail}; every change returns a new case with one more trail entry and leaves this one
 * untouched:
 * <pre>{@code
 * Case c = Case.builder("C-1", catalogue.get("P01")).description("占道经营")
 *         .location(CaseLocation.at(102.74, 25.04)).receivedAt(t0, "grid-worker-7").build();
 * c = c.whistle(t1, "secretary-3", List.of("urban-management"), "书记吹哨")
 *      .report(t2, "urban-management", "已到场")
 *      .startWork(t3, "urban-management", "")
 *      .resolve(t4, "urban-management", "摊点已清理");
 * }</pre>
 *
 * @param id case identifier
 * @param kind whistle kind or complaint
 * @param category the code of its {@link Situation}
 * @param description what was reported
 * @param location where
 * @param reporter who reported it, masked
 * @param secretaryId the responsible secretary (吹哨人), when assigned
 * @param deadlines SLA deadlines
 * @param trail the audit trail, whose case id must equal {@code id}
 */
public record Case(String id, WhistleKind kind, String category, String description, CaseLocation location,
        Reporter reporter, Optional<String> secretaryId, Deadlines deadlines, CaseTrail trail)
        implements Identified {

    /**
     * Validates the components and that the trail belongs to this case.
     *
     * @param id case identifier
     * @param kind whistle kind or complaint
     * @param category the code of its {@link Situation}
     * @param description what was reported
     * @param location where
     * @param reporter who reported it, masked
     * @param secretaryId the responsible secretary (吹哨人), when assigned
     * @param deadlines SLA deadlines
     * @param trail the audit trail, whose case id must equal {@code id}
     */
    public Case {
        CaseHeader header = new CaseHeader(id, kind, category, description, location, reporter, secretaryId,
                deadlines);
        description = header.description();
        location = header.location();
        reporter = header.reporter();
        secretaryId = header.secretaryId();
        nonNull(trail, "Case " + id + " trail");
        if (!trail.caseId().equals(id)) {
            throw new IllegalArgumentException("Case " + id + " was given the trail of case " + trail.caseId());
        }
        if (deadlines.respondBy().isBefore(trail.createdAt())) {
            throw new IllegalArgumentException("Case " + id + " respondBy " + deadlines.respondBy()
                    + " is before its creation at " + trail.createdAt());
        }
    }

    /**
     * @param id case id
     * @param situation the situation; sets category, default kind and deadlines
     * @return a builder
     */
    public static Builder builder(String id, Situation situation) {
        return new Builder(id, situation);
    }

    /** @return everything but the trail, as a store writes it once when the case is created */
    public CaseHeader header() {
        return new CaseHeader(id, kind, category, description, location, reporter, secretaryId, deadlines);
    }

    /** @return the current state, derived from the trail */
    public CaseStatus status() {
        return trail.status();
    }

    /** @return when the case was received */
    public Instant createdAt() {
        return trail.createdAt();
    }

    /** @return every department summoned so far, derived from the trail */
    public Set<String> summonedDepartments() {
        return trail.summonedDepartments();
    }

    /** @return the case this one duplicates, while it is in state DUPLICATE */
    public Optional<String> duplicateOf() {
        return status() == CaseStatus.DUPLICATE ? trail.last().duplicateOf() : Optional.empty();
    }

    /**
     * Appends a trail entry.
     *
     * @param entry the entry
     * @return the case after the entry
     * @throws IllegalCaseTransitionException or {@link CaseRuleException} as {@link CaseTrail#append}
     */
    public Case apply(AuditEntry entry) {
        return new Case(id, kind, category, description, location, reporter, secretaryId, deadlines,
                trail.append(entry));
    }

    private Case move(Instant at, String actor, CaseStatus to, String note) {
        return apply(AuditEntry.move(at, actor, status(), to, note));
    }

    /**
     * 书记吹哨: summons departments.
     *
     * @param at when
     * @param actor the secretary
     * @param departments departments summoned (at least one)
     * @param note a note
     * @return the case in WHISTLED
     */
    public Case whistle(Instant at, String actor, List<String> departments, String note) {
        return apply(new AuditEntry(at, actor, Optional.of(status()), CaseStatus.WHISTLED, note, departments,
                Optional.empty()));
    }

    /**
     * 部门报到: one summoned department reports.
     *
     * @param at when
     * @param department the reporting department (also the actor)
     * @param note a note
     * @return the case in DEPARTMENTS_REPORTED
     */
    public Case report(Instant at, String department, String note) {
        return apply(new AuditEntry(at, department, Optional.of(status()), CaseStatus.DEPARTMENTS_REPORTED, note,
                List.of(department), Optional.empty()));
    }

    /**
     * @param at when
     * @param actor who starts handling
     * @param note a note
     * @return the case in IN_PROGRESS
     */
    public Case startWork(Instant at, String actor, String note) {
        return move(at, actor, CaseStatus.IN_PROGRESS, note);
    }

    /**
     * @param at when
     * @param actor who resolved it
     * @param note the feedback (处理反馈)
     * @return the case in RESOLVED
     */
    public Case resolve(Instant at, String actor, String note) {
        return move(at, actor, CaseStatus.RESOLVED, note);
    }

    /**
     * @param at when
     * @param actor who evaluated it (reporter, secretary)
     * @param note the evaluation
     * @return the case in EVALUATED
     */
    public Case evaluate(Instant at, String actor, String note) {
        return move(at, actor, CaseStatus.EVALUATED, note);
    }

    /**
     * @param at when
     * @param actor who closed it
     * @param note a note
     * @return the case in CLOSED
     */
    public Case close(Instant at, String actor, String note) {
        return move(at, actor, CaseStatus.CLOSED, note);
    }

    /**
     * @param at when
     * @param actor who decided
     * @param originalId the case this one duplicates
     * @param note a note
     * @return the case in DUPLICATE
     */
    public Case markDuplicate(Instant at, String actor, String originalId, String note) {
        return apply(new AuditEntry(at, actor, Optional.of(status()), CaseStatus.DUPLICATE, note, List.of(),
                Optional.of(originalId)));
    }

    /**
     * @param at when
     * @param actor who rejected it
     * @param reason why (required)
     * @return the case in REJECTED
     */
    public Case reject(Instant at, String actor, String reason) {
        return move(at, actor, CaseStatus.REJECTED, reason);
    }

    /**
     * @param at when
     * @param actor who reopened it
     * @param reason why (required)
     * @return the case in REOPENED
     */
    public Case reopen(Instant at, String actor, String reason) {
        return move(at, actor, CaseStatus.REOPENED, reason);
    }

    /**
     * @param newLocation the location, e.g. after routing
     * @return a copy with the location replaced (the trail is kept)
     */
    public Case withLocation(CaseLocation newLocation) {
        return new Case(id, kind, category, description, newLocation, reporter, secretaryId, deadlines, trail);
    }

    /** Builds a newly received case. */
    public static final class Builder {
        private final String id;
        private final Situation situation;
        private WhistleKind kind;
        private String description = "";
        private CaseLocation location = CaseLocation.unknown();
        private Reporter reporter = Reporter.anonymous();
        private Optional<String> secretaryId = Optional.empty();
        private @Nullable Deadlines deadlines;
        private @Nullable Instant receivedAt;
        private @Nullable String receivedBy;
        private String receptionNote = "";

        private Builder(String id, Situation situation) {
            this.id = id;
            this.situation = Objects.requireNonNull(situation, "situation");
            this.kind = situation.kind();
        }

        /**
         * @param value the kind, when it differs from the situation's default
         * @return this builder
         */
        public Builder kind(WhistleKind value) {
            this.kind = Objects.requireNonNull(value, "kind");
            return this;
        }

        /**
         * @param value what was reported
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * @param value where
         * @return this builder
         */
        public Builder location(CaseLocation value) {
            this.location = value;
            return this;
        }

        /**
         * @param value who reported it (masked)
         * @return this builder
         */
        public Builder reporter(Reporter value) {
            this.reporter = value;
            return this;
        }

        /**
         * @param value the responsible secretary
         * @return this builder
         */
        public Builder secretary(@Nullable String value) {
            this.secretaryId = Optional.ofNullable(value);
            return this;
        }

        /**
         * @param value deadlines overriding the situation's SLA
         * @return this builder
         */
        public Builder deadlines(Deadlines value) {
            this.deadlines = value;
            return this;
        }

        /**
         * @param at when the case was received
         * @param actor who received it
         * @return this builder
         */
        public Builder receivedAt(Instant at, String actor) {
            this.receivedAt = at;
            this.receivedBy = actor;
            return this;
        }

        /**
         * @param value a note on the reception entry
         * @return this builder
         */
        public Builder receptionNote(String value) {
            this.receptionNote = value;
            return this;
        }

        /**
         * @return the case in state RECEIVED
         * @throws IllegalArgumentException when the reception time or actor is missing
         */
        public Case build() {
            if (receivedAt == null || receivedBy == null) {
                throw new IllegalArgumentException("Case " + id + ": receivedAt(time, actor) is required");
            }
            CaseTrail trail = CaseTrail.start(id, AuditEntry.received(receivedAt, receivedBy, receptionNote));
            Deadlines d = deadlines != null ? deadlines : Deadlines.from(receivedAt, situation);
            return new Case(id, kind, situation.code(), description, location, reporter, secretaryId, d, trail);
        }
    }
}
