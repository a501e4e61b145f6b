package org.jiceng.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseLocation;
import org.jiceng.cases.Situation;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.cases.spi.CaseRouter;
import org.jiceng.cases.spi.CaseRoutingProvider;
import org.jiceng.cases.spi.GridLocator;
import org.jiceng.cases.spi.Route;
import org.jiceng.cases.spi.RoutingContext;
import org.jiceng.core.model.Grid;
import org.jiceng.core.spi.Plugins;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link CaseRoutingProvider}. Vendors extend this class and return their provider:
 * <pre>{@code
 * class MyRoutingTest extends CaseRoutingCompatibilityKit {
 *     protected CaseRoutingProvider provider() { return new MyRoutingProvider(); }
 * }
 * }</pre>
 * The fixture is three grids in longitude bands (west of 102.6 → g-1 in community c-a, up to 102.8 →
 * g-2 in c-a, up to 103.0 → g-3 in c-b; latitudes 24–26 only) and the built-in situation catalogue.
 */
public abstract class CaseRoutingCompatibilityKit {

    /** Longitude bands → grid ids; nothing outside latitudes 24..26 or longitudes 102.4..103.0. */
    protected static final GridLocator BANDS = (lon, lat) -> {
        if (lat < 24 || lat > 26 || lon < 102.4 || lon >= 103.0) {
            return Optional.empty();
        }
        return Optional.of(lon < 102.6 ? "g-1" : lon < 102.8 ? "g-2" : "g-3");
    };
    /** The grids of the fixture. */
    protected static final List<Grid> GRIDS = List.of(grid("g-1", "c-a"), grid("g-2", "c-a"), grid("g-3", "c-b"));
    /** The catalogue of the fixture. */
    protected static final SituationCatalogue CATALOGUE = SituationCatalogue.defaults();
    private static final Instant T0 = Instant.parse("2024-06-01T00:00:00Z");

    /** @return a fresh instance of the provider under test */
    protected abstract CaseRoutingProvider provider();

    /** @return the routing context the kit routes with */
    protected RoutingContext context() {
        return RoutingContext.of(BANDS, GRIDS, CATALOGUE);
    }

    private CaseRouter router() {
        return provider().create(context());
    }

    private static Grid grid(String id, String community) {
        return new Grid(id, "530111001001" + id.substring(2), id, community, Optional.empty(), List.of(), 100,
                Optional.empty());
    }

    private static Case caseAt(String id, String situation, CaseLocation location) {
        return Case.builder(id, CATALOGUE.get(situation)).location(location).receivedAt(T0, "kit").build();
    }

    @Test
    void providerHasAStableNonBlankName() {
        assertThat(provider().name()).isNotBlank().isEqualTo(provider().name());
    }

    @Test
    void providerIsRegisteredForThePluginLoader() {
        CaseRoutingProvider p = provider();
        Optional<CaseRoutingProvider> loaded = Plugins.forDefaultClassLoader().find(CaseRoutingProvider.class,
                p.name());
        assertThat(loaded).as("META-INF/services/%s lists %s", CaseRoutingProvider.class.getName(),
                p.getClass().getName()).isPresent();
        assertThat(loaded.get()).isInstanceOf(p.getClass());
    }

    @Test
    void routesAPointToTheLocatedGridAndItsCommunity() {
        Route west = router().route(caseAt("K1", "P01", CaseLocation.at(102.5, 25)));
        Route east = router().route(caseAt("K2", "P01", CaseLocation.at(102.9, 25)));
        assertThat(west.gridId()).contains("g-1");
        assertThat(west.communityId()).contains("c-a");
        assertThat(east.gridId()).contains("g-3");
        assertThat(east.communityId()).contains("c-b");
    }

    @Test
    void keepsAGridTheCaseAlreadyHas() {
        Route route = router().route(caseAt("K3", "P01", CaseLocation.at(102.5, 25).withGrid("g-3")));
        assertThat(route.gridId()).contains("g-3");
        assertThat(route.communityId()).contains("c-b");
    }

    @Test
    void caseWithoutLocationGetsNoGridAndNoCommunity() {
        Route route = router().route(caseAt("K4", "P01", CaseLocation.unknown()));
        assertThat(route.gridId()).isEmpty();
        assertThat(route.communityId()).isEmpty();
    }

    @Test
    void pointOutsideEveryGridGetsNoGrid() {
        Route route = router().route(caseAt("K5", "P01", CaseLocation.at(110, 40)));
        assertThat(route.gridId()).isEmpty();
    }

    @Test
    void everySituationWithDefaultDepartmentsIsRoutedToDistinctDepartments() {
        for (Situation s : CATALOGUE.situations()) {
            Route route = router().route(caseAt("K-" + s.code(), s.code(), CaseLocation.at(102.7, 25)));
            if (!s.departments().isEmpty()) {
                assertThat(route.departments()).as(s.code()).isNotEmpty().doesNotHaveDuplicates()
                        .allSatisfy(d -> assertThat(d).isNotBlank());
            }
        }
    }

    @Test
    void communityIsTheCommunityOfTheRoutedGrid() {
        RoutingContext ctx = context();
        CaseRouter router = provider().create(ctx);
        for (int i = 0; i < 60; i++) {
            double lon = 102.4 + i * 0.01;
            Route route = router.route(caseAt("K6-" + i, "P02", CaseLocation.at(lon, 25)));
            route.gridId().flatMap(ctx::communityOf).ifPresent(c -> assertThat(route.communityId()).contains(c));
        }
    }

    @Test
    void routeIsDeterministicAndIndependentOfTheCaseState() {
        Case received = caseAt("K7", "E02", CaseLocation.at(102.65, 25.1));
        Case handled = received.whistle(T0.plusSeconds(60), "sec", List.of("emergency"), "")
                .report(T0.plusSeconds(120), "emergency", "").startWork(T0.plusSeconds(180), "emergency", "")
                .resolve(T0.plusSeconds(240), "emergency", "");
        Route first = router().route(received);
        assertThat(router().route(received)).isEqualTo(first);
        assertThat(router().route(handled)).isEqualTo(first);
    }

    @Test
    void routingFromManyThreadsGivesTheSameRoutes() {
        CaseRouter router = router();
        List<Case> cases = IntStream.range(0, 500)
                .mapToObj(i -> caseAt("K8-" + i, "P0" + (1 + i % 8), CaseLocation.at(102.35 + (i % 70) * 0.01, 25)))
                .toList();
        List<Route> sequential = cases.stream().map(router::route).toList();
        List<Route> parallel = cases.parallelStream().map(router::route).toList();
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void applyingARouteKeepsTheTrail() {
        Case c = caseAt("K9", "P01", CaseLocation.at(102.7, 25));
        Case routed = router().route(c).applyTo(c);
        assertThat(routed.trail()).isEqualTo(c.trail());
        assertThat(routed.id()).isEqualTo(c.id());
    }
}
