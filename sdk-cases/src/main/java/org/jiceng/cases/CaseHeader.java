package org.jiceng.cases;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import java.util.Optional;

/**
 * The fixed part of a case: everything but its trail. Its constructor holds the rules of these
 * components, which {@link Case} applies through it; a store writes it once, when the case is created,
 * and its hash starts the case's chain.
 *
 * @param id case identifier
 * @param kind whistle kind or complaint
 * @param category situation code
 * @param description what was reported
 * @param location where
 * @param reporter who reported it (masked)
 * @param secretaryId the responsible secretary, when assigned
 * @param deadlines SLA deadlines
 */
public record CaseHeader(String id, WhistleKind kind, String category, String description, CaseLocation location,
        Reporter reporter, Optional<String> secretaryId, Deadlines deadlines) {

    /**
     * Validates required components.
     *
     * @param id case identifier
     * @param kind whistle kind or complaint
     * @param category situation code
     * @param description what was reported
     * @param location where
     * @param reporter who reported it (masked)
     * @param secretaryId the responsible secretary, when assigned
     * @param deadlines SLA deadlines
     */
    public CaseHeader {
        nonBlank(id, "Case id");
        nonNull(kind, "Case " + id + " kind");
        nonBlank(category, "Case " + id + " category");
        description = nonNull(description, "description");
        location = nonNull(location, "location");
        reporter = nonNull(reporter, "reporter");
        secretaryId = nonNull(secretaryId, "secretaryId").filter(s -> !s.isBlank());
        nonNull(deadlines, "Case " + id + " deadlines");
    }

    /**
     * @param trail the case's trail
     * @return the case
     */
    public Case withTrail(CaseTrail trail) {
        return new Case(id, kind, category, description, location, reporter, secretaryId, deadlines, trail);
    }
}
