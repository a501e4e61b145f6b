package org.jiceng.io.popolo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.MemberStatus;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.OrganizationType;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Post;
import org.jiceng.core.model.Role;
import org.jiceng.io.geojson.GeoArbitraries;

/** Generators of the records Popolo carries. */
public final class PopoloArbitraries {

    private PopoloArbitraries() {
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 100).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
    }

    static Arbitrary<Person> persons() {
        return Combinators.combine(GeoArbitraries.ids(), GeoArbitraries.names(),
                Arbitraries.strings().numeric().withChars('X').ofLength(18).optional(0.6),
                Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(13).optional(0.5),
                GeoArbitraries.ids().optional(0.5)).as(Person::new);
    }

    static Arbitrary<PartyOrganization> organizations() {
        return Combinators.combine(GeoArbitraries.ids(), GeoArbitraries.names(), Arbitraries.of(OrganizationType.class),
                GeoArbitraries.ids().optional(0.5), GeoArbitraries.ids().optional(0.5), dates().optional(0.5),
                Arbitraries.integers().between(1, 20000).optional(0.3), GeoArbitraries.ids().set().ofMaxSize(3))
                .as((id, name, type, parent, area, founded, lifetime, seated) -> new PartyOrganization(id, name, type,
                        parent, area, founded, lifetime.map(days -> founded.orElse(LocalDate.of(2000, 1, 1))
                                .plusDays(days)), seated));
    }

    static Arbitrary<Membership> memberships() {
        return Combinators.combine(GeoArbitraries.ids(), GeoArbitraries.ids(), GeoArbitraries.ids(),
                Arbitraries.of(Role.class), GeoArbitraries.ids().optional(0.5), dates(),
                Arbitraries.integers().between(1, 5000).optional(0.5))
                .as((id, person, org, role, post, from, days) -> new Membership(id, person, org, role, post,
                        new DateRange(from, days.map(from::plusDays))));
    }

    static Arbitrary<Post> posts() {
        return Combinators.combine(GeoArbitraries.ids(), GeoArbitraries.ids(), Arbitraries.of(Role.class),
                GeoArbitraries.names(), GeoArbitraries.ids().optional(0.5)).as(Post::new);
    }

    /** @return datasets of persons (some party members), organisations, memberships, posts and areas */
    public static Arbitrary<Dataset> datasets() {
        Arbitrary<List<Person>> persons = persons().list().ofMaxSize(6).uniqueElements(Person::id);
        return Combinators.combine(persons, Arbitraries.integers().between(0, 63), dates().optional(0.5),
                organizations().list().ofMaxSize(4).uniqueElements(PartyOrganization::id),
                memberships().list().ofMaxSize(6).uniqueElements(Membership::id),
                posts().list().ofMaxSize(4).uniqueElements(Post::id),
                GeoArbitraries.areas().list().ofMaxSize(4).uniqueElements(Area::id))
                .as((people, memberMask, joined, orgs, memberships, posts, areas) -> {
                    List<PartyMember> members = new ArrayList<>();
                    for (int i = 0; i < people.size(); i++) {
                        if ((memberMask & (1 << i)) != 0) {
                            members.add(new PartyMember(people.get(i).id(),
                                    i % 2 == 0 ? MemberStatus.FULL : MemberStatus.PROBATIONARY,
                                    i % 3 == 0 ? Optional.empty() : joined));
                        }
                    }
                    return Dataset.builder().addAll(people).addAll(members).addAll(orgs).addAll(memberships)
                            .addAll(posts).addAll(areas).build();
                });
    }
}
