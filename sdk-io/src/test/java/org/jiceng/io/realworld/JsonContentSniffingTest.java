package org.jiceng.io.realworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.io.ImportException;
import org.jiceng.io.Importer;
import org.jiceng.io.json.JsonShape;
import org.jiceng.io.report.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code .json} file is read as what its content is; the name decides only when the content does not. */
class JsonContentSniffingTest {

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static JsonShape.Sniffed sniff(String json, String name) throws IOException {
        return JsonShape.sniff(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    }

    @Test
    void aDataVBoundaryFileNamedDotJsonIsReadAsGeoJson() throws IOException {
        ImportResult result = Importer.read(file("530100_full.json", RealWorldFiles.bytes("datav/530100_full.json")));

        assertThat(result.report().read()).isEqualTo(5);
        assertThat(result.report().accepted()).isEqualTo(4);
        assertThat(result.report().rejected()).as("the bow-tie").isEqualTo(1);
        assertThat(result.dataset().areas()).allSatisfy(a -> assertThat(a.level()).isEqualTo(AreaLevel.DISTRICT));
    }

    @Test
    void open311RequestsAreRecognisedAndSentToTheCallThatReadsCases() throws IOException {
        Path requests = file("requests.json", RealWorldFiles.bytes("open311/requests.json"));
        assertThatThrownBy(() -> Importer.read(requests)).isInstanceOf(ImportException.class)
                .hasMessageContaining("Open311 GeoReport v2 service requests")
                .hasMessageContaining("Open311Json.readCases");
    }

    @Test
    void anUnreadableFileSaysWhatWasTried() throws IOException {
        Path broken = file("export.json", "{\"persons\": [{\"id\": \"p1\",, }]".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Importer.read(broken)).isInstanceOf(ImportException.class)
                .hasMessageContaining("tried GeoJSON (a FeatureCollection), Popolo (persons, organizations, "
                        + "memberships), Open311 (an array of service requests) and the SDK's JSON records");
        Path unknown = file("layers.json", "{\"layers\": []}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Importer.read(unknown)).isInstanceOf(ImportException.class)
                .hasMessageContaining("unknown dataset section 'layers'").hasMessageContaining("tried GeoJSON");
    }

    @Test
    void contentDecidesOverTheName() throws IOException {
        assertThat(sniff("{\"features\": [], \"type\": \"FeatureCollection\"}", "people.json").shape())
                .isEqualTo(JsonShape.GEOJSON);
        assertThat(sniff("{\"persons\": [{\"id\": \"p1\", \"sort_name\": \"Li\"}]}", "people.json"))
                .isEqualTo(new JsonShape.Sniffed(JsonShape.POPOLO, true, java.util.Optional.empty()));
        assertThat(sniff("{\"memberships\": [{\"id\": \"m1\", \"personId\": \"p1\"}]}", "x-popolo-v1.0.json"))
                .isEqualTo(new JsonShape.Sniffed(JsonShape.RECORDS, true, java.util.Optional.empty()));
        assertThat(sniff("{\"areas\": [], \"meta\": {}}", "export.json").shape()).isEqualTo(JsonShape.POPOLO);
        assertThat(sniff("[{\"service_request_id\": \"1\"}]", "x.json").shape()).isEqualTo(JsonShape.OPEN311);
        assertThat(sniff("[{\"id\": \"p1\", \"name\": \"张三\"}]", "persons.json").shape()).isEqualTo(JsonShape.RECORDS);
    }

    @Test
    void theNameDecidesOnlyWhenTheContentIsAmbiguous() throws IOException {
        String both = "{\"persons\": [{\"id\": \"p1\", \"name\": \"张三\"}]}";
        assertThat(sniff(both, "ep-popolo-v1.0.json"))
                .isEqualTo(new JsonShape.Sniffed(JsonShape.POPOLO, false, java.util.Optional.empty()));
        assertThat(sniff(both, "people.json"))
                .isEqualTo(new JsonShape.Sniffed(JsonShape.RECORDS, false, java.util.Optional.empty()));
    }

    @Test
    void onlyABoundedPrefixIsRead() throws IOException {
        StringBuilder big = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        while (big.length() < 1_000_000) {
            big.append("{\"type\":\"Feature\",\"properties\":{\"adcode\":530102},\"geometry\":null},");
        }
        big.setLength(big.length() - 1);
        big.append("]}");
        CountingStream in = new CountingStream(new ByteArrayInputStream(big.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(JsonShape.sniff(in, "big.json").shape()).isEqualTo(JsonShape.GEOJSON);
        assertThat(in.count).isLessThanOrEqualTo(JsonShape.PREFIX_BYTES);

        // A document whose deciding member comes after the prefix: undecided, the name decides.
        String late = "{\"name\":\"" + "x".repeat(JsonShape.PREFIX_BYTES) + "\",\"type\":\"FeatureCollection\"}";
        CountingStream lateIn = new CountingStream(new ByteArrayInputStream(late.getBytes(StandardCharsets.UTF_8)));
        assertThat(JsonShape.sniff(lateIn, "late.json"))
                .isEqualTo(new JsonShape.Sniffed(JsonShape.RECORDS, false, java.util.Optional.empty()));
        assertThat(lateIn.count).isEqualTo(JsonShape.PREFIX_BYTES);
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
