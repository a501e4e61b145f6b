package org.jiceng.scoring;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.jiceng.core.model.EventTypes;

/** Event types for property tests of the party-member packs: every type they score, and one they do not. */
public final class MemberEventTypes {

    private MemberEventTypes() {
    }

    /** @return the six member event types and {@code unknown.type} */
    public static Arbitrary<String> withUnknown() {
        return Arbitraries.of(EventTypes.MEETING_ATTENDED, EventTypes.VOLUNTEER_SERVICE, EventTypes.HOUSEHOLD_VISIT,
                EventTypes.REPORT_SERVICE, EventTypes.MEETING_MISSED, EventTypes.MISCONDUCT, "unknown.type");
    }
}
