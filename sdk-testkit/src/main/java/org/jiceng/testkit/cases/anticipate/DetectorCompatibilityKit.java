package org.jiceng.testkit.cases.anticipate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jiceng.cases.Case;
import org.jiceng.cases.anticipate.Anticipation;
import org.jiceng.cases.anticipate.AnticipationRulesException;
import org.jiceng.cases.anticipate.DetectorSettings;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.cases.anticipate.SignalCube;
import org.jiceng.cases.anticipate.Visit;
import org.jiceng.cases.anticipate.spi.DetectionContext;
import org.jiceng.cases.anticipate.spi.Detector;
import org.jiceng.cases.anticipate.spi.DetectorProvider;
import org.jiceng.core.spi.Plugins;
import org.jiceng.testkit.cases.sample.VisitYear;
import org.jiceng.testkit.cases.sample.VisitYearGenerator;
import org.jiceng.testkit.cases.sample.VisitYearSpec;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link DetectorProvider}. Vendors extend this class and return their provider and
 * the parameters to test it with:
 * <pre>{@code
 * class MyDetectorTest extends DetectorCompatibilityKit {
 *     protected DetectorProvider provider() { return new MyDetectorProvider(); }
 *     protected DetectorSettings settings() { return new DetectorSettings("mine", "test", Map.of(...)); }
 * }
 * }</pre>
 * The fixture is {@link VisitYearSpec#small(long, boolean)} with planted patterns (seed 7): 36 grids on a
 * 6 × 6 lattice, a year of cases and visits, alpha 0.01. A detector must: load through
 * {@link Plugins}; refuse unknown and missing parameters with an {@link AnticipationRulesException};
 * find nothing without signals; give the same findings every time and whatever the order of the input;
 * raise findings that name itself, declared grids and situations, Mondays inside the period, and evidence
 * whose ids are signals of those grids and that situation, with a probability at most its threshold; and
 * be local: signals added in one grid change no finding whose grids are all three or more lattice steps
 * away from it.
 */
public abstract class DetectorCompatibilityKit {

    private static final VisitYear YEAR = VisitYearGenerator.generate(VisitYearSpec.small(7, true));
    private static final double ALPHA = 0.01;

    /** @return a fresh instance of the provider under test */
    protected abstract DetectorProvider provider();

    /** @return valid parameters for the provider (all of {@link DetectorProvider#parameters()}) */
    protected abstract DetectorSettings settings();

    private Detector detector() {
        return provider().create(settings());
    }

    private List<Finding> detect(List<Case> cases, List<Visit> visits) {
        SignalCube cube = Anticipation.cube(YEAR.input(cases, visits));
        return sorted(detector().detect(new DetectionContext(cube, ALPHA)));
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(Finding.ORDER);
        return copy;
    }

    @Test
    void providerHasAStableNonBlankName() {
        assertThat(provider().name()).isNotBlank().isEqualTo(provider().name());
    }

    @Test
    void providerIsRegisteredForThePluginLoader() {
        DetectorProvider p = provider();
        Optional<DetectorProvider> loaded = Plugins.forDefaultClassLoader().find(DetectorProvider.class, p.name());
        assertThat(loaded).as("META-INF/services/%s lists %s", DetectorProvider.class.getName(),
                p.getClass().getName()).isPresent();
        assertThat(loaded.get()).isInstanceOf(p.getClass());
    }

    @Test
    void settingsGiveExactlyTheDeclaredParameters() {
        assertThat(settings().values().keySet()).isEqualTo(provider().parameters());
    }

    @Test
    void anUnknownParameterIsRefusedWithItsPath() {
        Map<String, BigDecimal> values = new HashMap<>(settings().values());
        values.put("notAParameterOfAnyDetector", BigDecimal.ONE);
        DetectorSettings bad = new DetectorSettings(settings().detector(), "kit.json", values);
        assertThatThrownBy(() -> provider().create(bad)).isInstanceOf(AnticipationRulesException.class)
                .hasMessageContaining("kit.json").hasMessageContaining("notAParameterOfAnyDetector");
    }

    @Test
    void aMissingParameterIsRefused() {
        for (String name : provider().parameters()) {
            Map<String, BigDecimal> values = new HashMap<>(settings().values());
            values.remove(name);
            DetectorSettings bad = new DetectorSettings(settings().detector(), "kit.json", values);
            assertThatThrownBy(() -> provider().create(bad)).as("without %s", name)
                    .isInstanceOf(AnticipationRulesException.class).hasMessageContaining(name);
        }
    }

    @Test
    void findsNothingWithoutSignals() {
        assertThat(detect(List.of(), List.of())).isEmpty();
    }

    @Test
    void givesTheSameFindingsEveryTime() {
        assertThat(detect(YEAR.cases(), YEAR.visits())).isEqualTo(detect(YEAR.cases(), YEAR.visits()));
    }

    @Test
    void findingsDoNotDependOnTheInputOrder() {
        List<Case> cases = new ArrayList<>(YEAR.cases());
        List<Visit> visits = new ArrayList<>(YEAR.visits());
        Collections.shuffle(cases, new Random(3));
        Collections.shuffle(visits, new Random(4));
        assertThat(detect(cases, visits)).isEqualTo(detect(YEAR.cases(), YEAR.visits()));
    }

    @Test
    void findingsAreExplainedByTheirEvidence() {
        SignalCube cube = Anticipation.cube(YEAR.input());
        double threshold = new DetectionContext(cube, ALPHA).threshold();
        for (Finding f : detect(YEAR.cases(), YEAR.visits())) {
            assertThat(f.detector()).isEqualTo(provider().name());
            assertThat(cube.situations()).contains(f.situation());
            assertThat(cube.grids()).containsAll(f.gridIds());
            assertThat(f.firstWeek().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(f.firstWeek()).isAfterOrEqualTo(cube.weekStart(0));
            assertThat(f.lastWeek()).isBefore(cube.weekStart(cube.weeks()));
            assertThat(f.evidence().probability()).isLessThanOrEqualTo(f.evidence().threshold());
            assertThat(f.evidence().threshold()).isLessThanOrEqualTo(threshold);
            assertThat(f.reason()).isNotBlank();
            Set<String> ids = new HashSet<>();
            for (String g : f.gridIds()) {
                cube.series(g, f.situation()).map(s -> s.signals(0, cube.weeks())).orElse(List.of())
                        .forEach(s -> ids.add(s.id()));
            }
            assertThat(ids).as("signals of %s", f.id()).containsAll(f.evidence().caseIds())
                    .containsAll(f.evidence().visitIds());
            assertThat(f.evidence().caseIds().size() + f.evidence().visitIds().size())
                    .as("records behind %s", f.id()).isPositive();
        }
    }

    @Test
    void signalsAddedInOneGridChangeNoFindingThreeStepsAway() {
        String far = YEAR.grids().get(0);
        List<Visit> more = new ArrayList<>(YEAR.visits());
        LocalDate day = LocalDate.of(YEAR.spec().year(), 6, 4);
        for (String situation : Anticipation.cube(YEAR.input()).situations()) {
            for (int i = 0; i < 12; i++) {
                more.add(Visit.of("KIT-" + situation + "-" + i, far, "kit", day.plusDays(i % 10), List.of(situation)));
            }
        }
        List<Finding> before = awayFrom(far, detect(YEAR.cases(), YEAR.visits()));
        List<Finding> after = awayFrom(far, detect(YEAR.cases(), more));
        assertThat(after).isEqualTo(before);
    }

    private static List<Finding> awayFrom(String grid, List<Finding> findings) {
        return findings.stream().filter(f -> f.gridIds().stream().allMatch(g -> YEAR.distance(g, grid) >= 3)).toList();
    }
}
