package org.jiceng.io.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.IoLimits;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;

/**
 * Open311 XML, GeoReport v2's default format (issue #12), on hand-written documents shaped like the
 * specification's examples and FixMyStreet's answers, and hostile XML (issue #13) made at test time.
 */
class Open311XmlTest {

    private static final Open311Mapping MAPPING = Open311Mapping.using(SituationCatalogue.defaults());

    private static ImportSource fixture(String name) throws IOException {
        try (InputStream in = Open311XmlTest.class.getResourceAsStream("/real-world/open311/" + name)) {
            return ImportSource.of(name, in.readAllBytes());
        }
    }

    private static ImportSource xml(String text) {
        return ImportSource.of("x.xml", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheSpecificationsRequestsExampleKeepingEveryValue() throws IOException {
        Open311Import<ServiceRequest> r = Open311Xml.readRequests(fixture("georeport-v2-requests.xml"),
                ImportOptions.defaults());
        assertThat(r.report().read()).isEqualTo(2);
        assertThat(r.report().isClean()).isTrue();
        ServiceRequest first = r.records().get(0);
        assertThat(first.serviceRequestId()).isEqualTo("638344");
        assertThat(first.status()).isEqualTo(Open311Status.CLOSED);
        assertThat(first.statusNotes()).contains("Duplicate request.");
        assertThat(first.serviceCode()).isEqualTo("006");
        assertThat(first.requestedDatetime()).isEqualTo(OffsetDateTime.parse("2010-04-14T06:37:38-08:00"));
        assertThat(first.addressId()).contains("545483");
        assertThat(first.zipcode()).contains("94122");
        assertThat(first.lat()).contains(37.762221815);
        assertThat(first.lon()).contains(-122.4651145);
        assertThat(first.description()).contains(""); // <description></description>: present and empty
        assertThat(r.records().get(1).expectedDatetime()).contains(OffsetDateTime.parse("2010-04-19T06:37:38-08:00"));
    }

    @Test
    void serviceCodesOutsideTheCatalogueBecomeGenericSituationsWithAWarningNotARejection() throws IOException {
        Open311Import<Case> r = Open311Xml.readCases(fixture("georeport-v2-requests.xml"), ImportOptions.defaults(),
                MAPPING);
        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(r.report().rejected()).isZero();
        assertThat(r.records()).extracting(Case::category, Case::status)
                .containsExactly(tuple("006", CaseStatus.RESOLVED), tuple("006", CaseStatus.RECEIVED));
        assertThat(r.warnings()).hasSize(2).allSatisfy(w -> {
            assertThat(w.constraint()).isEqualTo(Open311Json.GENERIC_SITUATION);
            assertThat(w.rawValue()).contains("006");
        });
        assertThat(r.warnings().get(1).location().sheet()).contains("/service_requests/1");
    }

    @Test
    void readsFixMyStreetAnswersIntoTheirStatesAndRejectsOnlyTheBadRow() throws IOException {
        Open311Import<Case> r = Open311Xml.readCases(fixture("fixmystreet-requests.xml"), ImportOptions.defaults(),
                MAPPING);
        assertThat(r.report().read()).isEqualTo(5);
        assertThat(r.report().accepted()).isEqualTo(4);
        assertThat(r.report().rejected()).isEqualTo(1);
        assertThat(r.records()).extracting(Case::id, Case::status).containsExactly(
                tuple("1001", CaseStatus.RESOLVED), tuple("1002", CaseStatus.DUPLICATE),
                tuple("1003", CaseStatus.IN_PROGRESS), tuple("1004", CaseStatus.REJECTED));
        assertThat(r.records().get(0).trail().last().actor()).isEqualTo("西山区城管局");
        assertThat(r.records().get(3).trail().last().note()).isEqualTo("属于业主私人区域");
        assertThat(r.report().errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).contains("requested_datetime");
            assertThat(e.location().sheet()).contains("/service_requests/4");
            assertThat(e.location().line()).isEqualTo(51); // the line of its <request>
        });
        // FixMyStreet's own elements are not GeoReport fields: each is noted once, not dropped in silence
        assertThat(r.warnings()).allSatisfy(w -> assertThat(w.constraint()).isEqualTo(Open311Json.IGNORED_MEMBER))
                .extracting(w -> w.column().orElseThrow()).containsExactly("agency_sent_datetime", "comment_count",
                        "detail", "interface_used", "title");
    }

    @Test
    void readsTheSpecificationsServicesExample() throws IOException {
        Open311Import<Service> r = Open311Xml.readServices(fixture("georeport-v2-services.xml"),
                ImportOptions.defaults());
        assertThat(r.report().isClean()).isTrue();
        assertThat(r.records()).extracting(Service::serviceCode).containsExactly("001", "002", "003");
        Service first = r.records().get(0);
        assertThat(first.metadata()).isTrue();
        assertThat(first.type()).isEqualTo(ServiceType.REALTIME);
        assertThat(first.keywords()).containsExactly("lorem", "ipsum", "dolor");
        assertThat(first.group()).isEqualTo("sanitation");
    }

    @Test
    void readsDiscoveryInXmlAndJsonAlike() throws IOException {
        Discovery fromXml = Open311Xml.readDiscovery(fixture("georeport-v2-discovery.xml"), ImportOptions.defaults());
        Discovery fromJson = Open311Json.readDiscovery(fixture("georeport-v2-discovery.json"), ImportOptions.defaults());
        assertThat(fromXml).isEqualTo(fromJson);
        assertThat(fromXml.endpoints()).hasSize(2);
        assertThat(fromXml.endpoints().get(0).formats()).containsExactly("text/xml");
        assertThat(fromXml.endpoints().get(1).formats()).containsExactly("text/xml", "application/json");
        assertThat(fromXml.keyService()).hasValueSatisfying(k -> assertThat(k).contains("api_key"));

        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        Open311Xml.writeDiscovery(fromXml, xml);
        assertThat(Open311Xml.readDiscovery(ImportSource.of("d.xml", xml.toByteArray()), ImportOptions.defaults()))
                .isEqualTo(fromXml);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        Open311Json.writeDiscovery(fromXml, json);
        assertThat(Open311Json.readDiscovery(ImportSource.of("d.json", json.toByteArray()), ImportOptions.defaults()))
                .isEqualTo(fromXml);
    }

    @Test
    void requestsServicesAndCasesRoundTripThroughXml() throws IOException {
        Open311Import<ServiceRequest> requests = Open311Xml.readRequests(fixture("georeport-v2-requests.xml"),
                ImportOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Open311Xml.writeRequests(requests.records(), out);
        assertThat(Open311Xml.readRequests(ImportSource.of("r.xml", out.toByteArray()), ImportOptions.defaults())
                .records()).isEqualTo(requests.records());

        List<Service> services = MAPPING.serviceList();
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        Open311Xml.writeServices(services, s);
        assertThat(Open311Xml.readServices(ImportSource.of("s.xml", s.toByteArray()), ImportOptions.defaults())
                .records()).isEqualTo(services);

        List<Case> cases = Open311StateRoundTripTest.everyState();
        ByteArrayOutputStream c = new ByteArrayOutputStream();
        Open311Xml.writeCases(cases, MAPPING, c);
        Open311Import<Case> back = Open311Xml.readCases(ImportSource.of("c.xml", c.toByteArray()),
                ImportOptions.defaults(), MAPPING);
        assertThat(back.report().isClean()).isTrue();
        assertThat(back.records()).extracting(Case::status).containsExactlyElementsOf(
                cases.stream().map(Case::status).toList());
        assertThat(back.records().stream().map(MAPPING::toRequest).toList())
                .isEqualTo(Open311Json.readCases(json(cases), ImportOptions.defaults(), MAPPING).records().stream()
                        .map(MAPPING::toRequest).toList());
    }

    private static ImportSource json(List<Case> cases) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Open311Json.writeCases(cases, MAPPING, out);
        return ImportSource.of("c.json", out.toByteArray());
    }

    @Test
    void textXmlCannotHoldIsRefusedNamingTheRequestNotAltered() {
        ServiceRequest r = ServiceRequest.minimal("r\u0001", Open311Status.OPEN, "P01",
                OffsetDateTime.parse("2024-05-01T08:00:00+08:00"));
        assertThatThrownBy(() -> Open311Xml.writeRequests(List.of(r), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0001")
                .hasMessageContaining("service_request_id");
        ServiceRequest badName = ServiceRequest.minimal("r", Open311Status.OPEN, "P01",
                OffsetDateTime.parse("2024-05-01T08:00:00+08:00")).withExtendedAttributes(Map.of("a b", "x"));
        assertThatThrownBy(() -> Open311Xml.writeRequests(List.of(badName), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a b'");
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE service_requests [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<service_requests><request><service_request_id>&xxe;</service_request_id><status>open</status>"
                + "<service_code>P01</service_code><requested_datetime>2024-05-01T08:00:00+08:00</requested_datetime>"
                + "</request></service_requests>";
        assertThatThrownBy(() -> Open311Xml.readRequests(xml(xxe), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void entityExpansionIsRefusedBeforeItExpands() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE service_requests [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = "<?xml version=\"1.0\"?>" + dtd + "<service_requests><request><service_request_id>&a9;"
                + "</service_request_id></request></service_requests>";
        assertThatThrownBy(() -> Open311Xml.readRequests(xml(bomb), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void aHugeRowIsStoppedAtTheRowLimit() {
        String huge = "<service_requests><request><description>" + "很长".repeat(200_000)
                + "</description></request></service_requests>";
        ImportOptions options = ImportOptions.defaults().withLimits(IoLimits.defaults().withMaxRowChars(10_000));
        assertThatThrownBy(() -> Open311Xml.readRequests(xml(huge), options)).isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED));
    }

    @Test
    void deepNestingAndTooManyRowsAreLimits() {
        String deep = "<service_requests><request>" + "<x>".repeat(200) + "</x>".repeat(200)
                + "</request></service_requests>";
        assertThatThrownBy(() -> Open311Xml.readRequests(xml(deep), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessageContaining("maxJsonDepth");
        String rows = "<service_requests>" + "<request/>".repeat(5) + "</service_requests>";
        assertThatThrownBy(() -> Open311Xml.readRequests(xml(rows),
                ImportOptions.defaults().withLimits(IoLimits.defaults().withMaxRows(3))))
                .isInstanceOf(ImportException.class).hasMessageContaining("maxRows");
    }

    @Test
    void aServerErrorAnswerAndMalformedXmlAreDocumentErrors() {
        String errors = "<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>403</code>"
                + "<description>Invalid api_key received -- can't proceed with create_request.</description></error></errors>";
        assertThatThrownBy(() -> Open311Xml.readRequests(xml(errors), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessageContaining("Invalid api_key");
        assertThatThrownBy(() -> Open311Xml.readRequests(xml("<service_requests><request>"), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).kind()).isEqualTo(ImportException.Kind.MALFORMED));
        assertThatThrownBy(() -> Open311Xml.readRequests(xml("<services/>"), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessageContaining("<service_requests>");
        assertThat(Optional.of(1)).isPresent();
    }

    @Test
    void readsAndWritesTheSpecificationsServiceDefinitionInXmlAndJson() throws IOException {
        ServiceDefinition fromXml = Open311Xml.readServiceDefinition(fixture("georeport-v2-service-definition.xml"),
                ImportOptions.defaults());
        ServiceDefinition fromJson = Open311Json.readServiceDefinition(
                fixture("georeport-v2-service-definition.json"), ImportOptions.defaults());
        assertThat(fromXml).isEqualTo(fromJson);
        assertThat(fromXml.serviceCode()).isEqualTo("DMV66");
        ServiceDefinition.Attribute a = fromXml.attributes().get(0);
        assertThat(a.variable()).isTrue();
        assertThat(a.required()).isTrue();
        assertThat(a.datatype()).isEqualTo("singlevaluelist");
        assertThat(a.order()).isEqualTo(1);
        assertThat(a.datatypeDescription()).isEmpty();
        assertThat(a.values()).extracting(ServiceDefinition.Value::key, ServiceDefinition.Value::name)
                .containsExactly(tuple("123", "Ford"), tuple("124", "Chrysler"));

        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        Open311Xml.writeServiceDefinition(fromXml, xml);
        assertThat(Open311Xml.readServiceDefinition(ImportSource.of("d.xml", xml.toByteArray()),
                ImportOptions.defaults())).isEqualTo(fromXml);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        Open311Json.writeServiceDefinition(fromXml, json);
        assertThat(Open311Json.readServiceDefinition(ImportSource.of("d.json", json.toByteArray()),
                ImportOptions.defaults())).isEqualTo(fromXml);
    }

    @Test
    void aServiceDefinitionWithAnUnknownDatatypeIsAClearError() {
        String bad = "<service_definition><service_code>X</service_code><attributes><attribute><code>A</code>"
                + "<datatype>colour</datatype></attribute></attributes></service_definition>";
        assertThatThrownBy(() -> Open311Xml.readServiceDefinition(xml(bad), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessageContaining("attributes/0/datatype")
                .hasMessageContaining("singlevaluelist");
    }
}
