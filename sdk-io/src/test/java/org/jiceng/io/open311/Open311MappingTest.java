package org.jiceng.io.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseLocation;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.Situation;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.cases.WhistleKind;
import org.junit.jupiter.api.Test;

class Open311MappingTest {

    private static final SituationCatalogue CATALOGUE = SituationCatalogue.defaults();
    private static final Open311Mapping MAPPING = Open311Mapping.using(CATALOGUE);
    private static final Instant T0 = Instant.parse("2024-05-06T02:00:00Z");

    private static Case whistled() {
        return Case.builder("R-1", CATALOGUE.get("P05")).description("路灯不亮")
                .location(CaseLocation.at(102.75, 25.03).withAddress("关上街道 1 号"))
                .receivedAt(T0, "12345").build()
                .whistle(T0.plusSeconds(600), "sec", List.of("power-supply"), "请供电局报到");
    }

    @Test
    void serviceListHasOneServicePerSituation() {
        List<Service> services = MAPPING.serviceList();
        assertThat(services).hasSize(CATALOGUE.size());
        Service s = services.stream().filter(x -> x.serviceCode().equals("P01")).findFirst().orElseThrow();
        assertThat(s.serviceName()).isEqualTo("占道经营");
        assertThat(s.group()).isEqualTo("市容环境");
        assertThat(s.keywords()).containsExactly("摊贩", "占道", "流动摊点");
        assertThat(s.type()).isEqualTo(ServiceType.REALTIME);
        assertThat(s.description()).contains("问题哨").contains("urban-management").contains("48h");
    }

    @Test
    void serviceToSituationKeepsCodeNameGroupKeywords() {
        Situation original = CATALOGUE.get("S02");
        Situation back = Open311Mapping.toSituation(Open311Mapping.toService(original), original.kind(),
                original.departments(), original.respondWithin(), original.resolveWithin());
        assertThat(back).isEqualTo(original);
    }

    @Test
    void caseMapsToRequestWithShanghaiTimesAndSummonedAgencies() {
        ServiceRequest r = MAPPING.toRequest(whistled());
        assertThat(r.serviceRequestId()).isEqualTo("R-1");
        assertThat(r.status()).isEqualTo(Open311Status.OPEN);
        assertThat(r.statusNotes()).contains("请供电局报到");
        assertThat(r.serviceCode()).isEqualTo("P05");
        assertThat(r.serviceName()).contains("路灯不亮");
        assertThat(r.agencyResponsible()).contains("power-supply");
        assertThat(r.requestedDatetime()).isEqualTo(OffsetDateTime.parse("2024-05-06T10:00:00+08:00"));
        assertThat(r.updatedDatetime()).contains(OffsetDateTime.parse("2024-05-06T10:10:00+08:00"));
        assertThat(r.expectedDatetime()).contains(OffsetDateTime.parse("2024-05-09T10:00:00+08:00"));
        assertThat(r.lat()).contains(25.03);
        assertThat(r.lon()).contains(102.75);
        assertThat(r.address()).contains("关上街道 1 号");
    }

    @Test
    void agencyBeforeTheWhistleIsTheSituationsDefault() {
        Case received = Case.builder("R-2", CATALOGUE.get("P05")).receivedAt(T0, "12345").build();
        assertThat(MAPPING.toRequest(received).agencyResponsible()).contains("power-supply, urban-management");
    }

    @Test
    void statusFamiliesMapToOpenAndClosed() {
        for (CaseStatus s : CaseStatus.values()) {
            Open311Status expected = switch (s) {
                case RECEIVED, WHISTLED, DEPARTMENTS_REPORTED, IN_PROGRESS, REOPENED -> Open311Status.OPEN;
                default -> Open311Status.CLOSED;
            };
            assertThat(Open311Status.of(s)).as(s.name()).isEqualTo(expected);
        }
        assertThat(Open311Mapping.extendedStatus(CaseStatus.REJECTED)).isEqualTo("not responsible");
        assertThat(Open311Status.fromWire(" Closed ")).isEqualTo(Open311Status.CLOSED);
        assertThatThrownBy(() -> Open311Status.fromWire("fixed")).hasMessageContaining("'fixed'");
    }

    @Test
    void closedRequestImportsAsResolvedAtTheUpdateTime() {
        ServiceRequest r = new ServiceRequest("X-1", Open311Status.CLOSED, Optional.of("已修复"), Optional.empty(),
                "P05", Optional.of("灯不亮"), Optional.of("power-supply"), Optional.empty(),
                OffsetDateTime.parse("2024-05-06T10:00:00+08:00"),
                Optional.of(OffsetDateTime.parse("2024-05-07T09:00:00+08:00")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        Case c = MAPPING.toCase(r);
        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(c.trail().last().at()).isEqualTo(Instant.parse("2024-05-07T01:00:00Z"));
        assertThat(c.trail().last().actor()).isEqualTo("power-supply");
        assertThat(c.trail().last().note()).isEqualTo("已修复");
        assertThat(MAPPING.toRequest(c).status()).isEqualTo(Open311Status.CLOSED);
    }

    @Test
    void closedRequestUpdatedBeforeItWasRequestedIsResolvedAtTheRequestTime() {
        OffsetDateTime requested = OffsetDateTime.parse("2024-05-06T10:00:00+08:00");
        ServiceRequest r = new ServiceRequest("X-5", Open311Status.CLOSED, Optional.empty(), Optional.empty(), "P05",
                Optional.empty(), Optional.empty(), Optional.empty(), requested, Optional.of(requested.minusHours(1)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        Case c = MAPPING.toCase(r);
        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(c.trail().last().at()).isEqualTo(requested.toInstant());
        assertThat(c.trail().last().actor()).isEqualTo(Open311Mapping.OPEN311_ACTOR);
    }

    @Test
    void expectedDatetimeBecomesTheResolutionDeadline() {
        ServiceRequest r = new ServiceRequest("X-2", Open311Status.OPEN, Optional.empty(), Optional.empty(), "P05",
                Optional.empty(), Optional.empty(), Optional.empty(),
                OffsetDateTime.parse("2024-05-06T10:00:00+08:00"), Optional.empty(),
                Optional.of(OffsetDateTime.parse("2024-05-06T12:00:00+08:00")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        Case c = MAPPING.toCase(r);
        assertThat(c.deadlines().resolveBy()).isEqualTo(Instant.parse("2024-05-06T04:00:00Z"));
        // P05 allows 4 h to respond, more than the 2 h to the expected time: capped there.
        assertThat(c.deadlines().respondBy()).isEqualTo(Instant.parse("2024-05-06T04:00:00Z"));
    }

    @Test
    void unknownServiceCodeBecomesAGenericComplaintSituationKeepingTheCode() {
        ServiceRequest r = ServiceRequest.minimal("X-3", Open311Status.OPEN, "NOPE",
                OffsetDateTime.parse("2024-05-06T10:00:00+08:00"));
        Case c = MAPPING.toCase(r);
        assertThat(c.category()).isEqualTo("NOPE");
        assertThat(c.kind()).isEqualTo(WhistleKind.COMPLAINT);
        assertThat(Duration.between(c.createdAt(), c.deadlines().resolveBy())).isEqualTo(Duration.ofDays(7));
        assertThat(MAPPING.offers("NOPE")).isFalse();
        assertThat(MAPPING.toRequest(c).serviceCode()).isEqualTo("NOPE");
    }

    @Test
    void latWithoutLongIsRefused() {
        assertThatThrownBy(() -> new ServiceRequest("X-4", Open311Status.OPEN, Optional.empty(), Optional.empty(),
                "P05", Optional.empty(), Optional.empty(), Optional.empty(),
                OffsetDateTime.parse("2024-05-06T10:00:00+08:00"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(25.0), Optional.empty(),
                Optional.empty())).hasMessageContaining("lat and long must be given together");
    }

    @Property
    void receivedCaseSurvivesARoundTripThroughOpen311(@ForAll @IntRange(min = 0, max = 19) int situationIndex,
            @ForAll @DoubleRange(min = -180, max = 180) double lon, @ForAll @DoubleRange(min = -90, max = 90) double lat,
            @ForAll @StringLength(max = 30) String description, @ForAll @IntRange(min = 0, max = 400_000_000) int seconds) {
        Situation s = CATALOGUE.situations().get(situationIndex % CATALOGUE.size());
        Case original = Case.builder("RT-" + seconds, s).description(description)
                .location(CaseLocation.at(lon, lat).withAddress("某街道")).kind(s.kind())
                .receivedAt(Instant.ofEpochSecond(1_600_000_000L + seconds), Open311Mapping.OPEN311_ACTOR).build();
        Case back = MAPPING.toCase(MAPPING.toRequest(original));
        assertThat(back).isEqualTo(original);
    }

    @Test
    void complaintSituationsImportAsComplaints() {
        Case c = Case.builder("C", CATALOGUE.get("C01")).receivedAt(T0, Open311Mapping.OPEN311_ACTOR).build();
        assertThat(MAPPING.toCase(MAPPING.toRequest(c)).kind()).isEqualTo(WhistleKind.COMPLAINT);
        assertThat(Duration.between(c.createdAt(), c.deadlines().resolveBy())).isEqualTo(Duration.ofHours(168));
    }
}
