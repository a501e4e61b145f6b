package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jiceng.core.model.Event;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case file under {@code cases/<rule set id>/}: events in, expected lines, totals, grades
 * and index results out. Expected figures in the files are worked out by hand from the pack's rules.
 */
class BuiltInPackCasesTest {

    @TestFactory
    Stream<DynamicTest> everyBuiltInPackCase() {
        return Cases.all().stream().map(file -> DynamicTest.dynamicTest(Cases.root().relativize(file).toString(),
                () -> run(file)));
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltInPackHasCases() {
        return RuleSets.available().stream().map(id -> DynamicTest.dynamicTest(id,
                () -> assertThat(Cases.root().resolve(id)).as("case directory for %s", id).isDirectoryContaining("glob:**.json")));
    }

    private static void run(Path file) {
        JsonNode c = Cases.read(file);
        RuleSet ruleSet = RuleSets.builtIn(c.get("ruleSet").asText());
        List<Event> events = Cases.events(c);
        Instant asOf = Instant.parse(c.get("asOf").asText());
        JsonNode expect = c.get("expect");
        if (expect.has("totals")) {
            Scorecards cards = ScoringEngine.compile(ruleSet).score(events, asOf);
            checkScorecards(expect, cards);
            Scorecards parallel = ScoringEngine.compile(ruleSet).score(events, asOf, ScoringOptions.DEFAULT.inParallel());
            assertThat(parallel).isEqualTo(cards);
        }
        if (expect.has("index")) {
            CompositeIndex index = ruleSet.index().orElseThrow();
            Map<String, IndexResult> results = new LinkedHashMap<>();
            index.evaluate(events, asOf).forEach(r -> results.put(r.subjectId(), r));
            assertThat(results.keySet()).containsExactlyElementsOf(names(expect.get("index")));
            expect.get("index").fields().forEachRemaining(f -> {
                IndexResult r = results.get(f.getKey());
                JsonNode want = f.getValue();
                assertThat(r.score().map(Points::format).orElse("none")).as("index of %s", f.getKey())
                        .isEqualTo(want.get("score").asText());
                if (want.has("grade")) {
                    assertThat(r.grade().map(Band::key).orElse("none")).as("grade of %s", f.getKey())
                            .isEqualTo(want.get("grade").asText());
                }
                if (want.has("missing")) {
                    assertThat(r.missing()).as("missing of %s", f.getKey()).containsExactlyElementsOf(texts(want.get("missing")));
                }
            });
        }
        if (expect.has("monthlyReport")) {
            JsonNode want = expect.get("monthlyReport");
            MonthlyIndexReport report = ruleSet.index().orElseThrow()
                    .monthlyReport(events, YearMonth.parse(want.get("month").asText()));
            assertThat(report.ranked()).extracting(IndexResult::subjectId).containsExactlyElementsOf(texts(want.get("ranking")));
            if (want.has("scores")) {
                assertThat(report.ranked()).extracting(r -> r.score().map(Points::format).orElse("none"))
                        .containsExactlyElementsOf(texts(want.get("scores")));
            }
        }
    }

    private static void checkScorecards(JsonNode expect, Scorecards cards) {
        Map<String, String> totals = new LinkedHashMap<>();
        cards.totals().forEach((k, v) -> totals.put(k, Points.format(v)));
        Map<String, String> wantTotals = new LinkedHashMap<>();
        expect.get("totals").fields().forEachRemaining(f -> wantTotals.put(f.getKey(), f.getValue().asText()));
        assertThat(totals).containsExactlyInAnyOrderEntriesOf(wantTotals);
        if (expect.has("expired")) {
            expect.get("expired").fields().forEachRemaining(f -> assertThat(Points.format(
                    cards.scorecard(f.getKey()).orElseThrow().expired())).as("expired of %s", f.getKey())
                    .isEqualTo(f.getValue().asText()));
        }
        if (expect.has("grades")) {
            expect.get("grades").fields().forEachRemaining(s -> s.getValue().fields().forEachRemaining(g ->
                    assertThat(cards.scorecard(s.getKey()).orElseThrow().grades().get(g.getKey()).key())
                            .as("%s grade of %s", g.getKey(), s.getKey()).isEqualTo(g.getValue().asText())));
        }
        if (expect.has("stats")) {
            JsonNode s = expect.get("stats");
            Scorecards.Stats st = cards.stats();
            Map<String, Long> actual = Map.of("events", st.events(), "duplicatesIgnored", st.duplicatesIgnored(),
                    "afterAsOfIgnored", st.afterAsOfIgnored(), "outsideEffectiveIgnored", st.outsideEffectiveIgnored(),
                    "unmatched", st.unmatched());
            s.fields().forEachRemaining(f -> assertThat(actual.get(f.getKey())).as("stat %s", f.getKey())
                    .isEqualTo(f.getValue().asLong()));
        }
        if (expect.has("lines")) {
            expect.get("lines").fields().forEachRemaining(f -> {
                List<List<String>> want = new ArrayList<>();
                f.getValue().forEach(l -> want.add(texts(l)));
                List<List<String>> actual = new ArrayList<>();
                for (ScoreLine l : cards.scorecard(f.getKey()).orElseThrow().lines()) {
                    actual.add(List.of(l.eventId(), l.ruleId(), Points.format(l.requested()), Points.format(l.granted()),
                            l.reason().name()));
                }
                assertThat(actual).as("lines of %s", f.getKey()).containsExactlyElementsOf(want);
            });
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
