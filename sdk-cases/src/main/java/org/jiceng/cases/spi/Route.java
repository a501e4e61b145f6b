package org.jiceng.cases.spi;

import static org.jiceng.core.model.Checks.list;
import static org.jiceng.core.model.Checks.nonNull;

import java.util.List;
import java.util.Optional;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseLocation;

/**
 * Where a case goes: its grid, its community, and the departments to summon.
 *
 * @param gridId the grid responsible, when found
 * @param communityId the community responsible, when found
 * @param departments the departments to summon, first leads; distinct
 */
public record Route(Optional<String> gridId, Optional<String> communityId, List<String> departments) {

    /**
     * Normalises and checks the departments are distinct.
     *
     * @param gridId the grid responsible, when found
     * @param communityId the community responsible, when found
     * @param departments the departments to summon, first leads; distinct
     */
    public Route {
        gridId = nonNull(gridId, "gridId");
        communityId = nonNull(communityId, "communityId");
        departments = list(departments, "departments");
        if (departments.stream().distinct().count() != departments.size()) {
            throw new IllegalArgumentException("Route departments must be distinct, were " + departments);
        }
    }

    /**
     * @param c a case
     * @return the case with this route's grid and community written into its location (parts this route
     *     did not find are left as they were); the trail is unchanged
     */
    public Case applyTo(Case c) {
        CaseLocation location = c.location();
        if (gridId.isPresent()) {
            location = location.withGrid(gridId.get());
        }
        if (communityId.isPresent()) {
            location = location.withArea(communityId.get());
        }
        return c.withLocation(location);
    }
}
