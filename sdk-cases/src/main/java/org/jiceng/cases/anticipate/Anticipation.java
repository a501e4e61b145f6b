package org.jiceng.cases.anticipate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.cases.anticipate.spi.DetectorProvider;
import org.jiceng.core.spi.LoadedPlugins;
import org.jiceng.core.spi.Plugins;

/**
 * Entry point of 未诉先办 (anticipating demands before anyone complains):
 * <pre>{@code
 * AnticipationInput input = new AnticipationInput(cases, visits, gridIds, neighbours,
 *         SituationCatalogue.defaults(), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
 * AnticipationReport report = Anticipation.anticipator(AnticipationRules.builtIn()).detect(input);
 * for (Finding f : report.findings()) {
 *     Case task = ProactiveTasks.open(f, catalogue, "P-" + f.id(), now, "street-office");
 * }
 * }</pre>
 * Detection is deterministic and explained: every {@link Finding} carries its counts, baseline, tail
 * probability and the ids of the cases and visits behind it.
 *
 * <p><b>Statistics.</b> Each grid is compared only with its own history (the weeks just before the
 * window) by a conditional test that accounts for how short that history is: two Poisson counts for
 * emerging and cluster findings, Fisher's exact test on active weeks for recurring ones. Each weekly look
 * of a detector tests every grid × situation series; a test passes when its tail probability is at most
 * {@code alpha / (grids × situations)} (Bonferroni). Bonferroni rather than Benjamini–Hochberg because
 * (1) the threshold depends only on what was declared, so a grid's findings never change when signals
 * are added in unrelated grids — with Benjamini–Hochberg a grid's verdict depends on every other grid's
 * p-value; (2) it bounds the chance of any false finding in one detector's weekly look by {@code alpha}
 * (family-wise), so a quiet district stays quiet: at most {@code 52 × alpha} weeks with a false finding
 * per detector and year, far fewer in practice because counts are discrete and the minimum counts cut
 * most chance rises. The price is power: a rise must be stronger to pass, which the minimum counts and
 * windows of the rule set make explicit. Measured on the testkit's pattern-free synthetic years, see
 * {@code org.jiceng.testkit.cases.anticipate.FalseFindingRateTest}.
 */
public final class Anticipation {

    private Anticipation() {
    }

    /**
     * The signals of an input binned per grid × situation × week, as {@link Anticipator#detect} sees them
     * (for detectors' own tests and for reports; the records that gave no signal are in
     * {@link AnticipationReport#excluded()}).
     *
     * @param input cases, visits, grids, neighbours, situations and period
     * @return the cube
     */
    public static SignalCube cube(AnticipationInput input) {
        return Anticipator.cube(input, signals(input));
    }

    /**
     * The signals of an input, in input order: one per counted case, one per situation of a visit.
     *
     * @param input cases, visits, grids, neighbours, situations and period
     * @return the signals (the records that gave none are in {@link AnticipationReport#excluded()})
     */
    public static List<Signal> signals(AnticipationInput input) {
        return org.jiceng.cases.anticipate.internal.SignalExtractor.extract(input).signals();
    }

    /**
     * Binds a rule set to detectors loaded through {@link Plugins#forDefaultClassLoader()}.
     *
     * @param rules the rule set
     * @return the anticipator
     * @throws AnticipationRulesException when the rule set names a detector that is not installed or gives
     *     it wrong parameters
     */
    public static Anticipator anticipator(AnticipationRules rules) {
        return anticipator(rules, Plugins.forDefaultClassLoader());
    }

    /**
     * @param rules the rule set
     * @param plugins the loader the detectors come from
     * @return the anticipator
     * @throws AnticipationRulesException when the rule set names a detector that is not installed or gives
     *     it wrong parameters
     */
    public static Anticipator anticipator(AnticipationRules rules, Plugins plugins) {
        LoadedPlugins<DetectorProvider> loaded = plugins.load(DetectorProvider.class);
        Map<String, org.jiceng.cases.anticipate.spi.Detector> detectors = new LinkedHashMap<>();
        rules.detectors().forEach((name, settings) -> {
            Optional<DetectorProvider> provider = loaded.find(name);
            if (provider.isEmpty()) {
                StringBuilder problem = new StringBuilder("no detector named '").append(name)
                        .append("' is installed; available: ").append(loaded.names());
                loaded.failures().forEach(f -> problem.append("; not loaded: ").append(f.describe()));
                throw new AnticipationRulesException(rules.source(), settings.path(), problem.toString(), null);
            }
            detectors.put(name, provider.get().create(settings));
        });
        return new Anticipator(rules, detectors);
    }
}
