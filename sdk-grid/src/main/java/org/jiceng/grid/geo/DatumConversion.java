package org.jiceng.grid.geo;

import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * A geometry converted between datums, and whether the conversion broke its validity: each coordinate
 * moves by a slightly different offset (metres to hundreds of metres), so parts that nearly touch can in
 * principle come to touch or cross. The conversion never repairs in silence.
 *
 * @param geometry the converted geometry, same type and structure as the input
 * @param invalidAfter the JTS reason when the input was valid and the result is not
 */
public record DatumConversion(Geometry geometry, Optional<String> invalidAfter) {

    /**
     * Validates the components.
     *
     * @param geometry the converted geometry
     * @param invalidAfter the JTS reason when the conversion broke validity
     * @throws NullPointerException if an argument is null
     */
    public DatumConversion {
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(invalidAfter, "invalidAfter");
    }

    /** @return true when the conversion kept a valid input valid (or the input was already invalid) */
    public boolean keptValidity() {
        return invalidAfter.isEmpty();
    }
}
