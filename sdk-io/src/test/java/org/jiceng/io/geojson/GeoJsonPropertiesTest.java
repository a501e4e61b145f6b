package org.jiceng.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.Size;
import org.jiceng.io.TextMutations;
import org.jiceng.io.geojson.internal.Geometries;
import org.jiceng.io.geojson.internal.JsonDocumentException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class GeoJsonPropertiesTest {

    @Provide
    Arbitrary<GeoJsonDocument> documents() {
        return GeoArbitraries.documents();
    }

    @Provide
    Arbitrary<Geometry> boundaries() {
        return GeoArbitraries.boundaries();
    }

    @Property
    void roundTripKeepsEveryRecordAndNormalisedBoundary(@ForAll("documents") GeoJsonDocument original) {
        Collected rows = Collected.all();
        GeoJsonDocument back = GeoJsonMappingTest.read(GeoJsonMappingTest.write(original), rows);

        assertThat(rows.rejected).isEmpty();
        assertThat(back.areas()).isEqualTo(original.areas());
        assertThat(back.grids()).isEqualTo(original.grids());
        Map<String, Geometry> expected = new LinkedHashMap<>();
        original.boundaries().forEach((ref, b) -> expected.put(ref, Shapes.normalized(b)));
        assertThat(back.boundaries()).isEqualTo(expected);
    }

    @Property
    void normalisedBoundariesFollowTheRightHandRule(@ForAll("boundaries") Geometry boundary) {
        Geometry normalized = Shapes.normalized(boundary);
        assertThat(normalized.getNumPoints()).isEqualTo(boundary.getNumPoints());
        assertThat(Shapes.normalized(normalized)).isEqualTo(normalized);
        assertThat(normalized.equalsTopo(boundary)).isTrue();
        for (int i = 0; i < normalized.getNumGeometries(); i++) {
            if (normalized.getGeometryN(i) instanceof Polygon p) {
                assertThat(Geometries.signedArea2(p.getExteriorRing().getCoordinates())).isGreaterThanOrEqualTo(0);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    assertThat(Geometries.signedArea2(p.getInteriorRingN(h).getCoordinates())).isLessThanOrEqualTo(0);
                }
            }
        }
    }

    @Property
    void reversingARingExactlyNegatesItsSignedArea(@ForAll @Size(min = 3, max = 12) java.util.List<
            @net.jqwik.api.constraints.DoubleRange(min = -180, max = 180) Double> lons, @ForAll long seed) {
        // Nearly collinear rings (lat a linear function of lon plus tiny noise) are where a
        // floating-point shoelace sum used to round both orientations to the same sign.
        Random random = new Random(seed);
        java.util.List<Coordinate> ring = new java.util.ArrayList<>();
        for (double lon : lons) {
            ring.add(new Coordinate(lon, Math.max(-90, Math.min(90, 0.37 * lon + random.nextGaussian() * 1e-12))));
        }
        ring.add(ring.get(0));
        java.util.List<Coordinate> reversed = new java.util.ArrayList<>(ring);
        java.util.Collections.reverse(reversed);
        assertThat(Geometries.signedArea2(reversed.toArray(new Coordinate[0])))
                .isEqualTo(-Geometries.signedArea2(ring.toArray(new Coordinate[0])));
    }

    @Property
    void randomBytesOnlyEverFailWithTheDocumentError(@ForAll @Size(max = 300) byte[] bytes) {
        assertOnlyDocumentErrorAndTotalsAddUp(bytes);
    }

    @Property
    void mutatedDocumentsOnlyEverFailWithTheDocumentError(@ForAll("documents") GeoJsonDocument document,
            @ForAll long seed) {
        byte[] bytes = GeoJsonMappingTest.write(document);
        Random random = new Random(seed);
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] tokens = {"null", "-1", "\"\"", "[]", "{}", "1e999", "\"x\"", "true"};
        String mutated = TextMutations.mutate(text, random, tokens);
        assertOnlyDocumentErrorAndTotalsAddUp(mutated.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertOnlyDocumentErrorAndTotalsAddUp(byte[] bytes) {
        Collected rows = Collected.all();
        try {
            GeoJsonDocument doc = GeoJsonMappingTest.read(bytes, rows);
            assertThat(doc.areas().size() + doc.grids().size()).isEqualTo(rows.accepted.size());
            rows.rejected.values().forEach(problems -> assertThat(problems).isNotEmpty());
        } catch (JsonDocumentException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            assertThat(expected.messageZh()).isNotBlank();
        }
    }

}
