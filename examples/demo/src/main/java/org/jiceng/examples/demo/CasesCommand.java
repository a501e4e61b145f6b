package org.jiceng.examples.demo;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jiceng.core.time.ChinaTime;
import java.util.stream.Stream;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.store.CaseQuery;
import org.jiceng.cases.store.HashAlgorithm;
import org.jiceng.cases.store.StoredCase;
import org.jiceng.cases.store.TrailExport;
import org.jiceng.cases.store.VerificationReport;
import org.jiceng.examples.demo.store.DemoDatabase;
import org.jiceng.store.jdbc.JdbcCaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cases}: the cases a demo run stored — list, show, move, verify, export with daily roots. */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "Lists, shows, moves and verifies the cases a demo run stored (embedded database by default).",
        subcommands = {CasesCommand.ListCases.class, CasesCommand.Show.class, CasesCommand.Move.class,
            CasesCommand.Verify.class, CasesCommand.Export.class})
final class CasesCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Where the stored cases are. */
    static final class Where {
        @Option(names = "--db", description = "'embedded' (the database a demo run left in --out, default) or a"
                + " jdbc:postgresql:// URL.", defaultValue = DemoDatabase.EMBEDDED)
        String db;

        @Option(names = "--out", description = "The demo's output folder, for the embedded database (default:"
                + " ${DEFAULT-VALUE}).", defaultValue = "jiceng-output")
        Path out;

        DemoDatabase open() {
            if (db.equals(DemoDatabase.EMBEDDED)) {
                Path folder = out.resolve("db");
                if (!Files.isDirectory(folder)) {
                    throw new IllegalArgumentException("No demo database in " + folder + ": run the demo first"
                            + " (java -jar jiceng-demo.jar --out " + out + ") or give --db jdbc:postgresql://…");
                }
                return DemoDatabase.embedded(folder, false);
            }
            return DemoDatabase.server(db);
        }
    }

    /** A subcommand working on the stored cases: opens the database, runs, flushes, closes. */
    abstract static class OnStore implements Callable<Integer> {
        @Mixin
        Where where;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public final Integer call() throws java.io.IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (DemoDatabase db = where.open()) {
                return run(db, new JdbcCaseStore(db.dataSource()), out);
            } finally {
                out.flush();
            }
        }

        abstract int run(DemoDatabase db, JdbcCaseStore store, PrintWriter out) throws java.io.IOException;

        static StoredCase load(DemoDatabase db, JdbcCaseStore store, String id) {
            return store.load(id).orElseThrow(() -> new IllegalArgumentException("No case " + id + " is stored in "
                    + db.description()));
        }
    }

    static String line(StoredCase s) {
        var c = s.value();
        return String.format(Locale.ROOT, "%-10s %-22s v%-3d %s %s %s %s", c.id(), c.status() + " " + c.status().label(),
                s.version(), c.createdAt(), c.category(), c.location().gridId().orElse("-"),
                String.join(",", c.summonedDepartments()));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists stored cases, in id order.")
    static final class ListCases extends OnStore {
        @Option(names = "--status", description = "Only these states (repeatable): ${COMPLETION-CANDIDATES}.")
        List<CaseStatus> statuses = new ArrayList<>();
        @Option(names = "--grid", description = "Only cases located in this grid.")
        String grid;
        @Option(names = "--department", description = "Only cases that summoned this department.")
        String department;
        @Option(names = "--limit", description = "At most this many lines (default: ${DEFAULT-VALUE}).",
                defaultValue = "50")
        int limit;

        @Override
        int run(DemoDatabase db, JdbcCaseStore store, PrintWriter out) {
            CaseQuery q = CaseQuery.all();
            if (!statuses.isEmpty()) {
                q = q.withStatuses(statuses.get(0), statuses.subList(1, statuses.size()).toArray(new CaseStatus[0]));
            }
            q = grid == null ? q : q.inGrid(grid);
            q = department == null ? q : q.summoning(department);
            List<StoredCase> found = store.query(q);
            found.stream().limit(limit).map(CasesCommand::line).forEach(out::println);
            out.println(found.size() + " cases" + (found.size() > limit ? " (first " + limit + " shown)" : ""));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one case with its trail and hashes.")
    static final class Show extends OnStore {
        @Parameters(paramLabel = "ID", description = "The case id.")
        String id;

        @Override
        int run(DemoDatabase db, JdbcCaseStore store, PrintWriter out) {
            StoredCase s = load(db, store, id);
            out.println(line(s));
            out.println("  " + s.value().description() + " — chain " + s.algorithm().jcaName() + ", header "
                    + s.headerHash());
            List<AuditEntry> entries = s.value().trail().entries();
            for (int i = 0; i < entries.size(); i++) {
                out.println(String.format(Locale.ROOT, "  %2d %s  %s", i, s.entryHashes().get(i).substring(0, 16),
                        entries.get(i)));
            }
            out.println("  verify: " + store.verify(id).firstBreak().map(Object::toString).orElse("intact"));
            return 0;
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true,
            description = "Appends a transition at the stored version (now, or --at), checked by the state machine.")
    static final class Move extends OnStore {
        @Parameters(index = "0", paramLabel = "ID", description = "The case id.")
        String id;
        @Parameters(index = "1", paramLabel = "STATE", description = "The target state: ${COMPLETION-CANDIDATES}.")
        CaseStatus to;
        @Option(names = "--actor", required = true, description = "Who makes the move.")
        String actor;
        @Option(names = "--note", description = "Why (required for REJECTED and REOPENED).", defaultValue = "")
        String note;
        @Option(names = "--departments", split = ",", description = "Departments summoned (WHISTLED) or reporting.")
        List<String> departments = new ArrayList<>();
        @Option(names = "--duplicate-of", description = "For DUPLICATE: the case this one duplicates.")
        String duplicateOf;
        @Option(names = "--at", description = "When (ISO-8601 instant; default now, to the second).")
        Instant at;

        @Override
        int run(DemoDatabase db, JdbcCaseStore store, PrintWriter out) {
            StoredCase s = load(db, store, id);
            Instant when = at != null ? at : Instant.now().truncatedTo(ChronoUnit.SECONDS);
            AuditEntry entry = new AuditEntry(when, actor, Optional.of(s.value().status()), to, note, departments,
                    Optional.ofNullable(duplicateOf));
            out.println(line(store.append(id, s.version(), entry)));
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recomputes every hash chain; exit code 1 when one is broken.")
    static final class Verify extends OnStore {
        @Override
        int run(DemoDatabase db, JdbcCaseStore store, PrintWriter out) {
            VerificationReport r = store.verifyAll();
            out.println(r.casesChecked() + " cases, " + r.entriesChecked() + " trail entries checked in "
                    + db.description() + ": " + (r.isIntact() ? "every chain intact" : r.breaks().size() + " broken"));
            r.breaks().forEach(b -> out.println("  " + b));
            return r.isIntact() ? 0 : 1;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes every chain with a root hash per day (Asia/Shanghai) to FILE; publish the roots.")
    static final class Export extends OnStore {
        @Parameters(paramLabel = "FILE", description = "The export file to write.")
        Path file;

        @Override
        int run(DemoDatabase db, JdbcCaseStore store, PrintWriter out) throws java.io.IOException {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    Stream<StoredCase> all = store.streamAll()) {
                var roots = TrailExport.write(all, HashAlgorithm.SHA_256, ChinaTime.ZONE, w);
                out.println(roots.size() + " daily roots written to " + file + "; last: "
                        + (roots.isEmpty() ? "-" : roots.lastKey() + " " + roots.get(roots.lastKey())));
            }
            return 0;
        }
    }
}
