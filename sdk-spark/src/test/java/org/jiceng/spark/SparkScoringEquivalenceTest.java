package org.jiceng.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.Scorecard;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;
import org.junit.jupiter.api.Test;

/** The distributed scorecards are byte for byte the single-machine ones, hashed over all scorecard JSON. */
class SparkScoringEquivalenceTest {

    private static final RuleSet PACK = RuleSets.builtIn(SyntheticEvents.RULE_SET);

    @Test
    void twoMillionEventsWithCrossPartitionDuplicatesScoreAsOnOneMachine() throws Exception {
        SyntheticEvents workload = new SyntheticEvents(2_000_000, 100_000, 42);
        assertEquivalent(workload, ScoringOptions.Detail.TOTALS, 2_000_000);
    }

    @Test
    void explainedLinesAreTheSingleMachineLinesToo() throws Exception {
        SyntheticEvents workload = new SyntheticEvents(100_000, 5_000, 7);
        assertEquivalent(workload, ScoringOptions.Detail.LINES, 100_000);
    }

    private static void assertEquivalent(SyntheticEvents workload, ScoringOptions.Detail detail, long n) throws Exception {
        Scorecards single = ScoringEngine.compile(PACK).score(workload.list(), SyntheticEvents.AS_OF,
                new ScoringOptions(detail, false));
        // The workload must exercise what the test is about.
        assertThat(single.stats().events()).isEqualTo(n);
        assertThat(single.stats().duplicatesIgnored()).isGreaterThan(n / 100);
        assertThat(single.stats().afterAsOfIgnored()).isGreaterThan(n / 200);
        String expected = hash(single.bySubject().values().stream().map(Scorecard::toJson).iterator());
        int subjects = single.bySubject().size();
        single = null;

        Dataset<Row> events = workload.dataset(SharedSpark.session(), 4);
        Dataset<Row> cards = SparkScoring.score(events, PACK, SyntheticEvents.AS_OF, detail);
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        cards.select("subject_id", "json").toLocalIterator()
                .forEachRemaining(r -> rows.add(Map.entry(r.getString(0), r.getString(1))));
        rows.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        assertThat(rows).hasSize(subjects);
        assertThat(hash(rows.stream().map(Map.Entry::getValue).iterator())).isEqualTo(expected);
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
