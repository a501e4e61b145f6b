package org.jiceng.io;

import java.util.Locale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

/**
 * Generators of valid datasets of every record kind, with text that stresses every format: Chinese,
 * delimiters, quotes, line breaks, formula-like prefixes, apostrophes, list separators and backslashes.
 */
public final class DatasetArbitraries {

    private DatasetArbitraries() {
    }

    /** Text that is never blank and contains characters every format must carry. */
    public static Arbitrary<String> text() {
        Arbitrary<String> tricky = Arbitraries.strings()
                .withChars("张王李赵社区党支部网格楼长abcXYZ019 ,\"'=+-@;\\\n\t|")
                .ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank());
        Arbitrary<String> plain = Arbitraries.strings().withChars("张王李赵钱孙永兴路社区第一党支部").ofMinLength(1).ofMaxLength(8);
        return Arbitraries.oneOf(tricky, plain);
    }

    /** Names: text without surrounding white space (the import trims names, with a warning). */
    public static Arbitrary<String> name() {
        return text().filter(s -> s.equals(s.strip()));
    }

    /** Identifiers. */
    public static Arbitrary<String> id(String prefix) {
        return Arbitraries.integers().between(1, 99_999).map(i -> prefix + i);
    }

    static <T> Arbitrary<Optional<T>> opt(Arbitrary<T> a) {
        return a.optional(0.7);
    }

    /** A valid GB 11643 ID number. */
    public static Arbitrary<String> idNumber() {
        return Combinators.combine(
                Arbitraries.of("110105", "310104", "440305", "510107", "320102"),
                Arbitraries.integers().between(0, 20_000),
                Arbitraries.integers().between(0, 999)).as((region, dayOffset, seq) -> {
                    String body = region + LocalDate.of(1950, 1, 1).plusDays(dayOffset).toString().replace("-", "")
                            + String.format(Locale.ROOT, "%03d", seq);
                    return body + checkDigit(body);
                });
    }

    static char checkDigit(String body17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** A mainland mobile number. */
    public static Arbitrary<String> phone() {
        return Combinators.combine(Arbitraries.of("13", "15", "17", "18", "19"),
                Arbitraries.longs().between(0, 999_999_999L)).as((p, n) -> p + String.format(Locale.ROOT, "%09d", n));
    }

    static Arbitrary<LocalDate> pastDate() {
        return Arbitraries.integers().between(0, 25_000).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
    }

    static Arbitrary<DateRange> range() {
        return Combinators.combine(pastDate(), Arbitraries.integers().between(1, 5000).optional(0.5))
                .as((from, days) -> new DateRange(from, days.map(from::plusDays)));
    }

    static Arbitrary<Area> area() {
        return Combinators.combine(id("a"), name(), Arbitraries.of(AreaLevel.class), opt(id("a")),
                opt(text()), opt(Arbitraries.integers().between(0, 100_000)),
                opt(Arbitraries.integers().between(0, 1_000_000)))
                .as((id, name, level, parent, geo, hh, pop) ->
                        new Area(id, name, level, parent, Optional.empty(), geo, hh, pop));
    }

    static Arbitrary<PartyOrganization> organization() {
        return Combinators.combine(id("o"), name(), Arbitraries.of(OrganizationType.class), opt(id("o")), opt(id("a")),
                pastDate().optional(0.5), Arbitraries.integers().between(1, 3000).optional(0.3),
                id("o").set().ofMaxSize(3))
                .as((id, name, type, parent, area, founded, life, members) -> new PartyOrganization(id, name, type,
                        parent, area, founded, founded.flatMap(f -> life.map(f::plusDays)), members));
    }

    static Arbitrary<Person> person() {
        return Combinators.combine(id("p"), name(), opt(idNumber()), opt(phone()), opt(id("a")), extras())
                .as(Person::new);
    }

    static Arbitrary<PartyMember> partyMember() {
        return Combinators.combine(id("p"), Arbitraries.of(MemberStatus.class), opt(pastDate()), extras())
                .as(PartyMember::new);
    }

    /** Roster columns the model has no field for, with values every format must carry. */
    static Arbitrary<java.util.Map<String, String>> extras() {
        return Arbitraries.maps(Arbitraries.of("民族", "学历", "转正时间", "k=v", "a;b", "x\\y"), text()).ofMaxSize(3);
    }

    static Arbitrary<Membership> membership() {
        return Combinators.combine(id("m"), id("p"), id("o"), Arbitraries.of(Role.class), opt(id("post")), range())
                .as(Membership::new);
    }

    static Arbitrary<Post> post() {
        return Combinators.combine(id("post"), id("o"), Arbitraries.of(Role.class), text(), opt(id("a")))
                .as(Post::new);
    }

    static Arbitrary<Cadre> cadre() {
        return Combinators.combine(id("p"), opt(id("a")), opt(Arbitraries.of(ReserveTier.class)),
                opt(Arbitraries.integers().between(1, 12).map(PayGrade::ofRank))).as(Cadre::new);
    }

    static Arbitrary<StationedUnit> stationedUnit() {
        return Combinators.combine(id("u"), name(), Arbitraries.of(UnitType.class),
                opt(Arbitraries.just("91350100M000100Y43")), opt(id("a")), opt(id("o"))).as(StationedUnit::new);
    }

    static Arbitrary<SocialOrganization> socialOrganization() {
        return Combinators.combine(id("s"), name(), opt(Arbitraries.just("91350100M000100Y43")), opt(text()),
                opt(id("a")), opt(id("o")), opt(pastDate())).as(SocialOrganization::new);
    }

    static Arbitrary<Grid> grid() {
        return Combinators.combine(id("g"), Arbitraries.strings().numeric().ofLength(15), name(), id("a"),
                opt(id("g")), id("p").list().ofMaxSize(3), Arbitraries.integers().between(0, 5000), opt(text()))
                .as(Grid::new);
    }

    static Arbitrary<Event> event() {
        Arbitrary<Instant> time = Arbitraries.longs().between(0, 2_000_000_000L).map(Instant::ofEpochSecond);
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000"))
                .ofScale(2);
        return Combinators.combine(id("e"), Arbitraries.of("meeting.attended", "volunteer.service", "misconduct"),
                id("p"), time, quantity, opt(id("a")),
                Arbitraries.maps(Arbitraries.of("meeting", "topic", "k=v", "a;b", "x\\y"), text()).ofMaxSize(3))
                .as(Event::new);
    }

    /** Datasets with every kind present or absent, up to a few records each. */
    public static Arbitrary<Dataset> datasets() {
        Arbitrary<List<Record>> part1 = Combinators.combine(area().list().ofMaxSize(3),
                organization().list().ofMaxSize(3), person().list().ofMaxSize(4), partyMember().list().ofMaxSize(3),
                membership().list().ofMaxSize(3), post().list().ofMaxSize(2))
                .as((a, b, c, d, e, f) -> concat(a, b, c, d, e, f));
        Arbitrary<List<Record>> part2 = Combinators.combine(cadre().list().ofMaxSize(2),
                stationedUnit().list().ofMaxSize(2), socialOrganization().list().ofMaxSize(2),
                grid().list().ofMaxSize(2), event().list().ofMaxSize(3))
                .as((a, b, c, d, e) -> concat(a, b, c, d, e));
        return Combinators.combine(part1, part2).as((x, y) -> Dataset.builder().addAll(x).addAll(y).build());
    }

    /** Persons only, for single-kind formats. */
    public static Arbitrary<Dataset> personDatasets() {
        return person().list().ofMinSize(1).ofMaxSize(8).map(list -> Dataset.builder().addAll(list).build());
    }

    @SafeVarargs
    private static List<Record> concat(List<? extends Record>... lists) {
        List<Record> all = new java.util.ArrayList<>();
        for (List<? extends Record> l : lists) {
            all.addAll(l);
        }
        return all;
    }
}
