package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The state machine's and the trail's errors say the same in English ({@code getMessage()}, unchanged) and in
 * Chinese ({@code messageZh()}), naming the same case, entry, states and values.
 */
class CaseErrorLanguagesTest {

    private static final Instant T0 = Instant.parse("2025-03-01T01:00:00Z");
    /** Three English words in a row: a sentence, not a constant such as {@code DUPLICATE}. */
    private static final Pattern ENGLISH_SENTENCE = Pattern.compile("\\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\\b");

    private static AuditEntry entry(long minutes, CaseStatus from, CaseStatus to, String note, List<String> departments,
            Optional<String> duplicateOf) {
        return new AuditEntry(T0.plusSeconds(60 * minutes), "actor", Optional.of(from), to, note, departments,
                duplicateOf);
    }

    private static CaseTrail received() {
        return CaseTrail.start("C-7", AuditEntry.received(T0, "hotline", ""));
    }

    private static CaseTrail whistled() {
        return received().append(entry(10, CaseStatus.RECEIVED, CaseStatus.WHISTLED, "", List.of("water"),
                Optional.empty()));
    }

    @Test
    void anIllegalTransitionNamesCaseStatesAndTargetsInChinese() {
        IllegalCaseTransitionException e = catchThrowableOfType(() -> received().append(entry(5, CaseStatus.RECEIVED,
                CaseStatus.CLOSED, "", List.of(), Optional.empty())), IllegalCaseTransitionException.class);
        assertThat(e.getMessage()).isEqualTo("Case C-7 cannot move from RECEIVED to CLOSED; legal targets from RECEIVED"
                + " are [WHISTLED, IN_PROGRESS, DUPLICATE, REJECTED]");
        assertThat(e.messageZh()).isEqualTo("案件 C-7 不能从「已受理」（RECEIVED）转到「已关闭」（CLOSED）；「已受理」（RECEIVED）"
                + "可转到 ［「已吹哨」（WHISTLED）、「" + CaseStatus.IN_PROGRESS.label() + "」（IN_PROGRESS）、「重复」（DUPLICATE）、"
                + "「不予受理」（REJECTED）］").doesNotContainPattern(ENGLISH_SENTENCE);
    }

    @Test
    void everyTrailRuleHasAChineseMessageWithTheSameValues() {
        List<Supplier<CaseTrail>> broken = List.of(
                () -> CaseTrail.start("C-7", entry(0, CaseStatus.RECEIVED, CaseStatus.RECEIVED, "", List.of(),
                        Optional.empty())),
                () -> CaseTrail.of("C-7", List.of()),
                () -> received().append(new AuditEntry(T0, "a", Optional.empty(), CaseStatus.WHISTLED, "", List.of("w"),
                        Optional.empty())),
                () -> received().append(entry(1, CaseStatus.WHISTLED, CaseStatus.IN_PROGRESS, "", List.of(),
                        Optional.empty())),
                () -> whistled().append(entry(1, CaseStatus.WHISTLED, CaseStatus.DEPARTMENTS_REPORTED, "",
                        List.of("water"), Optional.empty())),
                () -> received().append(entry(1, CaseStatus.RECEIVED, CaseStatus.REJECTED, " ", List.of(),
                        Optional.empty())),
                () -> received().append(entry(1, CaseStatus.RECEIVED, CaseStatus.DUPLICATE, "", List.of(),
                        Optional.empty())),
                () -> received().append(entry(1, CaseStatus.RECEIVED, CaseStatus.DUPLICATE, "", List.of(),
                        Optional.of("C-7"))),
                () -> received().append(entry(1, CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, "", List.of(),
                        Optional.of("C-1"))),
                () -> received().append(entry(1, CaseStatus.RECEIVED, CaseStatus.WHISTLED, "", List.of(),
                        Optional.empty())),
                () -> whistled().append(entry(20, CaseStatus.WHISTLED, CaseStatus.DEPARTMENTS_REPORTED, "", List.of(),
                        Optional.empty())),
                () -> whistled().append(entry(20, CaseStatus.WHISTLED, CaseStatus.DEPARTMENTS_REPORTED, "",
                        List.of("fire"), Optional.empty())),
                () -> whistled().append(entry(20, CaseStatus.WHISTLED, CaseStatus.DEPARTMENTS_REPORTED, "",
                        List.of("water", "water"), Optional.empty())),
                () -> received().append(entry(1, CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, "", List.of("water"),
                        Optional.empty())));
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (Supplier<CaseTrail> b : broken) {
            CaseRuleException e = catchThrowableOfType(b::get, CaseRuleException.class);
            assertThat(e).as("a rule is broken").isNotNull();
            assertThat(e.getMessage()).startsWith("Case C-7").doesNotContainPattern("\\p{IsHan}");
            assertThat(e.messageZh()).as(e.getMessage()).startsWith("案件 C-7").containsPattern("\\p{IsHan}{4}")
                    .doesNotContainPattern(ENGLISH_SENTENCE);
            distinct.add(e.messageZh());
        }
        assertThat(distinct).hasSize(broken.size());
        CaseRuleException notSummoned = catchThrowableOfType(broken.get(11)::get, CaseRuleException.class);
        assertThat(notSummoned.getMessage()).contains("department fire was not summoned by the latest whistle");
        assertThat(notSummoned.messageZh()).contains("第 2 条记录", "部门 fire 未被最近一次吹哨召集；已召集：[water]");
    }

    @Test
    void aRuleGivenOnlyInEnglishKeepsItInBoth() {
        CaseRuleException e = new CaseRuleException("plugin rule");
        assertThat(e.messageZh()).isEqualTo("plugin rule");
    }
}
