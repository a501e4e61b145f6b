package org.jiceng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiceng.cases.Situation;
import org.jiceng.cases.SituationCatalogue;
import org.junit.jupiter.api.Test;

/** The two message catalogues stay in step: same keys, same arguments, and Chinese where Chinese is due. */
class MessagesTest {

    private static final Pattern CONVERSION = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?([a-zA-Z%])");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Keys whose Chinese text is only punctuation, numbers and names. */
    private static final java.util.Set<String> SYMBOLIC = java.util.Set.of(Messages.LANGUAGE_KEY, "msg.error",
            "msg.progress.start", "msg.progress.count", "msg.progress.countOnly", "msg.progress.bar", "msg.unit.MB", "msg.import.stop",
            "msg.summary.step");

    private static ResourceBundle bundle(Language l) {
        return Messages.load(Messages.resource(l));
    }

    @Test
    void everyKeyIsInBothLanguages() {
        TreeSet<String> en = new TreeSet<>(bundle(Language.EN).keySet());
        TreeSet<String> zh = new TreeSet<>(bundle(Language.ZH).keySet());
        TreeSet<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        TreeSet<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        assertThat(onlyEn).as("keys only in messages_en.properties").isEmpty();
        assertThat(onlyZh).as("keys only in messages_zh.properties").isEmpty();
        assertThat(en).hasSizeGreaterThan(100);
    }

    @Test
    void bothLanguagesTakeTheSameArgumentsInEachMessage() {
        ResourceBundle en = bundle(Language.EN);
        ResourceBundle zh = bundle(Language.ZH);
        for (String key : en.keySet()) {
            if (key.startsWith("msg.")) {
                assertThat(arguments(zh.getString(key))).as(key).isEqualTo(arguments(en.getString(key)));
            }
        }
    }

    @Test
    void chineseTextsAreChinese() {
        ResourceBundle zh = bundle(Language.ZH);
        for (String key : zh.keySet()) {
            boolean symbolic = SYMBOLIC.contains(key);
            if (!symbolic) {
                assertThat(zh.getString(key)).as(key).containsPattern(HAN);
            }
        }
    }

    @Test
    void everyDepartmentOfTheSituationCatalogueHasAChineseNameAndKeepsItsId() {
        Messages zh = Messages.of(Language.ZH);
        Messages en = Messages.of(Language.EN);
        for (Situation s : SituationCatalogue.defaults().situations()) {
            for (String id : s.departments()) {
                assertThat(zh.department(id)).as(id).containsPattern(HAN);
                assertThat(en.department(id)).isEqualTo(id);
                assertThat(Messages.departmentId(zh.department(id))).isEqualTo(id);
                assertThat(Messages.departmentId(id)).isEqualTo(id);
            }
        }
        assertThat(zh.department("urban-management")).isEqualTo("城管");
        assertThat(zh.department("housing")).isEqualTo("住建");
        assertThat(zh.department("a-plugins-own-department")).isEqualTo("a-plugins-own-department");
    }

    @Test
    void messagesFormatNumbersTheSameInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(Messages.of(Language.EN).get("msg.partition.summary", 1234, 5, 2, "x"))
                    .isEqualTo("1234 buildings, 5 households -> 2 grids (x)");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aTextIsRenderedInEachLanguageAndKeepsAMissingDetailVisible() {
        Text t = Text.of("msg.input.unreadable", "a.csv", null);
        assertThat(Messages.of(Language.EN).render(t)).isEqualTo("Input file a.csv cannot be read: null");
        assertThat(Messages.of(Language.ZH).render(t)).isEqualTo("无法读取输入文件 a.csv：null");
        Text nested = Text.of("msg.input.unreadable", "b.csv", Text.of("msg.demo.outIsFile", "out"));
        assertThat(Messages.of(Language.EN).render(nested))
                .isEqualTo("Input file b.csv cannot be read: Output folder out is a file; give --out a folder.");
        assertThat(Messages.of(Language.ZH).render(nested))
                .isEqualTo("无法读取输入文件 b.csv：输出目录 out 是一个文件；请为 --out 指定一个目录。");
    }

    /** The conversions of a format pattern, by argument position: {@code %2$s %1$d} gives [d, s]. */
    private static List<String> arguments(String pattern) {
        List<String[]> found = new ArrayList<>();
        Matcher m = CONVERSION.matcher(pattern);
        int next = 1;
        while (m.find()) {
            String conversion = m.group(3);
            if (conversion.equals("%") || conversion.equals("n")) {
                continue;
            }
            int index = m.group(1) == null ? next++ : Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 1));
            found.add(new String[] {String.format(Locale.ROOT, "%03d", index), conversion});
        }
        return found.stream().sorted((a, b) -> a[0].compareTo(b[0])).map(a -> a[0] + a[1]).toList();
    }
}
