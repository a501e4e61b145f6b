package org.jiceng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --boundary FILE.geojson}: the demo generates inside the user's district outline. */
class BoundaryOptionTest {

    @TempDir
    Path dir;

    @Test
    void demoGeneratesInsideTheGivenOutline() throws Exception {
        Path boundary = Path.of("src", "test", "resources", "boundary", "two-part-district.geojson");
        JicengDemoTest.Run r = JicengDemoTest.run("--scale", "small", "-q", "--boundary", boundary.toString(), "--out",
                dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode grids = new ObjectMapper().readTree(dir.resolve("grids.geojson").toFile());
        int coordinates = 0;
        for (JsonNode feature : grids.path("features")) {
            for (JsonNode lonLat : flatten(feature.path("geometry").path("coordinates"))) {
                assertThat(lonLat.get(0).asDouble()).isBetween(103.98 - 1e-9, 104.18 + 1e-9);
                assertThat(lonLat.get(1).asDouble()).isBetween(30.59 - 1e-9, 30.80 + 1e-9);
                coordinates++;
            }
        }
        assertThat(coordinates).isGreaterThan(100);
    }

    @Test
    void missingBoundaryFileExitsWithOneAndNamesIt() {
        JicengDemoTest.Run r = JicengDemoTest.run("--scale", "small", "-q", "--boundary",
                dir.resolve("nope.geojson").toString(), "--out", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nope.geojson").contains("does not exist");
    }

    /** The positions ([lon, lat] arrays) of a GeoJSON coordinates array of any depth. */
    private static java.util.List<JsonNode> flatten(JsonNode coordinates) {
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        if (coordinates.isArray() && !coordinates.isEmpty() && coordinates.get(0).isNumber()) {
            out.add(coordinates);
        } else {
            coordinates.forEach(c -> out.addAll(flatten(c)));
        }
        return out;
    }
}
