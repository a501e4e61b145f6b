package org.jiceng.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Cadre;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.Grid;
import org.jiceng.core.model.MemberStatus;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.OrganizationType;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.model.PayGrade;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Post;
import org.jiceng.core.model.ReserveTier;
import org.jiceng.core.model.Role;
import org.jiceng.core.model.SocialOrganization;
import org.jiceng.core.model.StationedUnit;
import org.jiceng.core.model.UnitType;
import org.jiceng.core.registry.Registry;
import org.jiceng.core.store.DatasetStore;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link DatasetStore}. Extend it and return a new, empty store:
 * <pre>{@code
 * class MyDatasetStoreTest extends DatasetStoreCompatibilityKit {
 *     protected DatasetStore newStore() { return new MyDatasetStore(freshSchema()); }
 * }
 * }</pre>
 * The fixture is a random district with every record kind, organisations founded and dissolved,
 * memberships that end, overlap and point at unknown organisations, and text that breaks naive
 * encodings; the as-of answers are compared with a {@link Registry} built on the same dataset.
 */
public abstract class DatasetStoreCompatibilityKit {

    private static final LocalDate D0 = LocalDate.of(2015, 1, 1);

    /** @return a new, empty store */
    protected abstract DatasetStore newStore();

    /**
     * @param persons number of persons
     * @param seed random seed
     * @return a dataset with every record kind
     */
    protected static Dataset sampleDataset(int persons, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Dataset.Builder b = Dataset.builder();
        b.add(new Area("a-0", "西山区", AreaLevel.DISTRICT, Optional.empty(), Optional.of("530112"), Optional.empty(),
                Optional.empty(), Optional.of(800_000)));
        for (int s = 1; s <= 3; s++) {
            b.add(new Area("a-" + s, "街道 \"" + s + "\";\t", AreaLevel.SUBDISTRICT, Optional.of("a-0"),
                    Optional.of(String.format(Locale.ROOT, "530112%03d000", s)), Optional.of("geo-" + s),
                    Optional.of(1200 * s), Optional.empty()));
        }
        int orgs = Math.max(4, persons / 8);
        b.add(new PartyOrganization("o-0", "区委", OrganizationType.PARTY_COMMITTEE, Optional.empty(),
                Optional.of("a-0"), Optional.of(D0.minusYears(30)), Optional.empty(), Set.of()));
        Set<String> seated = new LinkedHashSet<>();
        for (int o = 1; o < orgs; o++) {
            Optional<LocalDate> founded = r.nextInt(4) == 0 ? Optional.empty() : Optional.of(D0.plusDays(r.nextInt(2000)));
            Optional<LocalDate> dissolved = r.nextInt(5) == 0
                    ? Optional.of(founded.orElse(D0).plusDays(1 + r.nextInt(1500))) : Optional.empty();
            b.add(new PartyOrganization("o-" + o, "第" + o + "党支部", OrganizationType.BRANCH, Optional.of("o-0"),
                    Optional.of("a-" + (1 + r.nextInt(3))), founded, dissolved, Set.of()));
            if (o % 3 == 0) {
                seated.add("o-" + o);
            }
        }
        b.add(new PartyOrganization("o-joint", "大党委", OrganizationType.JOINT_COMMITTEE, Optional.of("o-0"),
                Optional.of("a-1"), Optional.empty(), Optional.empty(), seated));
        for (int p = 0; p < persons; p++) {
            String id = "p-" + p;
            b.add(new Person(id, "成员" + p + (p % 7 == 0 ? "\n第二行" : ""), Optional.empty(),
                    p % 2 == 0 ? Optional.of("138" + String.format(Locale.ROOT, "%08d", p)) : Optional.empty(),
                    Optional.of("a-" + (1 + p % 3))));
            if (p % 5 != 0) {
                b.add(new PartyMember(id, p % 11 == 0 ? MemberStatus.PROBATIONARY : MemberStatus.FULL,
                        p % 3 == 0 ? Optional.empty() : Optional.of(D0.minusDays(r.nextInt(5000)))));
            }
            int memberships = 1 + r.nextInt(3);
            for (int m = 0; m < memberships; m++) {
                LocalDate from = D0.plusDays(r.nextInt(3000));
                DateRange period = r.nextBoolean() ? DateRange.startingOn(from)
                        : DateRange.of(from, from.plusDays(1 + r.nextInt(1500)));
                String org = r.nextInt(40) == 0 ? "o-unknown" : "o-" + (1 + r.nextInt(orgs - 1));
                Role role = r.nextInt(6) == 0 ? Role.SECRETARY : Role.MEMBER;
                b.add(new Membership(id + "-m" + m, id, org, role,
                        role == Role.SECRETARY ? Optional.of("post-" + org) : Optional.empty(), period));
            }
            if (p % 9 == 0) {
                b.add(new Cadre(id, Optional.of("a-" + (1 + p % 3)),
                        Optional.of(ReserveTier.values()[p % ReserveTier.values().length]),
                        p % 2 == 0 ? Optional.of(new PayGrade(1 + p % 4, 1 + p % 3)) : Optional.empty()));
            }
            if (p % 4 == 0) {
                b.add(new Event("ev-" + p, "volunteer.hours", id, Instant.parse("2024-03-01T08:00:00Z").plusSeconds(p),
                        new BigDecimal("2.50"), Optional.of("a-1"), Map.of("k", "v;" + p)));
            }
        }
        for (int o = 1; o < orgs; o++) {
            b.add(new Post("post-o-" + o, "o-" + o, Role.SECRETARY, "书记", Optional.empty()));
        }
        b.add(new StationedUnit("u-1", "区医院", UnitType.HOSPITAL, Optional.empty(), Optional.of("a-1"),
                Optional.of("o-1")));
        b.add(new SocialOrganization("s-1", "志愿者协会", Optional.empty(), Optional.of("志愿服务"), Optional.of("a-2"),
                Optional.empty(), Optional.of(D0)));
        b.add(new Grid("g-1", "530112001001001", "网格一", "a-1", Optional.empty(), List.of("p-0", "p-1"), 450,
                Optional.of("geo-g-1")));
        return b.build();
    }

    private static List<LocalDate> probeDays(SplittableRandom r) {
        List<LocalDate> days = new ArrayList<>(List.of(D0, D0.minusDays(1), LocalDate.of(2030, 1, 1)));
        for (int i = 0; i < 5; i++) {
            days.add(D0.plusDays(r.nextInt(4600)));
        }
        return days;
    }

    @Test
    void aSavedDatasetLoadsBackEqual() {
        DatasetStore store = newStore();
        Dataset dataset = sampleDataset(200, 11L);
        store.save("xishan-2024", dataset);
        assertThat(store.load("xishan-2024")).contains(dataset);
        assertThat(store.load("other")).isEmpty();
        assertThat(store.names()).containsExactly("xishan-2024");
    }

    @Test
    void anEmptyDatasetLoadsBackEmpty() {
        DatasetStore store = newStore();
        store.save("empty", Dataset.empty());
        assertThat(store.load("empty")).contains(Dataset.empty());
    }

    @Test
    void savingUnderTheSameNameReplacesTheDataset() {
        DatasetStore store = newStore();
        store.save("d", sampleDataset(50, 12L));
        Dataset second = sampleDataset(30, 13L);
        store.save("d", second);
        store.save("e", sampleDataset(10, 14L));
        assertThat(store.load("d")).contains(second);
        assertThat(store.names()).containsExactly("d", "e");
    }

    @Test
    void asOfQueriesAnswerAsTheRegistryDoes() {
        DatasetStore store = newStore();
        Dataset dataset = sampleDataset(240, 15L);
        store.save("d", dataset);
        Registry registry = Registry.build(dataset).registry();
        SplittableRandom r = new SplittableRandom(15L);
        for (LocalDate day : probeDays(r)) {
            assertThat(store.organizationsActiveOn("d", day)).as("organisations on %s", day)
                    .isEqualTo(registry.organizations().stream().filter(o -> o.activeOn(day)).toList());
            for (PartyOrganization o : dataset.organizations()) {
                assertThat(store.membersOf("d", o.id(), day)).as("members of %s on %s", o.id(), day)
                        .isEqualTo(registry.membersOf(o.id(), day));
            }
            assertThat(store.membersOf("d", "o-unknown", day)).isEqualTo(registry.membersOf("o-unknown", day));
            for (int p = 0; p < 240; p += 19) {
                String person = "p-" + p;
                assertThat(store.membershipsOfPerson("d", person, day)).as("memberships of %s on %s", person, day)
                        .isEqualTo(registry.membershipsOfPerson(person).stream().filter(m -> m.period().contains(day)
                                && registry.organization(m.organizationId()).isPresent()).toList());
            }
        }
        assertThat(store.membersOf("no-such-dataset", "o-1", D0)).isEmpty();
        assertThat(store.organizationsActiveOn("no-such-dataset", D0)).isEmpty();
    }
}
