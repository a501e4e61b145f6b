package org.jiceng.io.open311;

import java.util.Arrays;

/** The GeoReport v2 service {@code type}: how the service handles requests. */
public enum ServiceType {
    /** {@code realtime}: requests get an id at once. */
    REALTIME("realtime"),
    /** {@code batch}: requests get a token first, an id later. */
    BATCH("batch"),
    /** {@code blackbox}: no status updates are given. */
    BLACKBOX("blackbox");

    private final String wireName;

    ServiceType(String wireName) {
        this.wireName = wireName;
    }

    /** @return the value on the wire */
    public String wireName() {
        return wireName;
    }

    /**
     * @param wire {@code realtime}, {@code batch} or {@code blackbox} (case-insensitive)
     * @return the type
     * @throws IllegalArgumentException for any other value
     */
    public static ServiceType fromWire(String wire) {
        return Arrays.stream(values()).filter(s -> s.wireName.equalsIgnoreCase(wire == null ? "" : wire.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "Open311 service type must be realtime, batch or blackbox, was '" + wire + "'"));
    }
}
