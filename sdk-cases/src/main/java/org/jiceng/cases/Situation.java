package org.jiceng.cases;

import static org.jiceng.core.model.Checks.list;
import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import java.time.Duration;
import java.util.List;

/**
 * One defined situation (情形) of the catalogue: what the case is about, who is summoned by default and
 * how fast they must act. Guandu defines 46 of them; {@link SituationCatalogue#defaults()} ships a
 * smaller illustrative set and regions load their own.
 *
 * @param code stable code, also the Open311 {@code service_code}
 * @param name display name, also the Open311 {@code service_name}
 * @param group the family of situations (市容环境, 公共设施, ...), the Open311 {@code group}
 * @param kind the whistle kind a case of this situation has by default
 * @param departments departments summoned by default, in order of responsibility (first leads)
 * @param respondWithin time allowed to the departments to report (报到)
 * @param resolveWithin time allowed to resolve the case
 * @param keywords search keywords, the Open311 {@code keywords}
 */
public record Situation(String code, String name, String group, WhistleKind kind, List<String> departments,
        Duration respondWithin, Duration resolveWithin, List<String> keywords) {

    /**
     * Validates the components.
     *
     * @param code stable code, also the Open311 {@code service_code}
     * @param name display name, also the Open311 {@code service_name}
     * @param group the family of situations (市容环境, 公共设施, ...), the Open311 {@code group}
     * @param kind the whistle kind a case of this situation has by default
     * @param departments departments summoned by default, in order of responsibility (first leads)
     * @param respondWithin time allowed to the departments to report (报到)
     * @param resolveWithin time allowed to resolve the case
     * @param keywords search keywords, the Open311 {@code keywords}
     */
    public Situation {
        nonBlank(code, "Situation code");
        nonBlank(name, "Situation " + code + " name");
        nonBlank(group, "Situation " + code + " group");
        nonNull(kind, "Situation " + code + " kind");
        departments = list(departments, "departments");
        departments.forEach(d -> nonBlank(d, "Situation " + code + " department"));
        nonNull(respondWithin, "Situation " + code + " respondWithin");
        nonNull(resolveWithin, "Situation " + code + " resolveWithin");
        if (respondWithin.isNegative() || respondWithin.isZero()) {
            throw new IllegalArgumentException("Situation " + code + " respondWithin must be positive, was "
                    + respondWithin);
        }
        if (resolveWithin.compareTo(respondWithin) < 0) {
            throw new IllegalArgumentException("Situation " + code + " resolveWithin " + resolveWithin
                    + " must not be shorter than respondWithin " + respondWithin);
        }
        keywords = list(keywords, "keywords");
    }
}
