package org.jiceng.examples.demo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.examples.demo.generate.WhistleCase;
import org.junit.jupiter.api.Test;

/** A step the case state machine refuses is counted and shown in both of the report's languages. */
class CasesStepRefusedTest {

    private static final Instant T0 = Instant.parse("2025-03-01T01:00:00Z");

    @Test
    void aRefusedStepIsReportedWithItsChineseAndEnglishMessage() {
        String situation = SituationCatalogue.defaults().situations().get(0).code();
        // Closing a case that was only received skips the whole workflow: the state machine refuses it.
        WhistleCase skipping = new WhistleCase("c-9", situation, "530112001001", "路灯不亮", 102.7, 25.0,
                List.of(new WhistleCase.Step("received", T0, ""),
                        new WhistleCase.Step("closed", T0.plusSeconds(3600), "")));

        CasesStep.Result result = CasesStep.run(List.of(skipping), T0.minusSeconds(86_400), T0.plusSeconds(86_400));

        assertThat(result.cases()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED));
        assertThat(result.refused()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("CASE_TRANSITION_REFUSED");
            assertThat(p.count()).isEqualTo(1);
            assertThat(p.example()).startsWith("案件 c-9 不能从").contains("Case c-9 cannot move from RECEIVED to CLOSED");
        });
    }

    @Test
    void legalStepsLeaveNoProblem() {
        String situation = SituationCatalogue.defaults().situations().get(0).code();
        WhistleCase rejected = new WhistleCase("c-1", situation, "530112001001", "重复", 102.7, 25.0,
                List.of(new WhistleCase.Step("received", T0, ""),
                        new WhistleCase.Step("rejected", T0.plusSeconds(60), "不属于受理范围")));

        CasesStep.Result result = CasesStep.run(List.of(rejected), T0.minusSeconds(86_400), T0.plusSeconds(86_400));

        assertThat(result.refused()).isEmpty();
        assertThat(result.cases()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CaseStatus.REJECTED));
    }
}
