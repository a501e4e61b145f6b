package org.jiceng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
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
import org.jiceng.core.validation.internal.RecordChecker.Verdict;

/**
 * The pre-check's verdict on every model record class equals "Hibernate Validator reports no violation",
 * on valid records and on records mutated to break each kind of constraint; the pre-check never has to
 * defer to Hibernate Validator for the model.
 */
class PreCheckPropertiesTest {

    private static final LocalDate TODAY = LocalDate.now(org.jiceng.core.time.ChinaTime.ZONE);

    @Property
    void areaVerdictEqualsHibernateValidator(@ForAll("areas") Area area) {
        assertAgreement(area);
    }

    @Property
    void personVerdictEqualsHibernateValidator(@ForAll("persons") Person person) {
        assertAgreement(person);
    }

    @Property
    void partyOrganizationVerdictEqualsHibernateValidator(@ForAll("organizations") PartyOrganization organization) {
        assertAgreement(organization);
    }

    @Property
    void partyMemberVerdictEqualsHibernateValidator(@ForAll("partyMembers") PartyMember member) {
        assertAgreement(member);
    }

    @Property
    void membershipVerdictEqualsHibernateValidator(@ForAll("memberships") Membership membership) {
        assertAgreement(membership);
    }

    @Property
    void postVerdictEqualsHibernateValidator(@ForAll("posts") Post post) {
        assertAgreement(post);
    }

    @Property
    void cadreVerdictEqualsHibernateValidator(@ForAll("cadres") Cadre cadre) {
        assertAgreement(cadre);
    }

    @Property
    void stationedUnitVerdictEqualsHibernateValidator(@ForAll("stationedUnits") StationedUnit unit) {
        assertAgreement(unit);
    }

    @Property
    void socialOrganizationVerdictEqualsHibernateValidator(@ForAll("socialOrganizations") SocialOrganization org) {
        assertAgreement(org);
    }

    @Property
    void gridVerdictEqualsHibernateValidator(@ForAll("grids") Grid grid) {
        assertAgreement(grid);
    }

    @Property
    void eventVerdictEqualsHibernateValidator(@ForAll("events") Event event) {
        assertAgreement(event);
    }

    @Property
    void dateRangeAndPayGradeVerdictsEqualHibernateValidator(@ForAll("periods") DateRange period,
            @ForAll("payGrades") PayGrade payGrade) {
        assertThat(Validators.preCheck(period)).isEqualTo(Verdict.PASS);
        assertThat(Validators.english().validate(period)).isEmpty();
        assertThat(Validators.preCheck(payGrade)).isEqualTo(Verdict.PASS);
        assertThat(Validators.english().validate(payGrade)).isEmpty();
    }

    @Property(tries = 50)
    void datasetVerdictEqualsHibernateValidatorThroughCascades(@ForAll("persons") Person person,
            @ForAll("cadres") Cadre cadre, @ForAll("areas") Area area) {
        Dataset dataset = Dataset.builder().add(person).add(cadre).add(area).build();
        Verdict verdict = Validators.preCheck(dataset);
        boolean valid = Validators.english().validate(dataset).isEmpty();
        assertThat(verdict).isNotEqualTo(Verdict.UNDECIDED);
        assertThat(verdict == Verdict.PASS).as("pre-check passes %s", dataset).isEqualTo(valid);
        assertThat(verdict == Verdict.PASS).isEqualTo(Validators.preCheck(person) == Verdict.PASS
                && Validators.preCheck(cadre) == Verdict.PASS && Validators.preCheck(area) == Verdict.PASS);
    }

    private static void assertAgreement(Record record) {
        Verdict verdict = Validators.preCheck(record);
        boolean valid = Validators.english().validate(record).isEmpty();
        assertThat(verdict).as("pre-check of %s", record).isNotEqualTo(Verdict.UNDECIDED);
        assertThat(verdict == Verdict.PASS).as("pre-check passes %s", record).isEqualTo(valid);
        assertThat(Validators.fastCheck(record)).isEqualTo(valid);
        Statistics.collect(verdict);
        // Both outcomes must be exercised, or the property proves nothing.
        Statistics.coverage(coverage -> {
            coverage.check(Verdict.PASS).percentage(p -> p >= 5);
            coverage.check(Verdict.FAIL).percentage(p -> p >= 5);
        });
    }

    // ---- generators: mostly valid values, with a share of each kind of broken value ----

    private static <T> Arbitrary<T> mostly(Arbitrary<T> valid, Arbitrary<T> broken) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, valid), net.jqwik.api.Tuple.of(1, broken));
    }

    private static Arbitrary<String> ids() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6);
    }

    private static Arbitrary<Optional<String>> references() {
        return mostly(Arbitraries.oneOf(ids().map(Optional::of), Arbitraries.just(Optional.<String>empty())),
                Arbitraries.of("", " ", "\t", "\u3000").map(Optional::of));
    }

    private static Arbitrary<Optional<String>> idNumbers() {
        Arbitrary<String> broken = Arbitraries.oneOf(
                CodeArbitraries.idNumbers().map(PreCheckPropertiesTest::wrongCheckDigit),
                Arbitraries.just(IdNumbers.withCheckDigit("11010120990101123")),
                Arbitraries.of("", "123", "11010119900101123X1", "abcdefghijklmnopqr"));
        return mostly(Arbitraries.oneOf(CodeArbitraries.idNumbers().map(Optional::of),
                Arbitraries.just(Optional.<String>empty())), broken.map(Optional::of));
    }

    private static String wrongCheckDigit(String idNumber) {
        char digit = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (digit == '1' ? '2' : '1');
    }

    private static Arbitrary<Optional<String>> phones() {
        return mostly(Arbitraries.of("13812345678", "+8613812345678", "010-87654321", "(021)62345678")
                .map(Optional::of).injectNull(0.3).map(p -> p == null ? Optional.<String>empty() : p),
                Arbitraries.of("12812345678", "123", "", "phone").map(Optional::of));
    }

    private static Arbitrary<Optional<String>> creditCodes() {
        return mostly(CodeArbitraries.creditCodes().map(Optional::of).injectNull(0.3)
                        .map(c -> c == null ? Optional.<String>empty() : c),
                Arbitraries.oneOf(CodeArbitraries.creditCodes().map(c -> c.substring(0, 17)
                        + (c.charAt(17) == '0' ? '1' : '0')), Arbitraries.of("", "91X", "not a credit code"))
                        .map(Optional::of));
    }

    private static Arbitrary<Optional<LocalDate>> pastDates() {
        Arbitrary<LocalDate> past = Arbitraries.longs().between(1, 40_000).map(TODAY::minusDays);
        Arbitrary<LocalDate> future = Arbitraries.longs().between(2, 40_000).map(TODAY::plusDays);
        return mostly(past.map(Optional::of).injectNull(0.3).map(d -> d == null ? Optional.<LocalDate>empty() : d),
                future.map(Optional::of));
    }

    private static Arbitrary<Optional<Integer>> counts() {
        return mostly(Arbitraries.integers().between(0, 100_000).map(Optional::of),
                Arbitraries.integers().between(-1000, -1).map(Optional::of));
    }

    private static <T> Arbitrary<T> constructed(Arbitrary<Supplier<T>> suppliers) {
        // Constructors reject some broken values outright (blank required ids): those never reach validation.
        return suppliers.map(s -> {
            try {
                return Optional.of(s.get());
            } catch (IllegalArgumentException e) {
                return Optional.<T>empty();
            }
        }).filter(Optional::isPresent).map(Optional::get);
    }

    @Provide
    Arbitrary<Area> areas() {
        // Most random codes do not match a random level: keep enough areas without a code to see valid ones.
        Arbitrary<Optional<String>> someCodes = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Optional.<String>empty())),
                net.jqwik.api.Tuple.of(2, CodeArbitraries.twelveDigitCodes().map(Optional::of)));
        Arbitrary<Optional<String>> divisionCodes = mostly(someCodes,
                Arbitraries.oneOf(CodeArbitraries.twelveDigitCodes().map(c -> c.substring(0, 11) + "x"),
                        Arbitraries.of("99", "000000000000", "1101", " ")).map(Optional::of));
        return Combinators.combine(ids(), Arbitraries.of(AreaLevel.class), references(), divisionCodes, references(),
                counts(), counts()).as((id, level, parent, code, geometry, households, population) ->
                        new Area(id, "名" + id, level, parent, code, geometry, households, population));
    }

    @Provide
    Arbitrary<Person> persons() {
        return Combinators.combine(ids(), idNumbers(), phones(), references())
                .as((id, idNumber, phone, home) -> new Person(id, "张" + id, idNumber, phone, home));
    }

    @Provide
    Arbitrary<PartyOrganization> organizations() {
        Arbitrary<Set<String>> members = mostly(ids().set().ofMaxSize(3),
                Arbitraries.of(Set.of(" "), Set.of("o1", "")));
        return constructed(Combinators.combine(ids(), Arbitraries.of(OrganizationType.class), references(),
                references(), pastDates(), members).as((id, type, parent, area, founded, memberIds) ->
                        () -> new PartyOrganization(id, "支部" + id, type, parent, area, founded,
                                founded.map(f -> f.plusDays(30)), memberIds)));
    }

    @Provide
    Arbitrary<PartyMember> partyMembers() {
        return Combinators.combine(ids(), Arbitraries.of(MemberStatus.class), pastDates())
                .as(PartyMember::new);
    }

    @Provide
    Arbitrary<DateRange> periods() {
        return Combinators.combine(Arbitraries.longs().between(-20_000, 20_000).map(TODAY::plusDays),
                Arbitraries.longs().between(1, 5000).injectNull(0.3))
                .as((from, days) -> days == null ? DateRange.startingOn(from) : DateRange.of(from, from.plusDays(days)));
    }

    @Provide
    Arbitrary<PayGrade> payGrades() {
        return Arbitraries.integers().between(1, PayGrade.LEVELS * PayGrade.GRADES_PER_LEVEL).map(PayGrade::ofRank);
    }

    @Provide
    Arbitrary<Membership> memberships() {
        return Combinators.combine(ids(), ids(), ids(), Arbitraries.of(Role.class), references(), periods())
                .as(Membership::new);
    }

    @Provide
    Arbitrary<Post> posts() {
        return Combinators.combine(ids(), ids(), Arbitraries.of(Role.class), references())
                .as((id, org, role, area) -> new Post(id, org, role, role.label(), area));
    }

    @Provide
    Arbitrary<Cadre> cadres() {
        return Combinators.combine(ids(), references(), Arbitraries.of(ReserveTier.class).optional(),
                payGrades().optional()).as(Cadre::new);
    }

    @Provide
    Arbitrary<StationedUnit> stationedUnits() {
        return Combinators.combine(ids(), Arbitraries.of(UnitType.class), creditCodes(), references(), references())
                .as((id, type, code, area, party) -> new StationedUnit(id, "单位" + id, type, code, area, party));
    }

    @Provide
    Arbitrary<SocialOrganization> socialOrganizations() {
        return Combinators.combine(ids(), creditCodes(), references(), references(), references(), pastDates())
                .as((id, code, category, area, party, registered) ->
                        new SocialOrganization(id, "协会" + id, code, category, area, party, registered));
    }

    @Provide
    Arbitrary<Grid> grids() {
        Arbitrary<List<String>> responsible = mostly(ids().list().ofMaxSize(3),
                Arbitraries.of(List.of(" "), List.of("p1", "")));
        return Combinators.combine(ids(), ids(), ids(), references(), responsible,
                Arbitraries.integers().between(0, 5000), references())
                .as((id, code, area, parent, people, households, geometry) ->
                        new Grid(id, code, "网格" + id, area, parent, people, households, geometry));
    }

    @Provide
    Arbitrary<Event> events() {
        Arbitrary<BigDecimal> quantities = mostly(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(1000)).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(-0.01)).ofScale(2));
        Arbitrary<Map<String, String>> attributes = mostly(
                Arbitraries.maps(ids(), Arbitraries.strings().ofMaxLength(4)).ofMaxSize(3),
                Arbitraries.of(Map.of(" ", "v"), Map.of("k", "v", "", "w")));
        Arbitrary<Instant> times = Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond);
        return Combinators.combine(ids(), Arbitraries.of(EventTypesForTests.TYPES), ids(), times, quantities,
                references(), attributes).as(Event::new);
    }

    /** Event types the generators draw from. */
    private static final class EventTypesForTests {
        static final List<String> TYPES = List.of(org.jiceng.core.model.EventTypes.MEETING_ATTENDED,
                org.jiceng.core.model.EventTypes.VOLUNTEER_SERVICE, org.jiceng.core.model.EventTypes.MISCONDUCT);
    }
}
