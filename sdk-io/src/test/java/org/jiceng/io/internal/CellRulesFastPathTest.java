package org.jiceng.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.io.report.ImportWarning;
import org.junit.jupiter.api.Test;

/**
 * {@link CellRules} skips NFKC, trimming and the format-character lookup for text that cannot need them
 * (one scan for printable ASCII). These properties compare it with a reference that always normalises,
 * always trims and checks every character: same text, same changes (warnings), same rejections.
 */
class CellRulesFastPathTest {

    /** Plain ASCII, white space of several kinds, full-width forms, combining marks, compatibility and control characters. */
    private static final char[] POOL = {
        'a', 'Z', '0', '7', 'x', 'X', '-', ';', '\\', ' ', '\t', '\n', '\r', '\u000B', '\u001F', '\u0000', '\u007F',
        '\u0085', '\u00A0', '\u00AD', '\u00E9', '\u0301', '\u0308', '\u1680', '\u2003', '\u2028', '\u200B', '\u3000',
        '\uFEFF', '\uFF10', '\uFF19', '\uFF21', '\uFF58', '\uFF0D', '\u3231', '\uFB01', '\u2460', '\u5F20', '\u4E09',
        '\uD83D', '\uDE00'
    };

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> mixed = Arbitraries.of(POOL).list().ofMaxSize(24)
                .map(chars -> {
                    StringBuilder s = new StringBuilder(chars.size());
                    chars.forEach(s::append);
                    return s.toString();
                });
        Arbitrary<String> idNumbers = Arbitraries.strings().withChars("0123456789").ofLength(17)
                .flatMap(body -> Arbitraries.of("x", "X", "7", "\uFF58", "x ", " x", "\u3000x", "x\u0301")
                        .map(end -> body + end));
        Arbitrary<String> printable = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(20);
        return Arbitraries.oneOf(mixed, idNumbers, printable).filter(s -> !s.isEmpty());
    }

    @Property
    void codeRuleGivesTheReferenceResult(@ForAll("cells") String text) {
        assertSameAsReference(CellRules.Rule.CODE, text);
    }

    @Property
    void idNumberRuleGivesTheReferenceResult(@ForAll("cells") String text) {
        assertSameAsReference(CellRules.Rule.ID_NUMBER, text);
    }

    @Property
    void nameRuleGivesTheReferenceResult(@ForAll("cells") String text) {
        assertSameAsReference(CellRules.Rule.NAME, text);
    }

    @Property
    void aValueTakenAsUnchangedIsOneTheReferenceKeepsWithoutWarning(@ForAll("cells") String text,
            @ForAll CellRules.Rule rule) {
        if (!CellRules.unchanged(rule, text) || rule == CellRules.Rule.CODE_LIST || rule == CellRules.Rule.FREE) {
            return;
        }
        List<CellRules.Change> changes = new ArrayList<>();
        List<KindMapping.Problem> problems = new ArrayList<>();
        String kept = rule == CellRules.Rule.NAME ? referenceName(text, changes, problems)
                : referenceCode(text, changes, problems, rule == CellRules.Rule.ID_NUMBER);
        assertThat(kept).isEqualTo(text);
        assertThat(changes).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Property
    void theCodeShortcutKeepsExactlyNonEmptyPrintableAscii(@ForAll("cells") String text, @ForAll char extra) {
        for (String s : List.of(text, text + extra, extra + text, "")) {
            boolean printable = !s.isEmpty() && s.chars().allMatch(c -> c >= '!' && c <= '~');
            assertThat(CellRules.keptCode(s)).as("%s", s.chars().mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c))
                    .toList()).isEqualTo(printable);
        }
    }

    @Test
    void theCodeShortcutStopsAtTheEdgesOfPrintableAscii() {
        assertThat(CellRules.keptCode("!~")).isTrue();
        for (char c : new char[] {' ', '\u007F', '\u0000', '\u00A1', '\uFF01', '\uFFFF', '\u0121', '\u017E'}) {
            assertThat(CellRules.keptCode("ab" + c + "cd")).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void theNameShortcutNeverMissesAWhiteSpaceCharacter() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isWhitespace(cp)) {
                assertThat(cp).as("U+%04X", cp).isLessThanOrEqualTo(0xFFFF);
                assertThat(CellRules.mayBeWhiteSpace((char) cp)).as("U+%04X", cp).isTrue();
            }
        }
    }

    @Test
    void plainAsciiPassesUnchangedWithoutWarnings() {
        List<CellRules.Change> changes = new ArrayList<>();
        List<KindMapping.Problem> problems = new ArrayList<>();
        String text = "p12345";
        assertThat(CellRules.apply(CellRules.Rule.CODE, 0, text, changes, problems)).isSameAs(text);
        assertThat(changes).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void fullWidthAndSpacesAreNormalisedWithOneWarningEach() {
        List<CellRules.Change> changes = new ArrayList<>();
        List<KindMapping.Problem> problems = new ArrayList<>();
        assertThat(CellRules.apply(CellRules.Rule.ID_NUMBER, 2, " １１０１０５１９５００１０１００２ｘ\u3000", changes, problems))
                .isEqualTo("11010519500101002X");
        assertThat(changes).extracting(CellRules.Change::rule)
                .containsExactly(ImportWarning.WIDTH, ImportWarning.TRIM, ImportWarning.ID_CHECK_X);
        assertThat(problems).isEmpty();
    }

    private static void assertSameAsReference(CellRules.Rule rule, String text) {
        List<CellRules.Change> changes = new ArrayList<>();
        List<KindMapping.Problem> problems = new ArrayList<>();
        String actual = CellRules.apply(rule, 3, text, changes, problems);
        List<CellRules.Change> expectedChanges = new ArrayList<>();
        List<KindMapping.Problem> expectedProblems = new ArrayList<>();
        String expected = rule == CellRules.Rule.NAME ? referenceName(text, expectedChanges, expectedProblems)
                : referenceCode(text, expectedChanges, expectedProblems, rule == CellRules.Rule.ID_NUMBER);
        assertThat(actual).isEqualTo(expected);
        assertThat(changes).isEqualTo(expectedChanges);
        assertThat(problems).extracting(KindMapping.Problem::constraint, KindMapping.Problem::messageEn)
                .isEqualTo(expectedProblems.stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.constraint(), p.messageEn())).toList());
    }

    /** The rule as specified, without shortcuts: NFKC always, then strip, then check every character. */
    private static String referenceCode(String text, List<CellRules.Change> changes, List<KindMapping.Problem> problems,
            boolean idNumber) {
        String value = text;
        String nfkc = Normalizer.normalize(value, Normalizer.Form.NFKC);
        if (!nfkc.equals(value)) {
            changes.add(new CellRules.Change(3, value, nfkc, ImportWarning.WIDTH, "全角或兼容字符已转换为标准形式（NFKC）",
                    "full-width or compatibility characters made standard (NFKC)"));
            value = nfkc;
        }
        String stripped = value.strip();
        if (!stripped.equals(value)) {
            changes.add(trim(value, stripped));
            value = stripped;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT) {
                problems.add(control(c, i));
                return null;
            }
        }
        if (idNumber && value.length() == 18 && value.charAt(17) == 'x') {
            String upper = value.substring(0, 17) + 'X';
            changes.add(new CellRules.Change(3, value, upper, ImportWarning.ID_CHECK_X, "身份证号末位校验码 x 已改为大写 X",
                    "check character x of the ID number made upper case X"));
            value = upper;
        }
        return value;
    }

    private static String referenceName(String text, List<CellRules.Change> changes, List<KindMapping.Problem> problems) {
        String stripped = text.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                problems.add(control(c, i));
                return null;
            }
        }
        if (!stripped.equals(text)) {
            changes.add(trim(text, stripped));
        }
        return stripped;
    }

    private static CellRules.Change trim(String before, String after) {
        return new CellRules.Change(3, before, after, ImportWarning.TRIM, "已去除首尾空白", "leading or trailing white space removed");
    }

    private static KindMapping.Problem control(char c, int index) {
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        return new KindMapping.Problem(3, "control", "", "contains the control character " + code + " at character "
                + (index + 1) + ", which ids, codes and names must not hold");
    }
}
