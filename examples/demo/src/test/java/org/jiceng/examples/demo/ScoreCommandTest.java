package org.jiceng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code score} subcommand on hand-written event files with extreme and conflicting values. */
class ScoreCommandTest {

    private static final String HEADER = "id,type,subjectId,time,quantity\n";

    @TempDir
    Path dir;

    private Path events(String rows) throws IOException {
        return Files.writeString(dir.resolve("events.csv"), HEADER + rows, StandardCharsets.UTF_8);
    }

    private static void noStackTrace(JicengDemoTest.Run r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("unexpected");
    }

    @Test
    void totalsPrintTheSameUnderEveryDefaultLocale() throws IOException {
        Path file = events("v1,volunteer.service,m1,2024-05-01T02:00:00Z,7.5\n");
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("th-TH-u-nu-thai")}) {
                Locale.setDefault(locale);
                JicengDemoTest.Run r = JicengDemoTest.run("score", file.toString());
                assertThat(r.code()).as(r.err()).isZero();
                // Before: printf with the default locale printed "7,50" under de and Arabic-Indic digits under ar-EG.
                assertThat(r.out()).as(locale.toString()).contains(" 7.50 ").doesNotContain("7,50");
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void eventsAtYearOneBillionAreScoredOrRejectedWithAClearMessage() throws IOException {
        Path file = events("m1,meeting.attended,m1,+1000000000-06-01T00:00:00Z,1\n"
                + "m2,meeting.attended,m1,+1000000000-12-31T23:59:59.999999999Z,1\n");
        // The built-in member pack lets points expire; beyond LocalDate's last day that cannot be judged.
        JicengDemoTest.Run r = JicengDemoTest.run("score", file.toString());
        noStackTrace(r);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("events.csv").contains("+999999999-12-31").contains("--as-of");
        // A pack without expiring points scores them (events at Instant.MAX count: asOf is Instant.MAX).
        JicengDemoTest.Run whistle = JicengDemoTest.run("score", events(
                "w1,whistle.closed,dept,+1000000000-06-01T00:00:00Z,1\n"
                + "w2,whistle.closed,dept,+1000000000-12-31T23:59:59.999999999Z,1\n").toString(),
                "--rule-set", "guandu-whistle-assessment");
        noStackTrace(whistle);
        assertThat(whistle.code()).as(whistle.err()).isZero();
        assertThat(whistle.out()).contains("as of +1000000000-12-31T23:59:59.999999999Z").contains("1 subjects scored from 2");
    }

    @Test
    void asOfOnTheLastDayOfTheCalendarWorks() throws IOException {
        Path file = events("m1,meeting.attended,m1,2024-05-01T02:00:00Z,1\n");
        JicengDemoTest.Run r = JicengDemoTest.run("score", file.toString(), "--as-of", "+999999999-12-31");
        noStackTrace(r);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 subjects scored");
    }

    @Test
    void conflictingEventIdsAreReportedAndTheRunFailsUnlessAPolicyIsChosen() throws IOException {
        Path file = events("same,misconduct,m1,2024-05-01T02:00:00Z,1\n"
                + "same,meeting.attended,m1,2024-06-01T02:00:00Z,1\n"
                + "other,meeting.attended,m2,2024-05-01T02:00:00Z,1\n");
        JicengDemoTest.Run r = JicengDemoTest.run("score", file.toString());
        noStackTrace(r);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("1 subjects scored").contains("m2");
        assertThat(r.err()).contains("CONFLICTING_EVENT_ID m1 same").contains("type=misconduct")
                .contains("type=meeting.attended").contains("1 subjects of");
        JicengDemoTest.Run first = JicengDemoTest.run("score", file.toString(), "--conflicts", "FIRST_WINS");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("2 subjects scored").contains("m1");
        assertThat(first.err()).contains("CONFLICT_RESOLVED m1 same");
    }

    @Test
    void problemsAreInChineseWithLangZh() throws IOException {
        Path file = events("same,misconduct,m1,2024-05-01T02:00:00Z,1\n"
                + "same,meeting.attended,m1,2024-06-01T02:00:00Z,1\n"
                + "v1,volunteer.service,m3,2024-05-01T02:00:00Z,18446744073709551617\n");
        JicengDemoTest.Run r = JicengDemoTest.run("score", file.toString(), "--lang", "zh");
        noStackTrace(r);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("问题：活动编号冲突［CONFLICTING_EVENT_ID］ 对象 m1 活动 same：活动编号「same」有 2 种不同内容")
                .contains("type=misconduct").contains("问题：数量超出范围［QUANTITY_OUT_OF_RANGE］ 对象 m3 活动 v1：数量 "
                        + "18446744073709551617 超出范围").doesNotContain("different payloads").doesNotContain("is out of range");
        JicengDemoTest.Run en = JicengDemoTest.run("score", file.toString(), "--lang", "en");
        assertThat(en.err()).contains("problem: QUANTITY_OUT_OF_RANGE m3 v1: quantity 18446744073709551617 is out of"
                + " range").doesNotContain("数量超出范围");
    }

    @Test
    void quantityBeyondTheRangeIsReportedForItsSubjectOnly() throws IOException {
        Path file = events("v1,volunteer.service,m1,2024-05-01T02:00:00Z,18446744073709551617\n"
                + "v2,volunteer.service,m2,2024-05-01T02:00:00Z,2\n");
        JicengDemoTest.Run r = JicengDemoTest.run("score", file.toString());
        noStackTrace(r);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("1 subjects scored").contains("m2");
        assertThat(r.err()).contains("QUANTITY_OUT_OF_RANGE m1 v1").contains("18446744073709551617");
    }
}
