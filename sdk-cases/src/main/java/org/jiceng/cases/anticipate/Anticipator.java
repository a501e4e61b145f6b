package org.jiceng.cases.anticipate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jiceng.cases.anticipate.internal.SignalExtractor;
import org.jiceng.cases.anticipate.spi.DetectionContext;
import org.jiceng.cases.anticipate.spi.Detector;

/**
 * A rule set bound to its detectors, ready to run on inputs; immutable and thread-safe. Make one with
 * {@link Anticipation#anticipator}.
 */
public final class Anticipator {

    private final AnticipationRules rules;
    private final Map<String, Detector> detectors;

    Anticipator(AnticipationRules rules, Map<String, Detector> detectors) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.detectors = Collections.unmodifiableMap(new LinkedHashMap<>(detectors));
    }

    /** @return the rule set */
    public AnticipationRules rules() {
        return rules;
    }

    /** @return the detector names, in rule-set order */
    public List<String> detectorNames() {
        return List.copyOf(detectors.keySet());
    }

    /**
     * Turns cases and visits into signals, bins them and runs every detector.
     *
     * @param input cases, visits, grids, neighbours, situations and period
     * @return the findings, sorted, and the records not counted with their reasons
     */
    public AnticipationReport detect(AnticipationInput input) {
        SignalExtractor.Result extracted = SignalExtractor.extract(input);
        SignalCube cube = cube(input, extracted.signals());
        return new AnticipationReport(rules.id(), rules.version(), extracted.signals().size(), detect(cube),
                extracted.excluded());
    }

    static SignalCube cube(AnticipationInput input, List<Signal> signals) {
        List<String> situations = input.catalogue().situations().stream().map(s -> s.code()).toList();
        return SignalCube.of(input.from(), input.to(), input.grids(), situations, input.neighbours(), signals);
    }

    /**
     * Runs every detector on binned signals.
     *
     * @param cube the signals
     * @return the findings in {@link Finding#ORDER}
     */
    public List<Finding> detect(SignalCube cube) {
        DetectionContext context = new DetectionContext(cube, rules.alpha());
        List<Finding> findings = new ArrayList<>();
        detectors.values().forEach(d -> findings.addAll(d.detect(context)));
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }
}
