package org.jiceng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.Grid;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.SocialOrganization;
import org.jiceng.core.model.StationedUnit;
import org.jiceng.core.model.UnitType;
import org.jiceng.core.validation.internal.FieldNamingMessageInterpolator;
import org.junit.jupiter.api.Test;

class ValidatorsTest {

    private static final String VALID_ID = "11010519491231002X";
    private static final String BAD_CHECK_ID = "110105194912310021";

    private static Person person(String idNumber, String phone) {
        return new Person("p1", "张三", Optional.ofNullable(idNumber), Optional.ofNullable(phone), Optional.empty());
    }

    private static List<String> messages(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).sorted().toList();
    }

    @Test
    void acceptsAPersonWithValidNumbers() {
        assertThat(Validators.english().validate(person(VALID_ID, "13812345678"))).isEmpty();
    }

    @Test
    void reportsWrongIdCheckDigitInEnglishNamingFieldAndRuleButNotTheExpectedCharacter() {
        Set<ConstraintViolation<Person>> violations = Validators.english().validate(person(BAD_CHECK_ID, null));

        // naming the expected character would disclose the person's valid ID number (issue #13 item 13)
        assertThat(messages(violations)).containsExactly("idNumber: ID number has a wrong check character "
                + "(ISO 7064 MOD 11-2, GB 11643-1999); check the number against the ID card");
        assertThat(violations.iterator().next().getPropertyPath().toString()).startsWith("idNumber");
    }

    @Test
    void reportsWrongIdCheckDigitInChineseWithoutTheExpectedCharacter() {
        Set<ConstraintViolation<Person>> violations = Validators.chinese().validate(person(BAD_CHECK_ID, null));

        assertThat(messages(violations)).containsExactly(
                "idNumber: 身份证号码校验码错误（ISO 7064 MOD 11-2，GB 11643-1999），请对照身份证核对号码");
    }

    @Test
    void reportsBadPhoneInBothLanguages() {
        Person person = person(null, "12812345678");

        assertThat(messages(Validators.english().validate(person)))
                .containsExactly("phone: phone number must be a mobile number 1[3-9] followed by 9 digits");
        assertThat(messages(Validators.chinese().validate(person)))
                .containsExactly("phone: 手机号码必须是1[3-9]开头的11位数字");
    }

    @Test
    void selectsBundleByLocaleNeverByJvmDefault() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(messages(Validators.forLocale(Locale.FRENCH).validate(person(BAD_CHECK_ID, null))))
                    .singleElement().asString().contains("wrong check character");
            assertThat(messages(Validators.forLocale(Locale.TRADITIONAL_CHINESE).validate(person(BAD_CHECK_ID, null))))
                    .singleElement().asString().contains("校验码错误");
            assertThat(Validators.supportedLocale(Locale.CHINA)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(Validators.supportedLocale(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void everyRuleHasAMessageInBothBundles() {
        List<CodeProblem> problems = new java.util.ArrayList<>();
        problems.addAll(List.of(IdNumbers.Problem.values()));
        problems.addAll(List.of(CreditCodes.Problem.values()));
        problems.addAll(List.of(DivisionCodes.Problem.values()));
        problems.addAll(List.of(PhoneNumbers.Problem.values()));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("ValidationMessages", locale);
            for (CodeProblem problem : problems) {
                assertThat(bundle.containsKey(problem.messageKey())).as(locale + " " + problem.messageKey()).isTrue();
            }
        }
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle("ValidationMessages", Locale.SIMPLIFIED_CHINESE);
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH);
        for (CodeProblem problem : problems) {
            assertThat(zh.getString(problem.messageKey())).as(problem.messageKey())
                    .isNotEqualTo(en.getString(problem.messageKey()));
        }
    }

    @Test
    void reportsLegacyIdNumberAsNotAllowedByDefault() {
        assertThat(messages(Validators.english().validate(person("110105491231002", null))))
                .singleElement().asString().startsWith("idNumber: ID number is in the legacy 15-digit form");
    }

    record LegacyHolder(@ChineseIdNumber(allowLegacy15 = true) String idNumber) {
    }

    @Test
    void acceptsLegacyIdNumberWhenAllowedButStillChecksItsDate() {
        assertThat(Validators.english().validate(new LegacyHolder("110105491231002"))).isEmpty();
        assertThat(Validators.english().validate(new LegacyHolder(VALID_ID))).isEmpty();
        assertThat(messages(Validators.english().validate(new LegacyHolder("110105491331002"))))
                .singleElement().asString().contains("birth date");
    }

    record CustomMessageHolder(@ChineseIdNumber(message = "bad id") String idNumber) {
    }

    @Test
    void keepsAUserMessageInsteadOfTheRuleMessage() {
        assertThat(messages(Validators.english().validate(new CustomMessageHolder(BAD_CHECK_ID))))
                .containsExactly("idNumber: bad id");
    }

    @Test
    void usesTheConfiguredClockForFutureBirthDates() {
        Clock year2000 = Clock.fixed(Instant.parse("2000-06-01T00:00:00Z"), ZoneOffset.UTC);
        Validator validator = Validation.byProvider(HibernateValidator.class).configure()
                .clockProvider(() -> year2000)
                .messageInterpolator(new FieldNamingMessageInterpolator(Locale.ENGLISH))
                .buildValidatorFactory().getValidator();
        String born2010 = IdNumbers.withCheckDigit("11010520100101002");

        assertThat(messages(validator.validate(person(born2010, null))))
                .containsExactly("idNumber: ID number must not contain a birth date in the future (GB 11643-1999)");
        assertThat(Validators.english().validate(person(born2010, null))).isEmpty();
    }

    @Test
    void checksCreditCodesOfUnitsAndSocialOrganisations() {
        StationedUnit unit = new StationedUnit("u1", "某公司", UnitType.ENTERPRISE, Optional.of("91350100M000100Y44"),
                Optional.empty(), Optional.empty());
        SocialOrganization social = new SocialOrganization("s1", "养老协会", Optional.of("91350100M000100Y43"),
                Optional.of("养老"), Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2020, 1, 1)));

        assertThat(messages(Validators.english().validate(unit))).containsExactly(
                "creditCode: credit code has a wrong check character (18th), expected 3 (weights 3^(i-1) mod 31, "
                        + "GB 32100-2015)");
        assertThat(messages(Validators.chinese().validate(unit))).singleElement().asString()
                .startsWith("creditCode: 统一社会信用代码第18位校验码错误，应为3");
        assertThat(Validators.english().validate(social)).isEmpty();
    }

    @Test
    void checksDivisionCodeSyntaxAndItsLevelAgainstTheArea() {
        Area subdistrictWithVillageCode = Area.of("a2", "碧鸡街道", AreaLevel.SUBDISTRICT, "a1")
                .withDivisionCode("530112001003");
        Area subdistrict = Area.of("a2", "碧鸡街道", AreaLevel.SUBDISTRICT, "a1").withDivisionCode("530112001000");
        Area badCode = Area.of("a1", "西山区", AreaLevel.DISTRICT, null).withDivisionCode("53011");

        assertThat(Validators.english().validate(subdistrict)).isEmpty();
        assertThat(messages(Validators.english().validate(subdistrictWithVillageCode))).containsExactly(
                "divisionCode: division code denotes level VILLAGE, but an area of level 街道/SUBDISTRICT needs a "
                        + "TOWNSHIP code (GB/T 2260)");
        assertThat(messages(Validators.chinese().validate(subdistrictWithVillageCode))).singleElement().asString()
                .startsWith("divisionCode: 行政区划代码表示VILLAGE级");
        assertThat(messages(Validators.english().validate(badCode))).containsExactly(
                "divisionCode: division code must have 6 (GB/T 2260) or 12 (statistical division code) digits, "
                        + "found 5");
    }

    record TownshipHolder(@DivisionCode(levels = {DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE}) String code) {
    }

    @Test
    void restrictsDivisionLevelsWhenAsked() {
        assertThat(Validators.english().validate(new TownshipHolder("530112001000"))).isEmpty();
        assertThat(messages(Validators.english().validate(new TownshipHolder("530112")))).containsExactly(
                "code: division code denotes level COUNTY, allowed here: TOWNSHIP, VILLAGE (GB/T 2260)");
    }

    @Test
    void checksCountsAndBuiltInConstraintsInBothLanguages() {
        Event negative = Event.of("e1", "volunteer.service", "p1", Instant.EPOCH).withQuantity(BigDecimal.valueOf(-2));
        Area negativeHouseholds = new Area("a", "小区", AreaLevel.COMPOUND, Optional.of("c"), Optional.empty(),
                Optional.empty(), Optional.of(-1), Optional.of(10));

        String english = messages(Validators.english().validate(negative)).get(0);
        String chinese = messages(Validators.chinese().validate(negative)).get(0);
        assertThat(english).startsWith("quantity: ").contains("0");
        assertThat(chinese).startsWith("quantity: ").isNotEqualTo(english);
        assertThat(messages(Validators.english().validate(negativeHouseholds))).singleElement().asString()
                .startsWith("households: ");
    }

    @Test
    void rejectsBlankIdsInsideOptionalsAndCollections() {
        Grid grid = new Grid("g", "530112001003001", "一网格", "a", Optional.of(" "), List.of("p1", ""), 10,
                Optional.empty());
        Event event = new Event("e", "t", "s", Instant.EPOCH, BigDecimal.ONE, Optional.empty(), Map.of(" ", "x"));

        Set<String> gridPaths = Validators.english().validate(grid).stream()
                .map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
        assertThat(gridPaths).hasSize(2).anyMatch(p -> p.startsWith("parentGridId"))
                .anyMatch(p -> p.startsWith("responsiblePersonIds[1]"));
        assertThat(messages(Validators.english().validate(event))).singleElement().asString()
                .startsWith("attributes[ ]");
    }

    @Test
    void validatingADatasetValidatesEveryRecordWithItsPath() {
        Dataset dataset = Dataset.builder()
                .add(person(VALID_ID, "13812345678"))
                .add(new Person("p2", "李四", Optional.of(BAD_CHECK_ID), Optional.of("12812345678"), Optional.empty()))
                .add(Area.of("a1", "西山区", AreaLevel.DISTRICT, null).withDivisionCode("530112"))
                .build();

        assertThat(messages(Validators.english().validate(dataset))).containsExactly(
                "persons[1].idNumber: ID number has a wrong check character (ISO 7064 MOD 11-2, "
                        + "GB 11643-1999); check the number against the ID card",
                "persons[1].phone: phone number must be a mobile number 1[3-9] followed by 9 digits");
    }
}
