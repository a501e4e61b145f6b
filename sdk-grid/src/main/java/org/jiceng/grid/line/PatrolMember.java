package org.jiceng.grid.line;

import java.util.Objects;
import java.util.Optional;

/**
 * A member (e.g. a party member) to assign to a segment.
 *
 * @param id person id
 * @param homeAreaCode the area (community) the member lives or is registered in, when known
 */
public record PatrolMember(String id, Optional<String> homeAreaCode) {

    /**
     * Validates the components.
     *
     * @param id person id
     * @param homeAreaCode the area (community) the member lives or is registered in, when known
     * @throws NullPointerException if {@code id} or {@code homeAreaCode} is null
     */
    public PatrolMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(homeAreaCode, "homeAreaCode");
    }
}
