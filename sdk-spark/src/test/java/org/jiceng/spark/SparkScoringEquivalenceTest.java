package org.jiceng.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.jiceng.scoring.ConflictPolicy;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.Scorecard;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;
import org.jiceng.scoring.ScoringProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The distributed scorecards are byte for byte the single-machine ones, hashed over all scorecard
 * JSON, and the distributed problems are the single-machine problems, under every conflict policy.
 */
class SparkScoringEquivalenceTest {

    private static final RuleSet PACK = RuleSets.builtIn(SyntheticEvents.RULE_SET);

    @Test
    void twoMillionEventsWithConflictingCopiesAcrossPartitionsAndSubjectsScoreAsOnOneMachineUnderReject()
            throws Exception {
        SyntheticEvents workload = new SyntheticEvents(2_000_000, 100_000, 42);
        assertEquivalent(workload.list(), workload.dataset(SharedSpark.session(), 4), ScoringOptions.Detail.TOTALS,
                ConflictPolicy.REJECT, 2_000_000);
    }

    @Test
    void explainedLinesAreTheSingleMachineLinesToo() throws Exception {
        SyntheticEvents workload = new SyntheticEvents(100_000, 5_000, 7);
        assertEquivalent(workload.list(), workload.dataset(SharedSpark.session(), 4), ScoringOptions.Detail.LINES,
                ConflictPolicy.REJECT, 100_000);
    }

    @ParameterizedTest
    @EnumSource(value = ConflictPolicy.class, names = {"FIRST_WINS", "LAST_WINS"})
    void firstAndLastWinsWithSameTimeTiesScoreAndReportAsOnOneMachine(ConflictPolicy policy) throws Exception {
        List<Event> events = new ArrayList<>(new SyntheticEvents(60_000, 3_000, 11).list());
        List<Event> ties = ties();
        events.addAll(ties);
        Dataset<Row> dataset = SparkEvents.of(SharedSpark.session(), events).repartition(4);
        Scorecards single = assertEquivalent(events, dataset, ScoringOptions.Detail.LINES, policy, events.size());
        // The hand-made ties are decided as the policy says: rejected when the deciding time is shared.
        String rejectedTie = policy == ConflictPolicy.FIRST_WINS ? "tie-first-0" : "tie-last-0";
        String wonTie = policy == ConflictPolicy.FIRST_WINS ? "tie-last-0" : "tie-first-0";
        assertThat(single.problems()).filteredOn(p -> p.eventId().equals(rejectedTie))
                .extracting(ScoringProblem::kind).containsOnly(ScoringProblem.Kind.CONFLICTING_EVENT_ID).hasSize(3);
        assertThat(single.problems()).filteredOn(p -> p.eventId().equals(wonTie))
                .extracting(ScoringProblem::kind).containsOnly(ScoringProblem.Kind.CONFLICT_RESOLVED).hasSize(3);
        assertThat(single.problems()).filteredOn(p -> p.eventId().startsWith("late-")).isEmpty();
    }

    /**
     * Copies of ids made for the policies: {@code tie-first-k} has two copies at one time and a later
     * one (FIRST_WINS has no first: rejected; LAST_WINS keeps the later), {@code tie-last-k} two copies
     * at one time and an earlier one (the other way round); {@code late-k} has a copy after
     * {@code asOf}, which is dropped before the ids are resolved, so there is no conflict.
     */
    private static List<Event> ties() {
        List<Event> out = new ArrayList<>();
        Instant t = Instant.parse("2025-03-03T03:03:03.000303Z");
        for (int k = 0; k < 40; k++) {
            Instant at = t.plusSeconds(3_600L * k);
            String a = "member-" + (k * 7 % 3_000);
            String b = "member-" + (k * 7 % 3_000 + 1);
            String c = "member-" + (k * 7 % 3_000 + 2);
            out.add(visit("tie-first-" + k, a, at, 1));
            out.add(visit("tie-first-" + k, b, at, 2));
            out.add(visit("tie-first-" + k, c, at.plusSeconds(60), 3));
            out.add(visit("tie-last-" + k, c, at, 1));
            out.add(visit("tie-last-" + k, b, at, 2));
            out.add(visit("tie-last-" + k, a, at.minusSeconds(60), 3));
            out.add(visit("late-" + k, a, at, 1));
            out.add(visit("late-" + k, b, SyntheticEvents.AS_OF.plusSeconds(1 + k), 2));
        }
        return out;
    }

    private static Event visit(String id, String subject, Instant time, int households) {
        return new Event(id, EventTypes.HOUSEHOLD_VISIT, subject, time, BigDecimal.valueOf(households), Optional.empty(),
                Map.of());
    }

    private static Scorecards assertEquivalent(List<Event> list, Dataset<Row> events, ScoringOptions.Detail detail,
            ConflictPolicy policy, long n) throws Exception {
        Scorecards single = ScoringEngine.compile(PACK).score(list, SyntheticEvents.AS_OF,
                new ScoringOptions(detail, false, policy));
        // The workload must exercise what the test is about.
        assertThat(single.stats().events()).isEqualTo(n);
        assertThat(single.stats().duplicatesIgnored()).isGreaterThan(n / 100);
        assertThat(single.stats().afterAsOfIgnored()).isGreaterThan(n / 200);
        assertThat(single.problems()).hasSizeGreaterThan((int) (n / 200));
        assertThat(single.problems()).extracting(ScoringProblem::kind).contains(policy == ConflictPolicy.REJECT
                ? ScoringProblem.Kind.CONFLICTING_EVENT_ID : ScoringProblem.Kind.CONFLICT_RESOLVED);
        String expected = hash(single.bySubject().values().stream().map(Scorecard::toJson).iterator());
        int subjects = single.bySubject().size();
        List<ScoringProblem> expectedProblems = single.problems();

        Dataset<Row> cards = SparkScoring.score(events, PACK, SyntheticEvents.AS_OF, detail, policy);
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        cards.select("subject_id", "json").toLocalIterator()
                .forEachRemaining(r -> rows.add(Map.entry(r.getString(0), r.getString(1))));
        rows.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        assertThat(rows).hasSize(subjects);
        assertThat(hash(rows.stream().map(Map.Entry::getValue).iterator())).isEqualTo(expected);

        List<ScoringProblem> problems = new ArrayList<>();
        SparkScoring.problems(events, SyntheticEvents.AS_OF, policy).toLocalIterator().forEachRemaining(r -> {
            ScoringProblem p = new ScoringProblem(ScoringProblem.Kind.valueOf(r.getString(0)), r.getString(1),
                    r.getString(2), r.getString(3), r.getString(4));
            assertThat(r.getBoolean(5)).isEqualTo(p.kind().rejectsSubject());
            problems.add(p);
        });
        problems.sort(ScoringProblem.ORDER);
        // Whole records: the Chinese detail must be the engine's too, not the English one copied.
        assertThat(problems).isEqualTo(expectedProblems);
        return single;
    }

    private static String hash(Iterator<String> jsons) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        while (jsons.hasNext()) {
            sha.update(jsons.next().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
