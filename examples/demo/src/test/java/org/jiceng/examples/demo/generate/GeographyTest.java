package org.jiceng.examples.demo.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.jiceng.scoring.CompositeIndex;
import org.jiceng.scoring.RuleSets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** The generated geography: organic communities that tile the district outline, the default or the user's. */
class GeographyTest {

    static final Path TWO_PART = Path.of("src", "test", "resources", "boundary", "two-part-district.geojson");

    private static GeneratedDistrict standard;
    private static GeneratedDistrict custom;

    @BeforeAll
    static void generate() throws Exception {
        standard = DistrictGenerator.generate(DistrictSpec.small(), 9L);
        custom = DistrictGenerator.generate(DistrictSpec.small(), 9L, OutlineFile.read(TWO_PART));
    }

    @Test
    void communitiesTileTheOutlineWithoutGapsOrOverlaps() {
        for (GeneratedDistrict d : List.of(standard, custom)) {
            List<Geometry> shapes = new ArrayList<>(d.communityShapes().values());
            double sum = shapes.stream().mapToDouble(Geometry::getArea).sum();
            assertThat(sum).isCloseTo(d.outline().getArea(), org.assertj.core.data.Percentage.withPercentage(1e-6));
            for (int i = 0; i < shapes.size(); i++) {
                assertThat(shapes.get(i).isValid()).isTrue();
                assertThat(shapes.get(i).getArea()).isPositive();
                for (int j = i + 1; j < shapes.size(); j++) {
                    assertThat(shapes.get(i).intersection(shapes.get(j)).getArea()).isLessThan(1e-12);
                }
            }
        }
    }

    @Test
    void communitiesAreOrganicShapesNotRectangles() {
        long rectangles = standard.communityShapes().values().stream()
                .filter(g -> g.getArea() > 0.999 * g.getEnvelope().getArea()).count();
        assertThat(rectangles).isZero();
        assertThat(standard.outline().getArea()).isLessThan(0.95 * standard.outline().getEnvelope().getArea());
    }

    @Test
    void buildingsAndCasesLieInsideTheirOwnCommunity() {
        for (GeneratedDistrict d : List.of(standard, custom)) {
            for (BuildingSite b : d.buildings()) {
                assertThat(d.communityShapes().get(b.communityId()).covers(point(b.lon(), b.lat()))).as(b.areaId())
                        .isTrue();
            }
            for (WhistleCase c : d.cases()) {
                assertThat(d.communityShapes().get(c.communityId()).covers(point(c.lon(), c.lat()))).as(c.id())
                        .isTrue();
            }
        }
    }

    @Test
    void aUserOutlineMovesTheDistrictButChangesNoRecord() {
        assertThat(custom.outline().getEnvelopeInternal().getMinX()).isBetween(103.9, 104.1);
        assertThat(custom.bounds().minLat()).isBetween(30.55, 30.65);
        assertThat(custom.dataset().areas()).isEqualTo(standard.dataset().areas());
        assertThat(custom.dataset().organizations()).isEqualTo(standard.dataset().organizations());
        assertThat(custom.dataset().persons()).isEqualTo(standard.dataset().persons());
        assertThat(custom.dataset().events()).isEqualTo(standard.dataset().events());
        assertThat(custom.cases()).extracting(WhistleCase::id, WhistleCase::situationCode)
                .isEqualTo(standard.cases().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.id(),
                        c.situationCode())).toList());
    }

    @Test
    void monthlyIndicatorValuesLeaveTheAnnualIndexUnchanged() {
        CompositeIndex index = RuleSets.builtIn("guandu-quality-index").index().orElseThrow();
        Instant yearEnd = java.time.LocalDate.of(2026, 1, 1).atStartOfDay(org.jiceng.core.time.ChinaTime.ZONE).toInstant();
        List<Event> indicators = standard.dataset().events().stream()
                .filter(e -> EventTypes.INDICATOR_VALUE.equals(e.type())).toList();
        List<Event> decemberOnly = indicators.stream()
                .filter(e -> e.time().atZone(org.jiceng.core.time.ChinaTime.ZONE).getMonthValue() == 12).toList();
        assertThat(indicators.size()).isEqualTo(12 * decemberOnly.size());
        assertThat(index.evaluate(indicators, yearEnd)).isEqualTo(index.evaluate(decemberOnly, yearEnd));
    }

    @Test
    void anOutlineWithoutAreaIsRejected() {
        Geometry line = Geography.GF.createLineString(new Coordinate[] {new Coordinate(104, 30), new Coordinate(105, 31)});
        assertThatThrownBy(() -> DistrictGenerator.generate(DistrictSpec.small(), 1L, line))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no area");
    }

    private static org.locationtech.jts.geom.Point point(double lon, double lat) {
        return Geography.GF.createPoint(new Coordinate(lon, lat));
    }
}
