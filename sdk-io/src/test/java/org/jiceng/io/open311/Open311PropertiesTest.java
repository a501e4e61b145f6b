package org.jiceng.io.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.jiceng.io.open311.Open311Status;
import org.jiceng.io.open311.Service;
import org.jiceng.io.open311.ServiceRequest;
import org.jiceng.io.open311.ServiceType;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.TextMutations;
import org.jiceng.io.geojson.GeoArbitraries;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.spi.ImportSource;

class Open311PropertiesTest {

    static Arbitrary<OffsetDateTime> times() {
        return Combinators.combine(Arbitraries.longs().between(0, 4_000_000_000L), Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.integers().between(-12 * 4, 14 * 4))
                .as((seconds, nanos, quarters) -> OffsetDateTime.of(
                        LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC), ZoneOffset.ofTotalSeconds(quarters * 900)));
    }

    static Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('\u4e00', '\u4fff').withCharRange(' ', '~').ofMaxLength(10);
    }

    @Provide
    Arbitrary<List<ServiceRequest>> requests() {
        Arbitrary<Optional<double[]>> point = Combinators.combine(Arbitraries.doubles().between(-90, 90).ofScale(7),
                Arbitraries.doubles().between(-180, 180).ofScale(7)).as((a, b) -> new double[] {a, b}).optional(0.6);
        Arbitrary<ServiceRequest> one = Combinators.combine(
                Combinators.combine(GeoArbitraries.ids(), Arbitraries.of(Open311Status.class), texts().optional(0.5),
                        texts().optional(0.5), GeoArbitraries.ids(), texts().optional(0.5)).as(List::<Object>of),
                Combinators.combine(texts().optional(0.5), texts().optional(0.3), times(), times().optional(0.5),
                        times().optional(0.5), texts().optional(0.5)).as(List::<Object>of),
                Combinators.combine(texts().optional(0.3), texts().optional(0.3), point, texts().optional(0.3))
                        .as(List::<Object>of))
                .as(Open311PropertiesTest::request);
        return one.list().ofMaxSize(5);
    }

    @SuppressWarnings("unchecked")
    private static ServiceRequest request(List<Object> a, List<Object> b, List<Object> c) {
        Optional<double[]> point = (Optional<double[]>) c.get(2);
        return new ServiceRequest((String) a.get(0), (Open311Status) a.get(1), (Optional<String>) a.get(2),
                (Optional<String>) a.get(3), (String) a.get(4), (Optional<String>) a.get(5),
                (Optional<String>) b.get(0), (Optional<String>) b.get(1), (OffsetDateTime) b.get(2),
                (Optional<OffsetDateTime>) b.get(3), (Optional<OffsetDateTime>) b.get(4), (Optional<String>) b.get(5),
                (Optional<String>) c.get(0), (Optional<String>) c.get(1), point.map(p -> p[0]), point.map(p -> p[1]),
                (Optional<String>) c.get(3));
    }

    @Provide
    Arbitrary<List<Service>> services() {
        Arbitrary<String> keyword = Arbitraries.strings().withCharRange('\u4e00', '\u4fff').withCharRange('a', 'z')
                .ofMinLength(1).ofMaxLength(5);
        return Combinators.combine(GeoArbitraries.ids(), GeoArbitraries.names(), texts(), Arbitraries.of(true, false),
                Arbitraries.of(ServiceType.class), keyword.list().ofMaxSize(4), texts())
                .as(Service::new).list().ofMaxSize(5);
    }

    @Property
    void requestsRoundTripLosslessly(@ForAll("requests") List<ServiceRequest> requests) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Open311Json.writeRequests(requests, out);
        Open311Import<ServiceRequest> back = Open311Json.readRequests(ImportSource.of("r.json", out.toByteArray()),
                ImportOptions.defaults());
        assertThat(back.report().isClean()).isTrue();
        assertThat(back.records()).isEqualTo(requests);
    }

    @Property
    void servicesRoundTripLosslessly(@ForAll("services") List<Service> services) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Open311Json.writeServices(services, out);
        Open311Import<Service> back = Open311Json.readServices(ImportSource.of("s.json", out.toByteArray()),
                ImportOptions.defaults());
        assertThat(back.report().isClean()).isTrue();
        assertThat(back.records()).isEqualTo(services);
    }

    @Property
    void randomBytesOnlyEverFailWithImportException(@ForAll @Size(max = 300) byte[] bytes) {
        assertOnlyImportExceptionAndTotalsAddUp(bytes);
    }

    @Property
    void mutatedRequestsOnlyEverFailWithImportException(@ForAll("requests") List<ServiceRequest> requests,
            @ForAll long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Open311Json.writeRequests(requests, out);
        String text = TextMutations.mutate(out.toString(StandardCharsets.UTF_8), new Random(seed),
                "null", "1e400", "\"\"", "[]", "{}", "\"closed\"", "-91", "true");
        assertOnlyImportExceptionAndTotalsAddUp(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertOnlyImportExceptionAndTotalsAddUp(byte[] bytes) {
        try {
            Open311Import<ServiceRequest> result = Open311Json.readRequests(ImportSource.of("f.json", bytes),
                    ImportOptions.defaults());
            ImportReport report = result.report();
            assertThat(report.accepted()).isEqualTo(result.records().size());
            assertThat(report.errors().size()).isGreaterThanOrEqualTo((int) report.rejected());
        } catch (ImportException expected) {
            assertThat(expected.partialReport()).isPresent();
            assertThat(expected.messageZh()).isNotBlank();
        }
    }
}
