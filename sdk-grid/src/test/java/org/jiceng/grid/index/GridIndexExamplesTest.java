package org.jiceng.grid.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.jiceng.cases.spi.GridLocator;
import org.jiceng.core.spi.PluginNotFoundException;
import org.jiceng.core.spi.Plugins;
import org.jiceng.grid.spi.GridIndexProvider;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class GridIndexExamplesTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return FACTORY.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    /** Two unit-ish squares side by side sharing the edge lon = 116.1; "b" is left, "a" right. */
    private static final List<GridShape> TWO = List.of(
            new GridShape("b-left", box(116.0, 39.9, 116.1, 40.0)),
            new GridShape("a-right", box(116.1, 39.9, 116.2, 40.0)));

    @Test
    void pluginsListTheBuiltInProvidersInOrder() {
        assertThat(Plugins.forDefaultClassLoader().load(GridIndexProvider.class).names())
                .containsExactly("cell-covering", "hilbert-rtree", "linear-scan");
    }

    @Test
    void defaultIndexIsTheCellCovering() {
        assertThat(GridIndexes.create(TWO).providerName()).isEqualTo("cell-covering");
        assertThat(GridIndexes.create("hilbert-rtree", TWO).providerName()).isEqualTo("hilbert-rtree");
        assertThat(GridIndexes.create("linear-scan", TWO).providerName()).isEqualTo("linear-scan");
    }

    @Test
    void unknownProviderNameListsTheAvailableOnes() {
        assertThatThrownBy(() -> GridIndexes.create("quadtree", TWO))
                .isInstanceOf(PluginNotFoundException.class)
                .hasMessageContaining("cell-covering").hasMessageContaining("hilbert-rtree")
                .hasMessageContaining("linear-scan")
                .hasMessageContaining("org.jiceng:jiceng-sdk-grid");
    }

    @Test
    void pointOnSharedEdgeBelongsToTheLowestIdWhateverTheSide() {
        for (String provider : List.of("cell-covering", "hilbert-rtree", "linear-scan")) {
            GridIndex index = GridIndexes.create(provider, TWO);
            assertThat(index.locate(116.1, 39.95)).contains("a-right");
            assertThat(index.covering(116.1, 39.95)).containsExactly("a-right", "b-left");
            assertThat(index.locate(116.05, 39.95)).contains("b-left");
            assertThat(index.locateShape(116.05, 39.95)).map(GridShape::gridId).contains("b-left");
            assertThat(index.locate(116.0, 39.9)).as("outer corner").contains("b-left");
            assertThat(index.locate(116.25, 39.95)).isEmpty();
            assertThat(index.covering(116.25, 39.95)).isEmpty();
        }
    }

    @Test
    void plugsIntoCaseRoutingAsAGridLocator() {
        GridLocator locator = GridIndexes.create(TWO)::locate;
        assertThat(locator.locate(116.15, 39.95)).contains("a-right");
        assertThat(locator.locate(117.0, 39.95)).isEmpty();
    }

    @Test
    void emptyIndexLocatesNothing() {
        for (String provider : List.of("cell-covering", "hilbert-rtree", "linear-scan")) {
            GridIndex index = GridIndexes.create(provider, List.of());
            assertThat(index.isEmpty()).isTrue();
            assertThat(index.locate(116.0, 39.9)).isEmpty();
            assertThat(index.covering(116.0, 39.9)).isEmpty();
        }
    }

    @Test
    void rejectsNonFiniteQueryCoordinates() {
        GridIndex index = GridIndexes.create(TWO);
        assertThatThrownBy(() -> index.locate(Double.NaN, 39.9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> index.covering(116.0, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsDuplicateGridIds() {
        List<GridShape> twice = List.of(TWO.get(0), new GridShape("b-left", box(117, 39, 117.1, 39.1)));
        assertThatThrownBy(() -> GridIndexes.create(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Duplicate grid id 'b-left'");
    }

    @Test
    void gridShapeRejectsNonPolygonalInvalidAndOutOfRangeGeometry() {
        assertThatThrownBy(() -> new GridShape("p", FACTORY.createPoint(new Coordinate(116, 39))))
                .hasMessageContaining("Polygon or MultiPolygon").hasMessageContaining("Point");
        Polygon bowTie = FACTORY.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(1, 1),
            new Coordinate(1, 0), new Coordinate(0, 1), new Coordinate(0, 0)});
        assertThatThrownBy(() -> new GridShape("bow", bowTie)).hasMessageContaining("not valid")
                .hasMessageContaining("bow");
        assertThatThrownBy(() -> new GridShape("far", box(200, 0, 201, 1))).hasMessageContaining("lon/lat");
        assertThatThrownBy(() -> new GridShape(" ", box(0, 0, 1, 1))).hasMessageContaining("blank");
        assertThatThrownBy(() -> new GridShape("e", FACTORY.createPolygon())).hasMessageContaining("empty");
    }

    @Test
    void gridShapeKeepsItsOwnCopyOfTheGeometry() {
        Polygon polygon = box(116, 39, 116.1, 39.1);
        GridShape shape = new GridShape("g", polygon);
        polygon.getCoordinates()[0].x = 0;
        polygon.geometryChanged();
        assertThat(shape.geometry().getEnvelopeInternal().getMinX()).isEqualTo(116);
    }
}
