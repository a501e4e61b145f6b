package org.jiceng.testkit.cases.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseMetrics;
import org.jiceng.cases.CaseStatus;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.open311.Open311Import;
import org.jiceng.io.open311.Open311Json;
import org.jiceng.io.open311.Open311Mapping;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;

/**
 * Issue #12: a year of cases written as Open311 and read back gives the same metrics: duplicates and
 * rejections stay closed without a fix, and the on-time and overdue counts are unchanged, observed at
 * the year's end (some cases are still open then) and long after.
 */
class Open311RoundTripTest {

    private static final ZoneId CHINA = org.jiceng.core.time.ChinaTime.ZONE;

    @Test
    void aGuanduLikeYearKeepsItsMetricsThroughOpen311() throws IOException {
        CaseYearSpec guandu = CaseYearSpec.guandu(7, 2024);
        // the demo's 2,400 cases a year with Guandu's shares of duplicates, rejections, resolutions and reopens
        CaseYearSpec spec = new CaseYearSpec(guandu.seed(), guandu.year(), 2_400, guandu.catalogue(), guandu.areaIds(),
                guandu.duplicateShare(), guandu.rejectShare(), guandu.resolveShare(), guandu.onTimeShare(),
                guandu.reopenShare());
        List<Case> year = CaseYearGenerator.generate(spec);
        Open311Mapping mapping = Open311Mapping.using(spec.catalogue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Open311Json.writeCases(year, mapping, out);
        Open311Import<Case> back = Open311Json.readCases(ImportSource.of("requests.json", out.toByteArray()),
                ImportOptions.defaults(), mapping);
        assertThat(back.report().isClean()).as(back.report().summary()).isTrue();
        assertThat(back.records()).hasSameSizeAs(year);

        Instant from = LocalDate.of(2024, 1, 1).atStartOfDay(CHINA).toInstant();
        Instant to = LocalDate.of(2025, 1, 1).atStartOfDay(CHINA).toInstant();
        for (Instant asOf : List.of(to, to.plusSeconds(400L * 86_400))) {
            CaseMetrics before = CaseMetrics.over(year, from, to, asOf);
            CaseMetrics after = CaseMetrics.over(back.records(), from, to, asOf);
            assertThat(before.count(CaseStatus.DUPLICATE)).as("the year has duplicates").isPositive();
            assertThat(before.count(CaseStatus.REJECTED)).as("the year has rejections").isPositive();
            assertThat(after.received()).isEqualTo(before.received());
            assertThat(after.accepted()).as("accepted as of %s", asOf).isEqualTo(before.accepted());
            assertThat(after.resolved()).as("resolved as of %s", asOf).isEqualTo(before.resolved());
            assertThat(after.resolvedOnTime()).as("on time as of %s", asOf).isEqualTo(before.resolvedOnTime());
            assertThat(after.overdue()).as("overdue as of %s", asOf).isEqualTo(before.overdue());
            assertThat(after.count(CaseStatus.DUPLICATE)).isEqualTo(before.count(CaseStatus.DUPLICATE));
            assertThat(after.count(CaseStatus.REJECTED)).isEqualTo(before.count(CaseStatus.REJECTED));
            assertThat(after.medianTimeToResolve()).isEqualTo(before.medianTimeToResolve());
        }
    }
}
