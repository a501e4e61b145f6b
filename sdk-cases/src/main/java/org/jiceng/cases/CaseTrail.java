package org.jiceng.cases;

import static org.jiceng.core.model.Checks.nonBlank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The append-only audit trail of one case (吹哨全留痕). The case's state is derived from it: it is the
 * target of the last entry. A trail is immutable; {@link #append(AuditEntry)} returns a new trail and
 * checks, for the new entry:
 * <ul>
 *   <li>its {@code from} equals the current state and the move is in {@link CaseStateMachine};</li>
 *   <li>it is not earlier than the last entry (entries are never reordered);</li>
 *   <li>REJECTED and REOPENED carry a non-blank reason; DUPLICATE names the case it duplicates (not
 *       itself);</li>
 *   <li>WHISTLED summons at least one department; DEPARTMENTS_REPORTED lists at least one department
 *       summoned by the latest whistle that has not reported since; no other entry lists
 *       departments or a duplicate link.</li>
 * </ul>
 * {@link #of(String, List)} rebuilds a trail from stored entries by appending them one by one, so a
 * stored trail that was edited or reordered is refused with the first rule it breaks.
 */
public final class CaseTrail {

    private final String caseId;
    private final List<AuditEntry> entries;
    /** Departments summoned by the latest WHISTLED entry. */
    private final Set<String> summonedInRound;
    /** Departments that reported since the latest WHISTLED entry. */
    private final Set<String> reportedInRound;

    private CaseTrail(String caseId, List<AuditEntry> entries, Set<String> summonedInRound,
            Set<String> reportedInRound) {
        this.caseId = caseId;
        this.entries = entries;
        this.summonedInRound = summonedInRound;
        this.reportedInRound = reportedInRound;
    }

    /**
     * Starts a trail.
     *
     * @param caseId the case the trail belongs to
     * @param first the creation entry: no {@code from}, target RECEIVED
     * @return a trail of one entry
     * @throws CaseRuleException when the first entry does not create the case
     */
    public static CaseTrail start(String caseId, AuditEntry first) {
        Objects.requireNonNull(first, "first");
        nonBlank(caseId, "caseId");
        if (first.from().isPresent() || first.to() != CaseStatus.RECEIVED || !first.departments().isEmpty()
                || first.duplicateOf().isPresent()) {
            throw new CaseRuleException("Case " + caseId + ": the first trail entry must create the case (no from, "
                    + "to RECEIVED, no departments, no duplicate link), was " + first, "案件 " + caseId
                    + "：轨迹的第一条记录必须创建案件（无 from、转到 RECEIVED、不列部门、无重复链接），实际为 " + first);
        }
        return new CaseTrail(caseId, List.of(first), Set.of(), Set.of());
    }

    /**
     * Rebuilds a trail from stored entries, checking every rule as if they were appended in order.
     *
     * @param caseId the case
     * @param entries the entries, oldest first
     * @return the trail
     * @throws CaseRuleException or {@link IllegalCaseTransitionException} naming the first bad entry
     */
    public static CaseTrail of(String caseId, List<AuditEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new CaseRuleException("Case " + caseId + ": a trail needs at least the creation entry",
                    "案件 " + caseId + "：轨迹至少要有创建记录");
        }
        CaseTrail trail = start(caseId, entries.get(0));
        for (int i = 1; i < entries.size(); i++) {
            trail = trail.append(entries.get(i));
        }
        return trail;
    }

    /**
     * Appends one entry after checking the rules listed on the class.
     *
     * @param entry the new entry
     * @return a new trail; this one is unchanged
     * @throws IllegalCaseTransitionException when the move is not in the state table
     * @throws CaseRuleException when the entry breaks another rule
     */
    public CaseTrail append(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        CaseStatus current = status();
        int index = entries.size();
        if (entry.from().isEmpty()) {
            throw broken(entry, index, ": only the first entry may omit 'from'",
                    "：只有第一条记录可以省略 from");
        }
        if (entry.from().get() != current) {
            throw broken(entry, index, ": 'from' is " + entry.from().get() + " but the case is in " + current,
                    "：from 为 " + entry.from().get() + "，但案件处于 " + current + "（" + current.label() + "）");
        }
        CaseStateMachine.requireLegal(caseId, current, entry.to());
        Instant last = last().at();
        if (entry.at().isBefore(last)) {
            throw broken(entry, index, ": time " + entry.at() + " is earlier than the last entry at " + last
                    + "; the trail is append-only and in time order", "：时间 " + entry.at()
                    + " 早于上一条记录的 " + last + "；轨迹只能按时间顺序追加");
        }
        CaseStatus to = entry.to();
        if ((to == CaseStatus.REOPENED || to == CaseStatus.REJECTED) && entry.note().isBlank()) {
            throw broken(entry, index, ": moving to " + to + " requires a reason in the note",
                    "：转到 " + to + "（" + to.label() + "）须在备注中写明理由");
        }
        if (to == CaseStatus.DUPLICATE) {
            String original = entry.duplicateOf().orElseThrow(() -> broken(entry, index,
                    ": DUPLICATE requires the id of the case it duplicates",
                    "：DUPLICATE（重复）须给出所重复案件的编号"));
            if (original.equals(caseId)) {
                throw broken(entry, index, ": a case cannot be a duplicate of itself",
                        "：案件不能与自身重复");
            }
        } else if (entry.duplicateOf().isPresent()) {
            throw broken(entry, index, ": only a DUPLICATE entry may carry a duplicate link",
                    "：只有 DUPLICATE（重复）记录可以带重复链接");
        }
        Set<String> summoned = summonedInRound;
        Set<String> reported = reportedInRound;
        if (to == CaseStatus.WHISTLED) {
            if (entry.departments().isEmpty()) {
                throw broken(entry, index, ": a whistle must summon at least one department",
                        "：吹哨至少要召集一个部门");
            }
            summoned = Collections.unmodifiableSet(new LinkedHashSet<>(entry.departments()));
            reported = Set.of();
        } else if (to == CaseStatus.DEPARTMENTS_REPORTED) {
            if (entry.departments().isEmpty()) {
                throw broken(entry, index, ": a report must name the reporting department(s)",
                        "：报到须列出报到的部门");
            }
            Set<String> next = new LinkedHashSet<>(reported);
            for (String department : entry.departments()) {
                if (!summoned.contains(department)) {
                    throw broken(entry, index, ": department " + department
                            + " was not summoned by the latest whistle; summoned: " + summoned,
                            "：部门 " + department + " 未被最近一次吹哨召集；已召集：" + summoned);
                }
                if (!next.add(department)) {
                    throw broken(entry, index, ": department " + department + " has already reported",
                            "：部门 " + department + " 已经报到过");
                }
            }
            reported = Collections.unmodifiableSet(next);
        } else if (!entry.departments().isEmpty()) {
            throw broken(entry, index, ": only WHISTLED and DEPARTMENTS_REPORTED entries list departments",
                    "：只有 WHISTLED（吹哨）和 DEPARTMENTS_REPORTED（部门报到）记录可以列部门");
        }
        List<AuditEntry> longer = new ArrayList<>(entries.size() + 1);
        longer.addAll(entries);
        longer.add(entry);
        return new CaseTrail(caseId, Collections.unmodifiableList(longer), summoned, reported);
    }

    /**
     * A broken rule, the entry named in both languages. Built only when thrown: appending is on the path of
     * every replayed and every stored case, and naming the entry formats its time.
     */
    private CaseRuleException broken(AuditEntry entry, int index, String en, String zh) {
        return new CaseRuleException("Case " + caseId + " entry #" + index + " (" + entry + ")" + en,
                "案件 " + caseId + " 第 " + index + " 条记录（" + entry + "）" + zh);
    }

    /**
     * The trail as it stood at a moment: the entries at or before it, with the state derived from them.
     *
     * @param instant a moment
     * @return the truncated trail, or empty when the case did not exist yet
     */
    public Optional<CaseTrail> asOf(Instant instant) {
        int n = 0;
        while (n < entries.size() && !entries.get(n).at().isAfter(instant)) {
            n++;
        }
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of(n == entries.size() ? this : of(caseId, entries.subList(0, n)));
    }

    /** @return the case this trail belongs to */
    public String caseId() {
        return caseId;
    }

    /** @return the entries, oldest first (unmodifiable) */
    public List<AuditEntry> entries() {
        return entries;
    }

    /** @return the latest entry */
    public AuditEntry last() {
        return entries.get(entries.size() - 1);
    }

    /** @return the creation time (time of the first entry) */
    public Instant createdAt() {
        return entries.get(0).at();
    }

    /** @return the current state: the target of the last entry */
    public CaseStatus status() {
        return last().to();
    }

    /**
     * @param instant a moment
     * @return the state at that moment (entries at exactly that moment count), or empty before creation
     */
    public Optional<CaseStatus> statusAt(Instant instant) {
        return lastEntryAtOrBefore(instant).map(AuditEntry::to);
    }

    /**
     * @param instant a moment
     * @return the last entry at or before that moment
     */
    public Optional<AuditEntry> lastEntryAtOrBefore(Instant instant) {
        AuditEntry found = null;
        for (AuditEntry e : entries) {
            if (e.at().isAfter(instant)) {
                break;
            }
            found = e;
        }
        return Optional.ofNullable(found);
    }

    /** @return every department summoned by any whistle, in order of first summons */
    public Set<String> summonedDepartments() {
        Set<String> all = new LinkedHashSet<>();
        entries.stream().filter(e -> e.to() == CaseStatus.WHISTLED).forEach(e -> all.addAll(e.departments()));
        return Collections.unmodifiableSet(all);
    }

    /** @return departments summoned by the latest whistle that have not reported since */
    public Set<String> awaitedDepartments() {
        Set<String> awaited = new LinkedHashSet<>(summonedInRound);
        awaited.removeAll(reportedInRound);
        return Collections.unmodifiableSet(awaited);
    }

    /**
     * @param department a department id
     * @return when it was first summoned
     */
    public Optional<Instant> firstSummoned(String department) {
        return entries.stream().filter(e -> e.to() == CaseStatus.WHISTLED && e.departments().contains(department))
                .map(AuditEntry::at).findFirst();
    }

    /**
     * @param department a department id
     * @return when it first reported (部门报到)
     */
    public Optional<Instant> firstReported(String department) {
        return entries.stream()
                .filter(e -> e.to() == CaseStatus.DEPARTMENTS_REPORTED && e.departments().contains(department))
                .map(AuditEntry::at).findFirst();
    }

    /**
     * When the case was resolved, as seen at a moment: the time of the latest RESOLVED entry, provided
     * the case is in the FIXED family at that moment (a resolution undone by a reopen does not count).
     *
     * @param asOf the moment of observation
     * @return the resolution time, or empty when the case is not resolved at {@code asOf}
     */
    public Optional<Instant> resolvedAt(Instant asOf) {
        Optional<CaseStatus> state = statusAt(asOf);
        if (state.isEmpty() || state.get().family() != StatusFamily.FIXED) {
            return Optional.empty();
        }
        Instant resolved = null;
        for (AuditEntry e : entries) {
            if (e.at().isAfter(asOf)) {
                break;
            }
            if (e.to() == CaseStatus.RESOLVED) {
                resolved = e.at();
            }
        }
        return Optional.ofNullable(resolved);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseTrail other && caseId.equals(other.caseId) && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return caseId.hashCode() * 31 + entries.hashCode();
    }

    @Override
    public String toString() {
        return "CaseTrail[" + caseId + ", " + entries.size() + " entries, " + status() + "]";
    }
}
