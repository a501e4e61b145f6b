package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.jiceng.cases.spi.CaseRouter;
import org.jiceng.cases.spi.GridLocator;
import org.jiceng.cases.spi.Route;
import org.jiceng.cases.spi.RoutingContext;
import org.jiceng.core.model.Grid;
import org.jiceng.core.spi.PluginNotFoundException;
import org.junit.jupiter.api.Test;

class CaseRoutingTest {

    /** West of 102.7 is grid g-w (community c-west), east is g-e (c-east); only latitudes 24..26. */
    private static final GridLocator LOCATOR = (lon, lat) -> lat < 24 || lat > 26 ? Optional.empty()
            : Optional.of(lon < 102.7 ? "g-w" : "g-e");
    private static final List<Grid> GRIDS = List.of(
            new Grid("g-w", "530111001001001", "西网格", "c-west", Optional.empty(), List.of(), 300, Optional.empty()),
            new Grid("g-e", "530111001001002", "东网格", "c-east", Optional.empty(), List.of(), 280, Optional.empty()));
    private static final RoutingContext CONTEXT = RoutingContext.of(LOCATOR, GRIDS, Fixtures.CATALOGUE);
    private static final CaseRouter ROUTER = CaseRouting.router(CaseRouting.DEFAULT_PROVIDER, CONTEXT);

    private static Case at(CaseLocation location) {
        return Case.builder("R", Fixtures.CATALOGUE.get("P04")).location(location).receivedAt(Fixtures.T0, "x").build();
    }

    @Test
    void pointIsRoutedToItsGridAndTheGridsCommunity() {
        Route route = ROUTER.route(at(CaseLocation.at(102.8, 25.0)));
        assertThat(route.gridId()).contains("g-e");
        assertThat(route.communityId()).contains("c-east");
        assertThat(route.departments()).containsExactly("transport", "urban-management");
    }

    @Test
    void explicitGridWinsOverThePoint() {
        Route route = ROUTER.route(at(CaseLocation.at(102.8, 25.0).withGrid("g-w")));
        assertThat(route.gridId()).contains("g-w");
        assertThat(route.communityId()).contains("c-west");
    }

    @Test
    void gridCommunityWinsOverATypedArea() {
        Route route = ROUTER.route(at(CaseLocation.at(102.6, 25.0).withArea("c-typo")));
        assertThat(route.communityId()).contains("c-west");
    }

    @Test
    void pointOutsideAllGridsKeepsTheCasesOwnArea() {
        Route route = ROUTER.route(at(CaseLocation.at(102.6, 30.0).withArea("c-own")));
        assertThat(route.gridId()).isEmpty();
        assertThat(route.communityId()).contains("c-own");
    }

    @Test
    void caseWithoutLocationGetsOnlyDepartments() {
        Route route = ROUTER.route(at(CaseLocation.unknown()));
        assertThat(route.gridId()).isEmpty();
        assertThat(route.communityId()).isEmpty();
        assertThat(route.departments()).isNotEmpty();
    }

    @Test
    void unknownGridHasNoCommunityFromTheLookup() {
        Route route = ROUTER.route(at(CaseLocation.unknown().withGrid("g-unknown")));
        assertThat(route.gridId()).contains("g-unknown");
        assertThat(route.communityId()).isEmpty();
    }

    @Test
    void applyToWritesGridAndCommunityAndKeepsTheTrail() {
        Case c = at(CaseLocation.at(102.6, 25.0)).whistle(Fixtures.hours(1), "s", List.of("transport"), "");
        Case routed = ROUTER.route(c).applyTo(c);
        assertThat(routed.location().gridId()).contains("g-w");
        assertThat(routed.location().areaId()).contains("c-west");
        assertThat(routed.trail()).isEqualTo(c.trail());
    }

    @Test
    void missingProviderNameListsTheAvailableOnes() {
        assertThatThrownBy(() -> CaseRouting.router("shenzhen", CONTEXT)).isInstanceOf(PluginNotFoundException.class)
                .hasMessageContaining("default").hasMessageContaining("org.jiceng:jiceng-sdk-cases");
    }

    @Test
    void duplicateGridIdsAreRefused() {
        assertThatThrownBy(() -> RoutingContext.of(LOCATOR, List.of(GRIDS.get(0), GRIDS.get(0)), Fixtures.CATALOGUE))
                .hasMessageContaining("Grid id g-w appears twice");
    }
}
