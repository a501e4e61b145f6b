package org.jiceng.testkit.cases.anticipate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseLocation;
import org.jiceng.cases.CaseMetrics;
import org.jiceng.cases.Situation;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.cases.anticipate.Anticipation;
import org.jiceng.cases.anticipate.AnticipationReport;
import org.jiceng.cases.anticipate.AnticipationRules;
import org.jiceng.cases.anticipate.Anticipator;
import org.jiceng.cases.anticipate.Excluded;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.cases.anticipate.Visit;
import org.jiceng.testkit.cases.sample.VisitYear;
import org.jiceng.testkit.cases.sample.VisitYearGenerator;
import org.jiceng.testkit.cases.sample.VisitYearSpec;

class AnticipationPropertiesTest {

    private static final Anticipator ANTICIPATOR = Anticipation.anticipator(AnticipationRules.builtIn());
    private static final List<Situation> SITUATIONS = SituationCatalogue.defaults().situations();

    /** A 6 × 6 lattice, lighter than the small year so that many tries stay quick, with planted patterns. */
    private static VisitYear year(long seed) {
        return VisitYearGenerator.generate(new VisitYearSpec(seed, 2024, 6, 6, 400, 1000, 0.3,
                SituationCatalogue.defaults(), true));
    }

    @Property
    void findingsAndExclusionsDoNotDependOnInputOrder(@ForAll long seed, @ForAll long shuffle) {
        VisitYear year = year(seed);
        List<Case> cases = new ArrayList<>(year.cases());
        List<Visit> visits = new ArrayList<>(year.visits());
        Random random = new Random(shuffle);
        Collections.shuffle(cases, random);
        Collections.shuffle(visits, random);
        AnticipationReport ordered = ANTICIPATOR.detect(year.input());
        AnticipationReport shuffled = ANTICIPATOR.detect(year.input(cases, visits));
        assertThat(shuffled.findings()).isEqualTo(ordered.findings());
        assertThat(shuffled.signals()).isEqualTo(ordered.signals());
        Comparator<Excluded> byId = Comparator.comparing(Excluded::id).thenComparing(Excluded::reason);
        assertThat(sorted(shuffled.excluded(), byId)).isEqualTo(sorted(ordered.excluded(), byId));
    }

    @Property
    void addingCasesAndVisitsThreeStepsAwayDoesNotChangeAGridsFindings(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 300) int extra, @ForAll long placement) {
        VisitYear year = year(seed);
        // The grid: where a pattern was planted, so that it has findings to keep.
        String grid = year.planted().get((int) Math.floorMod(placement, year.planted().size())).gridIds().get(0);
        List<String> far = year.grids().stream().filter(g -> year.distance(g, grid) >= 3).toList();
        Random random = new Random(placement);
        List<Case> cases = new ArrayList<>(year.cases());
        List<Visit> visits = new ArrayList<>(year.visits());
        Instant start = LocalDate.of(2024, 1, 1).atStartOfDay(org.jiceng.core.time.ChinaTime.ZONE).toInstant();
        for (int i = 0; i < extra; i++) {
            String where = far.get(random.nextInt(far.size()));
            Situation s = SITUATIONS.get(random.nextInt(SITUATIONS.size()));
            if (random.nextBoolean()) {
                cases.add(Case.builder("EXTRA-C" + i, s).location(new CaseLocation(Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(where))).receivedAt(start.plus(Duration.ofMinutes(
                                random.nextInt(366 * 24 * 60))), "extra").build());
            } else {
                visits.add(Visit.of("EXTRA-V" + i, where, "extra", LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366)),
                        List.of(s.code())));
            }
        }
        List<Finding> before = naming(grid, ANTICIPATOR.detect(year.input()).findings());
        List<Finding> after = naming(grid, ANTICIPATOR.detect(year.input(cases, visits)).findings());
        assertThat(before).isNotEmpty();
        assertThat(after).isEqualTo(before);
    }

    private static List<Finding> naming(String grid, List<Finding> findings) {
        return findings.stream().filter(f -> f.gridIds().contains(grid)).toList();
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return copy;
    }
}
