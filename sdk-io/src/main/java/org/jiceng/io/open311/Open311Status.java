package org.jiceng.io.open311;

import java.util.Arrays;
import org.jiceng.cases.CaseStatus;

/** The two GeoReport v2 request statuses. */
public enum Open311Status {
    /** {@code open}: still being handled. */
    OPEN("open"),
    /** {@code closed}: fixed, or closed without a fix. */
    CLOSED("closed");

    private final String wireName;

    Open311Status(String wireName) {
        this.wireName = wireName;
    }

    /** @return the value on the wire, {@code open} or {@code closed} */
    public String wireName() {
        return wireName;
    }

    /**
     * Maps a case state through its FixMyStreet family: the OPEN family is {@code open}, FIXED and
     * CLOSED_UNFIXED are {@code closed}.
     *
     * @param status a case state
     * @return the Open311 status
     */
    public static Open311Status of(CaseStatus status) {
        return status.isOpen() ? OPEN : CLOSED;
    }

    /**
     * @param wire {@code open} or {@code closed} (case-insensitive)
     * @return the status
     * @throws IllegalArgumentException for any other value
     */
    public static Open311Status fromWire(String wire) {
        return Arrays.stream(values()).filter(s -> s.wireName.equalsIgnoreCase(wire == null ? "" : wire.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "Open311 status must be 'open' or 'closed', was '" + wire + "'"));
    }
}
