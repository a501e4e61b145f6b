package org.jiceng.benchmarks.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;

/**
 * A deterministic, realistic party-member workload for the built-in {@code party-member-points} pack:
 * 18 months of meetings (a quarter of them 党课), volunteer hours, household visits, 报到 services,
 * missed meetings and conduct cases, about 1% replayed events and a few events of unknown types.
 * Caps bind regularly (members attend more meetings and serve more hours than the monthly caps allow).
 */
public final class MemberWorkload {

    /** The pack the workload is written for. */
    public static final String RULE_SET = "party-member-points";
    /** Scoring instant: 2025-07-01 00:00 in Shanghai. */
    public static final Instant AS_OF = Instant.parse("2025-06-30T16:00:00Z");

    private static final long START = Instant.parse("2023-12-20T00:00:00Z").getEpochSecond();
    private static final long SPAN = Instant.parse("2025-07-10T00:00:00Z").getEpochSecond() - START;
    private static final Map<String, String> LECTURE = Map.of("meeting", "党课");
    private static final Map<String, String> BRANCH_MEETING = Map.of("meeting", "支部党员大会");
    private static final BigDecimal[] HOURS = new BigDecimal[16];

    static {
        for (int i = 0; i < HOURS.length; i++) {
            // 0.5 to 8 hours in half-hour steps: whole numbers take the allocation-free path, halves do not.
            HOURS[i] = BigDecimal.valueOf((i + 1) * 5L, 1).stripTrailingZeros();
            if (HOURS[i].scale() < 0) {
                HOURS[i] = HOURS[i].setScale(0);
            }
        }
    }

    private MemberWorkload() {
    }

    /**
     * @param events number of events (replays included)
     * @param subjects number of members
     * @param seed random seed
     * @return the events, in generation (not time) order
     */
    public static List<Event> generate(int events, int subjects, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] names = new String[subjects];
        for (int i = 0; i < subjects; i++) {
            names[i] = "member-" + i;
        }
        Optional<String> noArea = Optional.empty();
        List<Event> out = new ArrayList<>(events);
        while (out.size() < events) {
            if (!out.isEmpty() && random.nextInt(100) == 0) {
                out.add(out.get(random.nextInt(out.size())));
                continue;
            }
            String id = "ev-" + out.size();
            String subject = names[random.nextInt(subjects)];
            Instant time = Instant.ofEpochSecond(START + random.nextLong(SPAN));
            int roll = random.nextInt(100);
            Event e;
            if (roll < 35) {
                Map<String, String> attrs = random.nextInt(4) == 0 ? LECTURE : BRANCH_MEETING;
                e = new Event(id, EventTypes.MEETING_ATTENDED, subject, time, BigDecimal.ONE, noArea, attrs);
            } else if (roll < 55) {
                e = new Event(id, EventTypes.VOLUNTEER_SERVICE, subject, time, HOURS[random.nextInt(HOURS.length)], noArea, Map.of());
            } else if (roll < 73) {
                e = new Event(id, EventTypes.HOUSEHOLD_VISIT, subject, time, BigDecimal.valueOf(1 + random.nextInt(3)), noArea, Map.of());
            } else if (roll < 90) {
                e = new Event(id, EventTypes.REPORT_SERVICE, subject, time, BigDecimal.ONE, noArea, Map.of());
            } else if (roll < 95) {
                e = new Event(id, EventTypes.MEETING_MISSED, subject, time, BigDecimal.ONE, noArea, Map.of());
            } else if (roll < 97) {
                e = new Event(id, EventTypes.MISCONDUCT, subject, time, BigDecimal.valueOf(1 + random.nextInt(3)), noArea, Map.of());
            } else {
                e = new Event(id, "training.credit", subject, time, BigDecimal.ONE, noArea, Map.of());
            }
            out.add(e);
        }
        return out;
    }
}
