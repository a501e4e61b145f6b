package org.jiceng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.CaseStatus;
import org.jiceng.examples.demo.JicengDemoTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The CLI speaks the user's language, or the one {@code --lang} names: help, errors and row errors. */
class BilingualCliTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @TempDir
    Path dir;

    private static Run run(Language fallback, String... args) {
        return JicengDemoTest.run(fallback, args);
    }

    @Test
    void theLocaleChoosesTheLanguageOnceAtTheEntryPoint() {
        assertThat(Language.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.ZH);
        assertThat(Language.of(Locale.forLanguageTag("zh-Hant-TW"))).isEqualTo(Language.ZH);
        assertThat(Language.of(Locale.US)).isEqualTo(Language.EN);
        assertThat(Language.of(Locale.forLanguageTag("ar-EG"))).isEqualTo(Language.EN);
        assertThat(Language.parse("ZH")).contains(Language.ZH);
        assertThat(Language.parse("zh_CN")).contains(Language.ZH);
        assertThat(Language.parse("en-GB")).contains(Language.EN);
        assertThat(Language.parse("fr")).isEmpty();
    }

    @Test
    void helpIsChineseWithLangZhAndEnglishWithLangEn() {
        Run zh = run(Language.EN, "--lang", "zh", "--help");
        assertThat(zh.code()).isZero();
        assertThat(zh.out()).contains("用法：", "生成一个区的模拟数据", "输出目录", "退出码：", "显示本帮助并退出", "子命令：")
                .doesNotContain("Output folder");
        Run en = run(Language.ZH, "--lang", "en", "--help");
        assertThat(en.out()).contains("Usage:", "Generates a district", "Output folder", "Exit codes:",
                "0   success", "--lang=zh|en").doesNotContain("输出目录");
    }

    @Test
    void withoutLangTheFallbackLanguageSpeaks() {
        assertThat(run(Language.ZH, "--help").out()).contains("输出目录");
        assertThat(run(Language.EN, "--help").out()).contains("Output folder");
    }

    @Test
    void langWorksOnEverySubcommandBeforeOrAfterIt() {
        assertThat(run(Language.EN, "import", "--lang", "zh", "--help").out()).contains("要导入的文件", "内存不足");
        assertThat(run(Language.EN, "--lang=zh", "score", "--help").out()).contains("活动记录文件");
        assertThat(run(Language.EN, "partition", "--help", "--lang", "zh").out()).contains("网格数 K");
        assertThat(run(Language.EN, "cases", "move", "--lang", "zh", "--help").out()).contains("目标状态", "中文名");
        assertThat(run(Language.ZH, "cases", "list", "--lang", "en", "--help").out()).contains("Only these states");
    }

    @Test
    void everyOptionAndParameterOfEveryCommandHasHelpInBothLanguages() {
        for (Language l : Language.values()) {
            CommandLine cl = JicengDemo.commandLine(l);
            check(cl, l);
        }
    }

    private static void check(CommandLine cl, Language l) {
        CommandSpec spec = cl.getCommandSpec();
        String[] description = spec.usageMessage().description();
        assertThat(description).as(spec.qualifiedName() + " description in " + l).isNotEmpty();
        for (ArgSpec arg : spec.args()) {
            String text = String.join(" ", arg.description());
            String name = spec.qualifiedName() + " " + (arg.isOption() ? ((CommandLine.Model.OptionSpec) arg)
                    .longestName() : arg.paramLabel());
            assertThat(text).as(name + " in " + l).isNotBlank();
            if (l == Language.ZH) {
                assertThat(text).as(name).containsPattern(HAN);
            } else {
                assertThat(text).as(name).containsPattern("[A-Za-z]{3}");
            }
        }
        if (l == Language.ZH) {
            assertThat(String.join(" ", description)).as(spec.qualifiedName()).containsPattern(HAN);
        }
        cl.getSubcommands().values().forEach(sub -> check(sub, l));
    }

    @Test
    void anInvalidLangIsAnErrorInBothLanguages() {
        for (Language fallback : Language.values()) {
            Run r = run(fallback, "import", "x.csv", "--lang", "xx");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--lang must be zh or en, not 'xx'")
                    .contains("--lang 只能是 zh（中文）或 en（English），不能是「xx」");
        }
        assertThat(run(Language.EN, "--lang").err()).contains("--lang");
    }

    @Test
    void errorsAreInTheChosenLanguage() {
        Run zh = run(Language.EN, "--lang", "zh", "import", dir.resolve("nope.csv").toString());
        assertThat(zh.code()).isEqualTo(1);
        assertThat(zh.err()).contains("jiceng-demo：输入文件 ").contains("nope.csv 不存在");
        Run en = run(Language.ZH, "--lang", "en", "import", dir.resolve("nope.csv").toString());
        assertThat(en.err()).contains("jiceng-demo: Input file ").contains("nope.csv does not exist");
    }

    @Test
    void commandLineMistakesAreExplainedInChinese() {
        Run unknown = run(Language.ZH, "--no-such-option");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("无法识别的选项或参数：--no-such-option", "用法：");
        Run missing = run(Language.ZH, "import");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("缺少必需的参数：FILE");
        Run invalid = run(Language.ZH, "--seed", "many");
        assertThat(invalid.err()).contains("命令行参数无效：").contains("many");
        assertThat(run(Language.EN, "--no-such-option").err()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void rowErrorsAndTheSummaryUseTheSdksChineseDescriptions() throws Exception {
        Path csv = Files.writeString(dir.resolve("buildings.csv"), "id,lon,lat,households\nb1,102.6,25.0,10\n"
                + "b2,east,25.0,10\n", StandardCharsets.UTF_8);
        Run partition = run(Language.ZH, "partition", csv.toString());
        assertThat(partition.err()).contains("buildings.csv 第3行 列「lon」 值「east」", "不是数字");

        Path persons = Files.writeString(dir.resolve("persons.csv"), "编号,姓名,身份证号\nP1,张伟,110105194912310021\n",
                StandardCharsets.UTF_8);
        Run zh = run(Language.ZH, "import", "-q", persons.toString());
        assertThat(zh.code()).isEqualTo(1);
        assertThat(zh.err()).contains("persons.csv 第2行", "列「身份证号」", "值「110105********0021」", "身份证号码校验码错误")
                .contains("的 1 行中有 1 行被拒绝");
        assertThat(zh.out()).contains("persons.csv：读取 1 行，接受 0，拒绝 1");
        Run en = run(Language.EN, "import", "-q", persons.toString());
        assertThat(en.err()).contains("persons.csv line 2", "column '身份证号'", "1 of 1 rows of");
        assertThat(en.out()).contains("persons.csv: read 1, accepted 0, rejected 1");
    }

    @Test
    void aFileTheImporterCannotReadIsDescribedWithTheSdksChineseMessage() throws Exception {
        Path json = Files.writeString(dir.resolve("broken.json"), "{\"persons\": [{\"id\": ", StandardCharsets.UTF_8);
        Run zh = run(Language.ZH, "import", "-q", json.toString());
        Run en = run(Language.EN, "import", "-q", json.toString());
        assertThat(zh.code()).isEqualTo(1);
        assertThat(en.code()).isEqualTo(1);
        assertThat(zh.err()).startsWith("jiceng-demo：broken.json").containsPattern("：.*\\p{IsHan}");
        assertThat(en.err()).startsWith("jiceng-demo: broken.json").doesNotContainPattern(HAN);
    }

    @Test
    void departmentsAreNamedInChineseAndByIdInEnglish() {
        AuditEntry whistled = new AuditEntry(Instant.parse("2025-03-01T02:00:00Z"), "社区书记",
                Optional.of(CaseStatus.RECEIVED), CaseStatus.WHISTLED, "吹哨", List.of("urban-management", "housing"),
                Optional.empty());
        assertThat(CasesCommand.entry(whistled, Messages.of(Language.ZH))).contains("→ WHISTLED [城管, 住建] (吹哨)");
        assertThat(CasesCommand.entry(whistled, Messages.of(Language.EN))).isEqualTo(whistled.toString())
                .contains("[urban-management, housing]");
    }
}
