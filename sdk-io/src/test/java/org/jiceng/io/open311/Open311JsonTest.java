package org.jiceng.io.open311;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.io.open311.Open311Mapping;
import org.jiceng.io.open311.Open311Status;
import org.jiceng.io.open311.Service;
import org.jiceng.io.open311.ServiceRequest;
import org.jiceng.io.open311.ServiceType;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.report.RowError;
import org.jiceng.io.report.StopReason;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;

class Open311JsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ImportSource fixture(String name) throws IOException {
        try (InputStream in = Open311JsonTest.class.getResourceAsStream("/fixtures/open311/" + name)) {
            return ImportSource.of(name, in.readAllBytes());
        }
    }

    @Test
    void readsRequestsWithNumericIdsAndStringCoordinates() throws IOException {
        Open311Import<ServiceRequest> result = Open311Json.readRequests(fixture("requests.json"),
                ImportOptions.defaults());

        assertThat(result.records()).hasSize(2);
        ServiceRequest first = result.records().get(0);
        assertThat(first.status()).isEqualTo(Open311Status.OPEN);
        assertThat(first.requestedDatetime()).isEqualTo(OffsetDateTime.parse("2024-05-01T07:42:10+08:00"));
        assertThat(first.addressId()).contains("530112006001");
        assertThat(first.lat()).contains(24.9612);
        assertThat(first.lon()).contains(102.6234);
        assertThat(first.serviceNotice()).contains("");
        ServiceRequest second = result.records().get(1);
        assertThat(second.serviceRequestId()).isEqualTo("638344");
        assertThat(second.lat()).contains(24.9588);
        assertThat(second.statusNotes()).contains("已清运，回访群众满意。");

        assertThat(result.report().read()).isEqualTo(5);
        assertThat(result.report().accepted()).isEqualTo(2);
        assertThat(result.report().rejected()).isEqualTo(3);
        assertThat(errorsAt(result.report().errors(), "/service_requests/2")).extracting(RowError::column)
                .containsExactlyInAnyOrder(Optional.of("status"), Optional.of("requested_datetime"));
        assertThat(errorsAt(result.report().errors(), "/service_requests/3")).singleElement()
                .satisfies(e -> assertThat(e.messageEn()).contains("together"));
        assertThat(errorsAt(result.report().errors(), "/service_requests/4")).singleElement()
                .satisfies(e -> {
                    assertThat(e.column()).contains("lat");
                    assertThat(e.rawValue()).contains("124.9");
                    assertThat(e.constraint()).isEqualTo("format");
                    assertThat(e.location().row()).isEqualTo(5);
                });
    }

    @Test
    void readsServicesFromWrappedDocument() throws IOException {
        Open311Import<Service> result = Open311Json.readServices(fixture("services.json"), ImportOptions.defaults());

        assertThat(result.records()).hasSize(2);
        assertThat(result.records().get(0).keywords()).containsExactly("摊贩", "占道", "流动摊点");
        assertThat(result.records().get(1).serviceCode()).isEqualTo("2");
        assertThat(result.records().get(1).metadata()).isTrue();
        assertThat(result.records().get(1).type()).isEqualTo(ServiceType.BATCH);
        assertThat(result.records().get(1).keywords()).containsExactly("road", "pothole");
        assertThat(result.report().errors()).singleElement()
                .satisfies(e -> assertThat(e.location().sheet()).contains("/services/2"));
    }

    @Test
    void turnsRequestsIntoCasesAndReadsUnknownServiceCodesAsGenericSituationsWithAWarning() throws IOException {
        Open311Mapping mapping = Open311Mapping.using(SituationCatalogue.defaults());
        String json = "[{\"service_request_id\":\"a\",\"status\":\"closed\",\"service_code\":\"P02\","
                + "\"requested_datetime\":\"2024-05-02T19:20:00+08:00\",\"updated_datetime\":\"2024-05-03T10:00:00+08:00\"},"
                + "{\"service_request_id\":\"b\",\"status\":\"open\",\"service_code\":\"NOPE\",\"service_name\":\"井盖缺失\","
                + "\"requested_datetime\":\"2024-05-02T19:20:00+08:00\"}]";
        Open311Import<Case> result = Open311Json.readCases(ImportSource.of("r.json", json.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults(), mapping);

        assertThat(result.records()).extracting(Case::id, Case::status, Case::category)
                .containsExactly(tuple("a", CaseStatus.RESOLVED, "P02"), tuple("b", CaseStatus.RECEIVED, "NOPE"));
        assertThat(result.records().get(1).kind()).isEqualTo(org.jiceng.cases.WhistleKind.COMPLAINT);
        assertThat(result.report().isClean()).isTrue();
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.constraint()).isEqualTo(Open311Json.GENERIC_SITUATION);
            assertThat(w.rawValue()).contains("NOPE");
            assertThat(w.location().sheet()).contains("/service_requests/1");
        });
        // the code is written back as it came
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Open311Json.writeCases(result.records(), mapping, out);
        assertThat(JSON.readTree(out.toByteArray()).get(1).path("service_code").asText()).isEqualTo("NOPE");
    }

    @Test
    void writtenCasesReadBackAsTheSameRequests() throws IOException {
        Open311Mapping mapping = Open311Mapping.using(SituationCatalogue.defaults());
        List<Case> cases = Open311Json.readCases(fixture("requests.json"), ImportOptions.defaults(), mapping).records();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Open311Json.writeCases(cases, mapping, out);

        Open311Import<ServiceRequest> back = Open311Json.readRequests(ImportSource.of("out.json", out.toByteArray()),
                ImportOptions.defaults());
        assertThat(back.report().isClean()).isTrue();
        assertThat(back.records()).isEqualTo(cases.stream().map(mapping::toRequest).toList());
    }

    @Test
    void writesGeoReportWireNames() throws IOException {
        ServiceRequest request = new ServiceRequest("r1", Open311Status.OPEN, Optional.empty(), Optional.of("占道经营"),
                "P01", Optional.empty(), Optional.empty(), Optional.empty(),
                OffsetDateTime.parse("2024-05-01T07:42+08:00"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(24.5), Optional.of(102.5), Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Open311Json.writeRequests(List.of(request), out);
        JsonNode node = JSON.readTree(out.toByteArray()).get(0);

        assertThat(node.path("requested_datetime").asText()).isEqualTo("2024-05-01T07:42:00+08:00");
        assertThat(node.path("long").asDouble()).isEqualTo(102.5);
        assertThat(node.path("lat").asDouble()).isEqualTo(24.5);
        assertThat(node.path("status").asText()).isEqualTo("open");
        assertThat(node.has("description")).isFalse();
    }

    @Test
    void readsFixMyStreetExtendedStatesIntoTheirFamily() {
        String template = "{\"service_request_id\":\"%s\",\"status\":\"%s\",\"service_code\":\"P\","
                + "\"requested_datetime\":\"2024-05-02T19:20:00+08:00\"}";
        String json = "[" + String.format(Locale.ROOT, template, "a", "fixed") + "," + String.format(Locale.ROOT, template, "b", "In Progress") + ","
                + String.format(Locale.ROOT, template, "c", "action_scheduled") + "," + String.format(Locale.ROOT, template, "d", "lost") + "]";
        Open311Import<ServiceRequest> result = Open311Json.readRequests(
                ImportSource.of("r.json", json.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());

        assertThat(result.records()).extracting(ServiceRequest::status)
                .containsExactly(Open311Status.CLOSED, Open311Status.OPEN, Open311Status.OPEN);
        // the state as sent is kept, not only its family
        assertThat(result.records()).extracting(r -> r.extendedAttribute("detailed_status").orElseThrow())
                .containsExactly("fixed", "In Progress", "action_scheduled");
        assertThat(result.report().errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).contains("status");
            assertThat(e.messageEn()).contains("open").contains("closed");
        });
    }

    @Test
    void streamingHandsOverTheSameRequestsAsReading() throws IOException {
        List<ServiceRequest> streamed = new java.util.ArrayList<>();
        org.jiceng.io.report.ImportReport report = Open311Json.streamRequests(fixture("requests.json"),
                ImportOptions.defaults(), streamed::add);

        Open311Import<ServiceRequest> read = Open311Json.readRequests(fixture("requests.json"), ImportOptions.defaults());
        assertThat(streamed).isEqualTo(read.records());
        assertThat(report).isEqualTo(read.report());
    }

    @Test
    void stopsAtFirstErrorWithStopReason() throws IOException {
        Open311Import<ServiceRequest> result = Open311Json.readRequests(fixture("requests.json"),
                ImportOptions.defaults().stopOnFirstError());
        assertThat(result.report().read()).isEqualTo(3);
        assertThat(result.report().stop()).get().extracting(StopReason::code).isEqualTo(StopReason.Code.FIRST_ERROR);
    }

    @Test
    void brokenDocumentThrowsImportErrorWithPartialReport() {
        String json = "[{\"service_request_id\":\"a\",\"status\":\"open\",\"service_code\":\"P\","
                + "\"requested_datetime\":\"2024-05-02T19:20:00+08:00\"}, {\"x\": ";
        assertThatThrownBy(() -> Open311Json.readRequests(ImportSource.of("r.json", json.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ImportException.Kind.MALFORMED);
                    assertThat(e.partialReport()).get().satisfies(r -> assertThat(r.accepted()).isEqualTo(1));
                });
    }

    private static List<RowError> errorsAt(List<RowError> errors, String pointer) {
        return errors.stream().filter(e -> e.location().sheet().equals(Optional.of(pointer))).toList();
    }
}
