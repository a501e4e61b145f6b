package org.jiceng.cases.anticipate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseLocation;
import org.jiceng.cases.WhistleKind;
import org.junit.jupiter.api.Test;

/** Every case and visit gives signals or is listed with its reason. */
class SignalExtractionTest {

    private static final Instant T = Instant.parse("2024-03-05T02:00:00Z");

    private static Case routed(String id, String situation, String grid) {
        CaseLocation where = new CaseLocation(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(grid));
        return Case.builder(id, Lattice.CATALOGUE.get(situation)).location(where).receivedAt(T, "w").build();
    }

    private static Visit visit(String id, String grid, LocalDate day, List<String> codes, List<String> tags) {
        return new Visit(id, grid, Optional.empty(), Optional.empty(), "m", day, codes, tags, false, Optional.empty(),
                Optional.empty(), "");
    }

    @Test
    void casesAndVisitsAreCountedOrExcludedWithTheirReason() {
        LocalDate day = LocalDate.of(2024, 3, 6);
        List<Case> cases = List.of(routed("C1", "P01", "g01"), routed("C2", "P01", null),
                routed("C3", "P01", "g99"), routed("C4", "P01", "g01").reject(T.plusSeconds(60), "s", "不属于本辖区"),
                routed("C5", "P01", "g01").markDuplicate(T.plusSeconds(60), "s", "C1", "重复"),
                Case.builder("C6", Lattice.CATALOGUE.get("P01")).kind(WhistleKind.PROACTIVE)
                        .location(CaseLocation.unknown().withGrid("g01")).receivedAt(T, "w").build());
        List<Visit> visits = List.of(
                visit("V1", "g02", day, List.of("S04", "S04", "X9"), List.of("路灯")),
                visit("V2", "g02", day, List.of(), List.of("物业")),
                visit("V3", "g02", day, List.of(), List.of("聊天")),
                visit("V4", "g02", LocalDate.of(2025, 1, 1), List.of("S04"), List.of()),
                visit("V5", "g42", day, List.of("S04"), List.of()));
        AnticipationReport report = Anticipation.anticipator(AnticipationRules.builtIn())
                .detect(Lattice.input(cases, visits));

        assertThat(report.signals()).isEqualTo(3); // C1; V1 as S04 and as P05 (tag 路灯)
        assertThat(report.excluded()).extracting(Excluded::id, Excluded::reason).containsExactly(
                tuple("C2", "no grid; route the case first"),
                tuple("C3", "grid g99 is not among the grids analysed"),
                tuple("C4", "rejected"),
                tuple("C5", "duplicate of C1"),
                tuple("C6", "proactive case (未诉先办), not a demand"),
                tuple("V1", "situation code X9 is not in the catalogue"),
                tuple("V2", "tag 物业 matches several situations [C02, S01]; give a situation code"),
                tuple("V2", "no situation code and no tag equal to a situation keyword"),
                tuple("V3", "no situation code and no tag equal to a situation keyword"),
                tuple("V4", "visited on 2025-01-01, outside the period [2024-01-01, 2024-07-01)"),
                tuple("V5", "grid g42 is not among the grids analysed"));
    }
}
