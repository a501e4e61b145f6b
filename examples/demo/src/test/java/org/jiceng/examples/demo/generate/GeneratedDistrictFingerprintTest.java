package org.jiceng.examples.demo.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The generated districts are pinned bit for bit: every record, building site, community box and shape
 * (WKT and raw coordinate bits), outline, river, case and planted defect, in order (see
 * {@link DistrictDigest}). The digests were taken with the generator as it was before its speed-ups
 * (main at bbac5da), so a faster generator that changes any output fails here. A deliberate change of
 * the output must update the digests and say why.
 */
class GeneratedDistrictFingerprintTest {

    @Test
    void xishanAtTheDemosSeedIsUnchanged() {
        GeneratedDistrict xishan = DistrictGenerator.generate(DistrictSpec.xishan(), 20250101L);

        assertThat(xishan.dataset().size()).isEqualTo(741_806);
        assertThat(DistrictDigest.of(xishan)).isEqualTo("537d0392e6c6dbeb89d608b33eee45c54575028e2dc8c89818b06cb2ae7d92f8");
    }

    @Test
    void aSmallDistrictInATwoPartUserOutlineIsUnchanged() throws Exception {
        GeneratedDistrict custom = DistrictGenerator.generate(DistrictSpec.small(), 9L,
                OutlineFile.read(GeographyTest.TWO_PART));

        assertThat(custom.dataset().size()).isEqualTo(26_367);
        assertThat(DistrictDigest.of(custom)).isEqualTo("2d9c930d18928299d8ecf2a11e9ee7f7db8eec4257be4bd7f16660dd6b0ec59c");
    }

    @Test
    void aSmallDistrictInAYearWithDaylightSavingIsUnchanged() {
        // 1988 had daylight saving in China: event times go through the zone's rules, not the fixed offset.
        DistrictSpec s = DistrictSpec.small();
        DistrictSpec spec = new DistrictSpec(s.districtCode(), s.districtName(), s.subdistricts(), s.communities(),
                s.residentialGroups(), s.organizations(), s.members(), s.stationedUnits(), s.rivers(), s.cases(), 1988);
        GeneratedDistrict d1988 = DistrictGenerator.generate(spec, 7L);

        assertThat(d1988.dataset().size()).isEqualTo(23_326);
        assertThat(DistrictDigest.of(d1988)).isEqualTo("914ff567d70c13a2b00962d96c706db00ab56c5ff4c9e189058aacbf0a24fada");
    }

    @Test
    void theDigestSeesAMovedVertexAndAnotherAttributeOrderDoesNotMatter() {
        GeneratedDistrict small = DistrictGenerator.generate(DistrictSpec.small(), 3L);
        String digest = DistrictDigest.of(small);
        org.locationtech.jts.geom.Geometry outline = small.outline();
        outline.getCoordinates()[1].x = Math.nextUp(outline.getCoordinates()[1].x);
        outline.geometryChanged();
        GeneratedDistrict moved = new GeneratedDistrict(small.spec(), small.seed(), small.dataset(), small.buildings(),
                small.communityBoxes(), small.communityShapes(), outline, small.bounds(), small.rivers(), small.cases(),
                small.injectedDefects());

        assertThat(DistrictDigest.of(moved)).isNotEqualTo(digest);
        assertThat(DistrictDigest.canonical(java.util.Map.of("a", "1", "b", "2")))
                .isEqualTo(DistrictDigest.canonical(new java.util.TreeMap<>(java.util.Map.of("b", "2", "a", "1"))));
    }
}
