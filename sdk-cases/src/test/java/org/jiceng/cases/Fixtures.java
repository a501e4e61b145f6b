package org.jiceng.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Shared test data: the built-in catalogue and a few cases at known moments. */
final class Fixtures {

    static final SituationCatalogue CATALOGUE = SituationCatalogue.defaults();
    static final Instant T0 = Instant.parse("2024-03-01T01:00:00Z");

    private Fixtures() {
    }

    static Instant hours(double h) {
        return T0.plus(Duration.ofMinutes(Math.round(h * 60)));
    }

    /** A 占道经营 case (respond 2 h, resolve 48 h) received at T0. */
    static Case received(String id) {
        return Case.builder(id, CATALOGUE.get("P01")).description("占道经营").receivedAt(T0, "grid-worker").build();
    }

    /** Received, whistled to both default departments at +0.5 h. */
    static Case whistled(String id) {
        return received(id).whistle(hours(0.5), "secretary", List.of("urban-management", "market-regulation"), "吹哨");
    }

    /** Whistled, both reported (+1 h and +1.5 h), in progress at +2 h, resolved at +10 h. */
    static Case resolved(String id) {
        return whistled(id).report(hours(1), "urban-management", "到场").report(hours(1.5), "market-regulation", "到场")
                .startWork(hours(2), "urban-management", "").resolve(hours(10), "urban-management", "已清理");
    }
}
