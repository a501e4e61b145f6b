package org.jiceng.io.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;

/**
 * Issue #12: Open311 → cases → Open311 keeps the meaning of every case state, not only open/closed.
 * Duplicates and rejections must not come back as resolved, and a resolution keeps its time.
 */
class Open311StateRoundTripTest {

    private static final SituationCatalogue CATALOGUE = SituationCatalogue.defaults();
    private static final Open311Mapping MAPPING = Open311Mapping.using(CATALOGUE);
    private static final Instant T0 = Instant.parse("2024-05-06T02:00:00Z");

    private static Case received(String id) {
        return Case.builder(id, CATALOGUE.get("P05")).receivedAt(T0, "12345").build();
    }

    private static Instant t(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    /** One case in every state the SDK has. */
    static List<Case> everyState() {
        List<Case> cases = new ArrayList<>();
        cases.add(received("S-RECEIVED"));
        Case whistled = received("S-WHISTLED").whistle(t(1), "sec", List.of("power-supply", "urban-management"), "吹哨");
        cases.add(whistled);
        Case reported = received("S-REPORTED").whistle(t(1), "sec", List.of("power-supply"), "吹哨")
                .report(t(2), "power-supply", "报到");
        cases.add(reported);
        cases.add(received("S-PROGRESS").startWork(t(1), "community", "处置"));
        Case resolved = received("S-RESOLVED").startWork(t(1), "community", "处置").resolve(t(30), "community", "已修复");
        cases.add(resolved);
        Case evaluated = received("S-EVALUATED").startWork(t(1), "c", "").resolve(t(10), "c", "修好")
                .evaluate(t(80), "reporter", "满意");
        cases.add(evaluated);
        cases.add(received("S-CLOSED").startWork(t(1), "c", "").resolve(t(50), "c", "修好").evaluate(t(60), "r", "满意")
                .close(t(90), "sec", "闭环"));
        cases.add(received("S-DUPLICATE").markDuplicate(t(1), "sec", "S-RESOLVED", "同一问题"));
        cases.add(received("S-REJECTED").reject(t(1), "sec", "不属于本辖区事项"));
        cases.add(received("S-REOPENED").startWork(t(1), "c", "").resolve(t(5), "c", "修好")
                .reopen(t(100), "reporter", "又坏了"));
        return cases;
    }

    private static List<Case> roundTrip(List<Case> cases) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Open311Json.writeCases(cases, MAPPING, out);
        Open311Import<Case> back = Open311Json.readCases(ImportSource.of("requests.json", out.toByteArray()),
                ImportOptions.defaults(), MAPPING);
        assertThat(back.report().isClean()).as(back.report().errors().toString()).isTrue();
        assertThat(back.warnings()).isEmpty();
        return back.records();
    }

    @Test
    void everyStateComesBackAsItselfAndDuplicatesAndRejectionsAreNotResolved() throws IOException {
        List<Case> original = everyState();
        assertThat(original).extracting(Case::status).containsExactlyInAnyOrder(CaseStatus.values());
        List<Case> back = roundTrip(original);
        for (int i = 0; i < original.size(); i++) {
            Case o = original.get(i);
            Case b = back.get(i);
            assertThat(b.status()).as(o.id()).isEqualTo(o.status());
            assertThat(b.duplicateOf()).as(o.id()).isEqualTo(o.duplicateOf());
            assertThat(b.deadlines().resolveBy()).as(o.id()).isEqualTo(o.deadlines().resolveBy());
            assertThat(b.trail().last().at()).as(o.id()).isEqualTo(o.trail().last().at());
            Instant far = Instant.parse("2030-01-01T00:00:00Z");
            assertThat(b.trail().resolvedAt(far)).as(o.id()).isEqualTo(o.trail().resolvedAt(far));
        }
        // and the second trip changes nothing more
        List<Case> again = roundTrip(back);
        assertThat(again).extracting(c -> MAPPING.toRequest(c)).isEqualTo(back.stream().map(MAPPING::toRequest).toList());
    }

    @Test
    void theWireKeepsGeoReportStatusAndCarriesTheDetailInExtendedAttributes() throws IOException {
        Case duplicate = everyState().stream().filter(c -> c.status() == CaseStatus.DUPLICATE).findFirst().orElseThrow();
        ServiceRequest r = MAPPING.toRequest(duplicate);
        assertThat(r.status()).isEqualTo(Open311Status.CLOSED);
        assertThat(r.extendedAttributes()).containsEntry("case_status", "DUPLICATE")
                .containsEntry("detailed_status", "duplicate").containsEntry("duplicate_of", "S-RESOLVED");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Open311Json.writeRequests(List.of(r), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"status\":\"closed\"")
                .contains("\"extended_attributes\":{\"case_status\":\"DUPLICATE\"");
    }

    @Test
    void fixMyStreetStatesFromOtherServersAreReadIntoTheMatchingState() {
        String template = "{\"service_request_id\":\"%s\",\"status\":\"%s\",\"service_code\":\"P05\","
                + "\"requested_datetime\":\"2024-05-02T19:20:00+08:00\",\"updated_datetime\":\"2024-05-03T19:20:00+08:00\"}";
        Map<String, CaseStatus> expected = Map.of("duplicate", CaseStatus.DUPLICATE, "not responsible",
                CaseStatus.REJECTED, "fixed - council", CaseStatus.RESOLVED, "in progress", CaseStatus.IN_PROGRESS,
                "closed", CaseStatus.RESOLVED);
        StringBuilder json = new StringBuilder("[");
        List<String> ids = new ArrayList<>(expected.keySet());
        for (int i = 0; i < ids.size(); i++) {
            json.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, template, ids.get(i), ids.get(i)));
        }
        json.append(']');
        Open311Import<Case> back = Open311Json.readCases(ImportSource.of("fms.json",
                json.toString().getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults(), MAPPING);
        assertThat(back.report().isClean()).isTrue();
        for (Case c : back.records()) {
            assertThat(c.status()).as(c.id()).isEqualTo(expected.get(c.id()));
        }
        assertThat(back.records()).filteredOn(c -> c.status() == CaseStatus.DUPLICATE).singleElement()
                .satisfies(c -> assertThat(c.duplicateOf()).contains(Open311Mapping.UNKNOWN_ORIGINAL));
    }

    @Test
    void aCaseStatusContradictingTheGeoReportStatusIsRejectedNotGuessed() {
        String json = "[{\"service_request_id\":\"x\",\"status\":\"open\",\"service_code\":\"P05\","
                + "\"requested_datetime\":\"2024-05-02T19:20:00+08:00\","
                + "\"extended_attributes\":{\"case_status\":\"RESOLVED\"}}]";
        Open311Import<Case> back = Open311Json.readCases(ImportSource.of("x.json", json.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults(), MAPPING);
        assertThat(back.records()).isEmpty();
        assertThat(back.report().errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).contains("extended_attributes");
            assertThat(e.messageEn()).contains("status open").contains("RESOLVED");
        });
        assertThatThrownBy(() -> MAPPING.toCase(ServiceRequest.minimal("y", Open311Status.OPEN, "P05",
                java.time.OffsetDateTime.parse("2024-05-02T19:20:00+08:00")).withExtendedAttributes(
                        Map.of("case_status", "LOST")))).hasMessageContaining("LOST");
    }
}
