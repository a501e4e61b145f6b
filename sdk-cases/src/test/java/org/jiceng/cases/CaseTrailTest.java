package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiceng.cases.Fixtures.hours;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseTrailTest {

    @Test
    void statusIsTheTargetOfTheLastEntry() {
        Case c = Fixtures.resolved("A");
        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(c.trail().entries()).extracting(AuditEntry::to).containsExactly(CaseStatus.RECEIVED,
                CaseStatus.WHISTLED, CaseStatus.DEPARTMENTS_REPORTED, CaseStatus.DEPARTMENTS_REPORTED,
                CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED);
        assertThat(c.trail().statusAt(hours(1.2))).contains(CaseStatus.DEPARTMENTS_REPORTED);
        assertThat(c.trail().statusAt(Fixtures.T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void transitionsLeaveTheOriginalCaseUnchanged() {
        Case received = Fixtures.received("A");
        Case whistled = received.whistle(hours(1), "s", List.of("d"), "");
        assertThat(received.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(received.trail().entries()).hasSize(1);
        assertThat(whistled.trail().entries()).hasSize(2);
    }

    @Test
    void entriesCannotBeModifiedThroughTheList() {
        List<AuditEntry> entries = Fixtures.resolved("A").trail().entries();
        assertThatThrownBy(() -> entries.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> entries.set(1, entries.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsEntryEarlierThanTheLastOne() {
        Case whistled = Fixtures.whistled("A");
        assertThatThrownBy(() -> whistled.report(hours(0.25), "urban-management", ""))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("earlier than the last entry");
    }

    @Test
    void acceptsEntryAtTheSameMomentAsTheLastOne() {
        Case whistled = Fixtures.whistled("A");
        assertThat(whistled.report(hours(0.5), "urban-management", "").status())
                .isEqualTo(CaseStatus.DEPARTMENTS_REPORTED);
    }

    @Test
    void rebuildingAReorderedTrailFails() {
        List<AuditEntry> entries = new ArrayList<>(Fixtures.resolved("A").trail().entries());
        Collections.swap(entries, 2, 3);
        assertThatThrownBy(() -> CaseTrail.of("A", entries)).isInstanceOf(CaseRuleException.class)
                .hasMessageContaining("Case A entry #2");
        List<AuditEntry> backdated = new ArrayList<>(Fixtures.resolved("A").trail().entries());
        AuditEntry last = backdated.remove(backdated.size() - 1);
        backdated.add(new AuditEntry(hours(1.7), last.actor(), last.from(), last.to(), last.note(),
                last.departments(), last.duplicateOf()));
        assertThatThrownBy(() -> CaseTrail.of("A", backdated)).isInstanceOf(CaseRuleException.class)
                .hasMessageContaining("entry #5").hasMessageContaining("earlier than the last entry");
    }

    @Test
    void rebuildingATrailWithARemovedEntryFails() {
        List<AuditEntry> entries = new ArrayList<>(Fixtures.resolved("A").trail().entries());
        entries.remove(4); // IN_PROGRESS: RESOLVED would then follow DEPARTMENTS_REPORTED
        assertThatThrownBy(() -> CaseTrail.of("A", entries)).isInstanceOf(CaseRuleException.class)
                .hasMessageContaining("'from' is IN_PROGRESS but the case is in DEPARTMENTS_REPORTED");
    }

    @Test
    void rebuildingAnIntactTrailGivesAnEqualTrail() {
        CaseTrail trail = Fixtures.resolved("A").trail();
        assertThat(CaseTrail.of("A", trail.entries())).isEqualTo(trail);
    }

    @Test
    void firstEntryMustCreateTheCase() {
        AuditEntry notCreation = AuditEntry.move(Fixtures.T0, "x", CaseStatus.RECEIVED, CaseStatus.WHISTLED, "");
        assertThatThrownBy(() -> CaseTrail.start("A", notCreation)).isInstanceOf(CaseRuleException.class)
                .hasMessageContaining("first trail entry must create the case");
        assertThatThrownBy(() -> CaseTrail.of("A", List.of())).isInstanceOf(CaseRuleException.class);
    }

    @Test
    void laterEntryMustNameItsFromState() {
        AuditEntry creation = AuditEntry.received(hours(1), "x", "");
        assertThatThrownBy(() -> Fixtures.received("A").apply(creation)).isInstanceOf(CaseRuleException.class)
                .hasMessageContaining("only the first entry may omit 'from'");
    }

    @Test
    void reopenRequiresAReason() {
        Case resolved = Fixtures.resolved("A");
        assertThatThrownBy(() -> resolved.reopen(hours(11), "reporter", " ")).isInstanceOf(CaseRuleException.class)
                .hasMessageContaining("REOPENED requires a reason");
        Case reopened = resolved.reopen(hours(11), "reporter", "摊点又回来了");
        assertThat(reopened.status()).isEqualTo(CaseStatus.REOPENED);
        assertThat(reopened.trail().last().note()).isEqualTo("摊点又回来了");
    }

    @Test
    void reopenIsRefusedWhileTheCaseIsOpen() {
        assertThatThrownBy(() -> Fixtures.whistled("A").reopen(hours(1), "x", "why"))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessageContaining("from WHISTLED to REOPENED");
    }

    @Test
    void reopenedCaseCanBeWhistledAgainAndResolvedAgain() {
        Case again = Fixtures.resolved("A").reopen(hours(11), "reporter", "又出现了")
                .whistle(hours(12), "secretary", List.of("public-security"), "再吹哨")
                .report(hours(13), "public-security", "").startWork(hours(14), "x", "")
                .resolve(hours(20), "x", "");
        assertThat(again.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(again.summonedDepartments()).containsExactly("urban-management", "market-regulation",
                "public-security");
        assertThat(again.trail().resolvedAt(hours(100))).contains(hours(20));
        assertThat(again.trail().resolvedAt(hours(11.5))).isEmpty();
        assertThat(again.trail().resolvedAt(hours(10.5))).contains(hours(10));
    }

    @Test
    void rejectionRequiresAReason() {
        assertThatThrownBy(() -> Fixtures.received("A").reject(hours(1), "x", ""))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("REJECTED requires a reason");
    }

    @Test
    void duplicateRequiresTheOriginalAndNotItself() {
        Case c = Fixtures.received("A");
        AuditEntry noLink = AuditEntry.move(hours(1), "x", CaseStatus.RECEIVED, CaseStatus.DUPLICATE, "");
        assertThatThrownBy(() -> c.apply(noLink)).isInstanceOf(CaseRuleException.class)
                .hasMessageContaining("DUPLICATE requires the id");
        assertThatThrownBy(() -> c.markDuplicate(hours(1), "x", "A", "")).isInstanceOf(CaseRuleException.class)
                .hasMessageContaining("duplicate of itself");
        Case dup = c.markDuplicate(hours(1), "x", "B", "同一摊点");
        assertThat(dup.duplicateOf()).contains("B");
        assertThat(dup.reopen(hours(2), "x", "不是同一摊点").duplicateOf()).isEmpty();
    }

    @Test
    void duplicateLinkOnlyOnDuplicateEntries() {
        AuditEntry linked = new AuditEntry(hours(1), "x", Optional.of(CaseStatus.RECEIVED), CaseStatus.IN_PROGRESS,
                "", List.of(), Optional.of("B"));
        assertThatThrownBy(() -> Fixtures.received("A").apply(linked)).isInstanceOf(CaseRuleException.class)
                .hasMessageContaining("only a DUPLICATE entry may carry a duplicate link");
    }

    @Test
    void whistleMustSummonADepartment() {
        assertThatThrownBy(() -> Fixtures.received("A").whistle(hours(1), "s", List.of(), ""))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("at least one department");
    }

    @Test
    void onlySummonedDepartmentsReportAndOnlyOnce() {
        Case whistled = Fixtures.whistled("A");
        assertThatThrownBy(() -> whistled.report(hours(1), "fire", "")).isInstanceOf(CaseRuleException.class)
                .hasMessageContaining("department fire was not summoned");
        Case reported = whistled.report(hours(1), "urban-management", "");
        assertThatThrownBy(() -> reported.report(hours(2), "urban-management", ""))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("already reported");
        assertThat(reported.trail().awaitedDepartments()).containsExactly("market-regulation");
        assertThat(reported.trail().firstReported("urban-management")).contains(hours(1));
        assertThat(reported.trail().firstReported("market-regulation")).isEmpty();
    }

    @Test
    void departmentsOnlyOnWhistleAndReportEntries() {
        AuditEntry withDepts = new AuditEntry(hours(1), "x", Optional.of(CaseStatus.RECEIVED),
                CaseStatus.IN_PROGRESS, "", List.of("fire"), Optional.empty());
        assertThatThrownBy(() -> Fixtures.received("A").apply(withDepts)).isInstanceOf(CaseRuleException.class)
                .hasMessageContaining("only WHISTLED and DEPARTMENTS_REPORTED entries list departments");
    }

    @Test
    void caseRefusesTheTrailOfAnotherCase() {
        Case a = Fixtures.received("A");
        assertThatThrownBy(() -> new Case("B", a.kind(), a.category(), "", a.location(), a.reporter(),
                Optional.empty(), a.deadlines(), a.trail())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Case B was given the trail of case A");
    }
}
