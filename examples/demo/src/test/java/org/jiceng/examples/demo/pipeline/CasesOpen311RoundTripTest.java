package org.jiceng.examples.demo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseMetrics;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.examples.demo.generate.DistrictGenerator;
import org.jiceng.examples.demo.generate.DistrictSpec;
import org.jiceng.examples.demo.generate.GeneratedDistrict;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.open311.Open311Import;
import org.jiceng.io.open311.Open311Json;
import org.jiceng.io.open311.Open311Mapping;
import org.jiceng.io.open311.Open311Xml;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;

/**
 * Issue #12: the demo's cases, exported as Open311 (as its {@code open311-requests.json}) and read
 * back, give the same case metrics as the demo reports: duplicates and rejections are not resolved,
 * on-time and overdue counts are equal; in JSON and in XML.
 */
class CasesOpen311RoundTripTest {

    @Test
    void theDemosCasesKeepTheirMetricsThroughOpen311JsonAndXml() throws IOException {
        DistrictSpec spec = DistrictSpec.small();
        GeneratedDistrict district = DistrictGenerator.generate(spec, 42);
        Instant from = LocalDate.of(spec.year(), 1, 1).atStartOfDay(org.jiceng.core.time.ChinaTime.ZONE).toInstant();
        Instant to = LocalDate.of(spec.year() + 1, 1, 1).atStartOfDay(org.jiceng.core.time.ChinaTime.ZONE).toInstant();
        CasesStep.Result demo = CasesStep.run(district.cases(), from, to);
        CaseMetrics before = demo.metrics();
        assertThat(before.count(CaseStatus.DUPLICATE) + before.count(CaseStatus.REJECTED)).isPositive();

        Open311Mapping mapping = Open311Mapping.using(SituationCatalogue.defaults());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        Open311Json.writeCases(demo.cases(), mapping, json);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        Open311Xml.writeCases(demo.cases(), mapping, xml);
        for (Open311Import<Case> back : List.of(
                Open311Json.readCases(ImportSource.of("open311-requests.json", json.toByteArray()),
                        ImportOptions.defaults(), mapping),
                Open311Xml.readCases(ImportSource.of("open311-requests.xml", xml.toByteArray()),
                        ImportOptions.defaults(), mapping))) {
            assertThat(back.report().isClean()).as(back.report().summary()).isTrue();
            CaseMetrics after = CaseMetrics.over(back.records(), from, to, to);
            assertThat(after.received()).isEqualTo(before.received());
            assertThat(after.accepted()).isEqualTo(before.accepted());
            assertThat(after.resolved()).isEqualTo(before.resolved());
            assertThat(after.resolvedOnTime()).isEqualTo(before.resolvedOnTime());
            assertThat(after.overdue()).isEqualTo(before.overdue());
            assertThat(after.count(CaseStatus.DUPLICATE)).isEqualTo(before.count(CaseStatus.DUPLICATE));
            assertThat(after.count(CaseStatus.REJECTED)).isEqualTo(before.count(CaseStatus.REJECTED));
        }
    }
}
