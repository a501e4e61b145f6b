package org.jiceng.io.mapping;

import java.util.List;
import java.util.Objects;

/**
 * One column of a {@link TableMapping}, as the mapping resolved it.
 *
 * @param component the record component it fills; also the column's English header
 * @param header the header written by Chinese exports
 * @param aliases further headers accepted on import
 * @param required whether an empty cell rejects the row
 * @param personal how the value is masked; never {@link PersonalData#AUTO} (resolved)
 */
public record MappedColumn(String component, String header, List<String> aliases, boolean required,
        PersonalData personal) {

    /**
     * Checks and copies.
     *
     * @param component the record component it fills
     * @param header the header written by Chinese exports
     * @param aliases further headers accepted on import
     * @param required whether an empty cell rejects the row
     * @param personal how the value is masked
     */
    public MappedColumn {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(header, "header");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(personal, "personal");
    }
}
