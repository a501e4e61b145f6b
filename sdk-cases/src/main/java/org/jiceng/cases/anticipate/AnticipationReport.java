package org.jiceng.cases.anticipate;

import static org.jiceng.core.model.Checks.list;
import static org.jiceng.core.model.Checks.nonBlank;

import java.util.List;

/**
 * The result of {@link Anticipator#detect}: the findings and every record that gave no signal.
 *
 * @param rulesId the rule set's id
 * @param rulesVersion the rule set's version
 * @param signals the number of signals counted
 * @param findings the findings in {@link Finding#ORDER}
 * @param excluded cases and visits (or visits' situations) not counted, with the reason, in input order
 */
public record AnticipationReport(String rulesId, String rulesVersion, int signals, List<Finding> findings,
        List<Excluded> excluded) {

    /**
     * Copies the lists.
     *
     * @param rulesId the rule set's id
     * @param rulesVersion the rule set's version
     * @param signals the number of signals counted
     * @param findings the findings in {@link Finding#ORDER}
     * @param excluded cases and visits not counted, with the reason
     */
    public AnticipationReport {
        nonBlank(rulesId, "rulesId");
        nonBlank(rulesVersion, "rulesVersion");
        findings = list(findings, "findings");
        excluded = list(excluded, "excluded");
    }

    /**
     * @param detector a detector name
     * @return the findings it raised
     */
    public List<Finding> findings(String detector) {
        return findings.stream().filter(f -> f.detector().equals(detector)).toList();
    }
}
