package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.junit.jupiter.api.Test;

/**
 * Every problem the engine reports reads in English ({@link ScoringProblem#render()}, unchanged) and in
 * Chinese ({@link ScoringProblem#renderZh()}) with the same values and no English sentence.
 */
class ScoringProblemLanguagesTest {

    private static final Instant AS_OF = Instant.parse("2024-12-31T00:00:00Z");
    private static final Instant T = Instant.parse("2024-05-01T02:00:00Z");
    /** Three English words in a row: a sentence, not a value such as {@code type=misconduct}. */
    private static final Pattern ENGLISH_SENTENCE = Pattern.compile("\\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\\b");

    private static Event event(String id, String type, String subject, Instant time, String quantity) {
        return new Event(id, type, subject, time, new BigDecimal(quantity), Optional.empty(), Map.of());
    }

    private static ScoringEngine perUnit(long hundredthsPerUnit) {
        return ScoringEngine.compile(RuleSet.builder("t", "test", "1", DateRange.startingOn(LocalDate.of(2024, 1, 1)))
                .rule(Rule.builder("visit", EventTypes.HOUSEHOLD_VISIT, new Amount.PerUnit(ValueRef.literal(
                        hundredthsPerUnit))).build())
                .rule(Rule.builder("misconduct", EventTypes.MISCONDUCT, new Amount.PerUnit(ValueRef.literal(100)))
                        .deduction().build())
                .build());
    }

    private static List<ScoringProblem> everyKind() {
        List<ScoringProblem> problems = new ArrayList<>();
        String huge = BigInteger.TWO.pow(64).add(BigInteger.ONE).toString();
        problems.addAll(perUnit(100).score(List.of(event("q", EventTypes.MISCONDUCT, "big", T, huge),
                event("n", EventTypes.HOUSEHOLD_VISIT, "neg", T, "-5"),
                event("same", EventTypes.MISCONDUCT, "m", T, "5"),
                event("same", EventTypes.HOUSEHOLD_VISIT, "m", T.plusSeconds(60), "1")), AS_OF).problems());
        problems.addAll(perUnit(10_000).score(List.of(event("p", EventTypes.HOUSEHOLD_VISIT, "rich", T,
                "1000000000000000")), AS_OF).problems());
        problems.addAll(perUnit(100).score(List.of(event("same", EventTypes.MISCONDUCT, "m", T, "5"),
                event("same", EventTypes.HOUSEHOLD_VISIT, "m", T.plusSeconds(60), "1")), AS_OF,
                ScoringOptions.DEFAULT.withConflicts(ConflictPolicy.FIRST_WINS)).problems());
        return problems;
    }

    @Test
    void everyKindTheEngineReportsHasAChineseRenderingWithTheSameValues() {
        List<ScoringProblem> problems = everyKind();
        assertThat(problems).extracting(ScoringProblem::kind).containsExactlyInAnyOrder(ScoringProblem.Kind.values());
        for (ScoringProblem p : problems) {
            String zh = p.renderZh();
            assertThat(zh).as(p.render()).startsWith(p.kind().labelZh() + "［" + p.kind() + "］")
                    .contains("对象 " + p.subjectId(), "活动 " + p.eventId())
                    .doesNotContainPattern(ENGLISH_SENTENCE);
            assertThat(p.detailZh()).isNotEqualTo(p.detail()).containsPattern("\\p{IsHan}");
        }
        ScoringProblem negative = problems.stream().filter(p -> p.kind() == ScoringProblem.Kind.NEGATIVE_QUANTITY)
                .findFirst().orElseThrow();
        assertThat(negative.renderZh()).isEqualTo("数量为负［NEGATIVE_QUANTITY］ 对象 neg 活动 n：数量 -5 为负；"
                + "数量计的是时长、次数、学分，不会被改为正数");
        ScoringProblem conflict = problems.stream().filter(p -> p.kind() == ScoringProblem.Kind.CONFLICT_RESOLVED)
                .findFirst().orElseThrow();
        assertThat(conflict.renderZh()).contains("有 2 种不同内容", "策略 FIRST_WINS", "计分的是 {type=misconduct");
    }

    @Test
    void theEnglishRenderingIsUnchanged() {
        for (ScoringProblem p : everyKind()) {
            assertThat(p.render()).isEqualTo(p.kind() + " " + p.subjectId() + " " + p.eventId() + ": " + p.detail())
                    .doesNotContainPattern("\\p{IsHan}");
        }
        ScoringProblem negative = new ScoringProblem(ScoringProblem.Kind.NEGATIVE_QUANTITY, "m", "e", "quantity -1 is"
                + " negative", "数量 -1 为负");
        assertThat(negative.render()).isEqualTo("NEGATIVE_QUANTITY m e: quantity -1 is negative");
    }

    @Test
    void aProblemKnownOnlyInEnglishKeepsItsDetailAfterTheChineseKind() {
        ScoringProblem read = new ScoringProblem(ScoringProblem.Kind.POINTS_OUT_OF_RANGE, "m", "e", "too many points");
        assertThat(read.detailZh()).isEqualTo("too many points");
        assertThat(read.renderZh()).isEqualTo("积分超出范围［POINTS_OUT_OF_RANGE］ 对象 m 活动 e：too many points");
    }

    @Test
    void kindLabelsAreChineseAndDistinct() {
        assertThat(java.util.Arrays.stream(ScoringProblem.Kind.values()).map(ScoringProblem.Kind::labelZh).distinct())
                .hasSize(ScoringProblem.Kind.values().length).allMatch(l -> l.matches("\\p{IsHan}+"));
        assertThat(ScoringProblem.Kind.CONFLICTING_EVENT_ID.labelZh().toLowerCase(Locale.ROOT)).isEqualTo("活动编号冲突");
    }
}
