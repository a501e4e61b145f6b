package org.jiceng.examples.demo.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

class OutlineFileTest {

    static final Path DIR = Path.of("src", "test", "resources", "boundary");

    @TempDir
    Path tmp;

    @Test
    void featuresOfAFeatureCollectionFormOneOutline() throws Exception {
        Geometry outline = OutlineFile.read(DIR.resolve("two-part-district.geojson"));
        assertThat(outline.getGeometryType()).isEqualTo("Polygon");
        assertThat(outline.isValid()).isTrue();
        assertThat(outline.getEnvelopeInternal().getMinX()).isEqualTo(103.98);
        assertThat(outline.getEnvelopeInternal().getMaxY()).isEqualTo(30.80);
    }

    @Test
    void unclosedRingIsRejectedWithItsLocation() {
        assertThatThrownBy(() -> OutlineFile.read(DIR.resolve("unclosed-ring.geojson")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unclosed-ring.geojson")
                .hasMessageContaining("/geometry/coordinates/0").hasMessageContaining("must end at its first position");
    }

    @Test
    void latitudeAndLongitudeSwappedIsRejected() {
        assertThatThrownBy(() -> OutlineFile.read(DIR.resolve("lat-lon-swapped.geojson")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/coordinates/0/0")
                .hasMessageContaining("latitude -90..90").hasMessageContaining("[30.6,104.0]");
    }

    @Test
    void pointBesideThePolygonIsRejectedNotIgnored() throws Exception {
        Path withPoint = Files.writeString(tmp.resolve("with-point.geojson"), "{\"type\":\"FeatureCollection\","
                + "\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[104,30],[104.1,30],[104.1,30.1],[104,30]]]}},{\"type\":\"Feature\","
                + "\"properties\":{\"name\":\"区政府\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[104.05,30.02]}}]}",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OutlineFile.read(withPoint)).hasMessageContaining("/features/1/geometry")
                .hasMessageContaining("a Point has no area");
    }

    @Test
    void emptyFeatureCollectionIsRejected() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OutlineFile.read(empty)).hasMessageContaining("no Polygon or MultiPolygon");
    }

    @Test
    void selfIntersectingPolygonIsRejected() throws Exception {
        Path bowtie = Files.writeString(tmp.resolve("bowtie.geojson"), "{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[104,30],[104.1,30.1],[104.1,30],[104,30.1],[104,30]]]}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OutlineFile.read(bowtie)).hasMessageContaining("invalid polygon")
                .hasMessageContaining("Self-intersection");
    }

    @Test
    void notJsonIsRejectedWithLine() throws Exception {
        Path text = Files.writeString(tmp.resolve("x.geojson"), "{\n  \"type\": Polygon\n}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OutlineFile.read(text)).hasMessageContaining("is not JSON").hasMessageContaining("line 2");
    }
}
