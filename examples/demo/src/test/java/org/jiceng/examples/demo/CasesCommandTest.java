package org.jiceng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jiceng.examples.demo.JicengDemoTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo stores its run in the embedded PostgreSQL, and {@code cases} works on what it stored. */
class CasesCommandTest {

    @TempDir
    Path dir;

    @Test
    void aRunIsStoredAndItsCasesCanBeListedMovedAndVerified() throws Exception {
        String out = dir.resolve("out").toString();
        Run demo = JicengDemoTest.run("--scale", "small", "--seed", "5", "-q", "--out", out);
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).containsPattern("store +DONE +\\d+ cases with \\d+ trail entries and \\d+ events in"
                + " embedded PostgreSQL \\(db/ in the output folder\\); every hash chain verified");
        assertThat(Path.of(out, "db", "PG_VERSION")).content().startsWith("17");

        Run list = JicengDemoTest.run("cases", "list", "--out", out, "--status", "CLOSED", "--status", "REJECTED",
                "--limit", "1");
        assertThat(list.code()).as(list.err()).isZero();
        String first = list.out().lines().findFirst().orElseThrow();
        String id = first.split(" +")[0];
        String state = first.split(" +")[1];
        assertThat(state).isIn("CLOSED", "REJECTED");
        assertThat(list.out()).containsPattern("\\d+ cases");

        // Departments are routed by id or by Chinese name, and shown by name in Chinese.
        Run byId = JicengDemoTest.run("cases", "list", "--out", out, "--department", "urban-management");
        Run byName = JicengDemoTest.run("cases", "list", "--out", out, "--department", "城管", "--lang", "zh");
        assertThat(byId.out()).containsPattern("\\d+ cases").contains("urban-management").doesNotContain("城管");
        assertThat(byName.out()).containsPattern("共 \\d+ 件案件").contains("城管").doesNotContain("urban-management");
        assertThat(byName.out().lines().count()).isEqualTo(byId.out().lines().count());

        Run illegal = JicengDemoTest.run("cases", "move", id, "IN_PROGRESS", "--actor", "x", "--out", out);
        assertThat(illegal.code()).isEqualTo(1);
        assertThat(illegal.err()).contains(id).contains("cannot move from " + state + " to IN_PROGRESS");
        Run illegalZh = JicengDemoTest.run("cases", "move", id, "IN_PROGRESS", "--actor", "x", "--out", out,
                "--lang", "zh");
        assertThat(illegalZh.code()).isEqualTo(1);
        assertThat(illegalZh.err()).contains("jiceng-demo：案件 " + id + " 不能从「").contains("（" + state
                + "）转到「" + org.jiceng.cases.CaseStatus.IN_PROGRESS.label() + "」（IN_PROGRESS）")
                .doesNotContain("cannot move");

        Run moved = JicengDemoTest.run("cases", "move", id, "REOPENED", "--actor", "居民", "--note", "问题复发",
                "--out", out);
        assertThat(moved.code()).as(moved.err()).isZero();
        assertThat(moved.out()).contains(id).contains("REOPENED");
        Run show = JicengDemoTest.run("cases", "show", id, "--out", out);
        assertThat(show.out()).contains("→ REOPENED (问题复发)").contains("verify: intact");

        Run verify = JicengDemoTest.run("cases", "verify", "--out", out);
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("every chain intact");
        Run verifyZh = JicengDemoTest.run("cases", "verify", "--out", out, "--lang", "zh");
        assertThat(verifyZh.out()).contains("已在内嵌 PostgreSQL（输出目录下的 db/）中校验");

        Path export = dir.resolve("trails.tsv");
        Run exported = JicengDemoTest.run("cases", "export", export.toString(), "--out", out);
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(Files.readString(export)).startsWith("jiceng-trail-export\t1\tSHA-256\tAsia/Shanghai");
    }

    @Test
    void withoutADemoRunThereIsNoDatabaseAndTheMessageSaysSo() {
        Run r = JicengDemoTest.run("cases", "list", "--out", dir.resolve("empty").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("No demo database").contains("run the demo first");
    }

    @Test
    void dbNoneStoresNothing() {
        Run r = JicengDemoTest.run("--scale", "small", "--seed", "5", "-q", "--db", "none", "--out",
                dir.resolve("none").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("store ");
        assertThat(dir.resolve("none").resolve("db")).doesNotExist();
    }
}
