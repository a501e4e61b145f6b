package org.jiceng.store.jdbc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseLocation;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.core.model.Event;

/** Cases and events shaped like the demo's, for the guarantee tests. */
final class StoreFixtures {

    static final Instant T0 = Instant.parse("2024-03-01T01:00:00Z");

    private StoreFixtures() {
    }

    /** A case received at T0 + n minutes, located in grid g-(n % 3). */
    static Case received(String id, int n) {
        return Case.builder(id, SituationCatalogue.defaults().get("P01")).description("占道经营 " + n)
                .location(CaseLocation.at(102.7, 25.04).withGrid("g-" + (n % 3))).receivedAt(T0.plusSeconds(60L * n),
                        "grid-worker-" + n).build();
    }

    /** The next move of an endless whistle → report → work → resolve → reopen cycle. */
    static AuditEntry nextMove(Case c, String actor) {
        Instant at = c.trail().last().at().plusSeconds(30);
        CaseStatus s = c.status();
        return switch (s) {
            case RECEIVED, REOPENED -> new AuditEntry(at, actor, Optional.of(s), CaseStatus.WHISTLED, "书记吹哨",
                    List.of("urban-management"), Optional.empty());
            case WHISTLED -> new AuditEntry(at, "urban-management", Optional.of(s), CaseStatus.DEPARTMENTS_REPORTED,
                    "已到场", List.of("urban-management"), Optional.empty());
            case DEPARTMENTS_REPORTED -> AuditEntry.move(at, actor, s, CaseStatus.IN_PROGRESS, "");
            case IN_PROGRESS -> AuditEntry.move(at, actor, s, CaseStatus.RESOLVED, "摊点已清理");
            case RESOLVED -> AuditEntry.move(at, actor, s, CaseStatus.REOPENED, "群众反映仍有摊点");
            default -> throw new IllegalStateException("unexpected " + s);
        };
    }

    /** Member-points events for {@code members} members over 2024 (the party-member-points pack's types). */
    static List<Event> memberEvents(int members, int perMember, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] types = {"meeting.attended", "volunteer.service", "household.visit", "meeting.missed"};
        List<Event> out = new ArrayList<>(members * perMember);
        for (int m = 0; m < members; m++) {
            for (int k = 0; k < perMember; k++) {
                String type = types[r.nextInt(types.length)];
                Map<String, String> attributes = type.equals("meeting.attended") && r.nextInt(4) == 0
                        ? Map.of("meeting", "党课") : Map.of();
                BigDecimal quantity = type.equals("volunteer.service") ? BigDecimal.valueOf(1 + r.nextInt(8))
                        : BigDecimal.ONE;
                out.add(new Event(String.format(Locale.ROOT, "ev-%05d-%03d", m, k), type, "member-" + m,
                        Instant.parse("2024-01-02T00:00:00Z").plusSeconds(r.nextLong(360L * 86_400)), quantity,
                        Optional.of("530112001001"), attributes));
            }
        }
        return out;
    }
}
