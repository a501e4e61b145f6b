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
        @Option(names = "--db", descriptionKey = "cases.db", defaultValue = DemoDatabase.EMBEDDED)
        String db;

        @Option(names = "--out", descriptionKey = "cases.out", defaultValue = "jiceng-output")
        Path out;

        DemoDatabase open() {
            if (db.equals(DemoDatabase.EMBEDDED)) {
                Path folder = out.resolve("db");
                if (!Files.isDirectory(folder)) {
                    throw new InputFile.BadInputException(Text.of("msg.cases.noDatabase", folder, out));
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
        /** The language of the run, set when it starts. */
        Messages m = Messages.of(Language.EN);

        @Override
        public final Integer call() throws java.io.IOException {
            PrintWriter out = spec.commandLine().getOut();
            m = Messages.of(spec.commandLine());
            try (DemoDatabase db = where.open()) {
                return run(db, new JdbcCaseStore(db.dataSource()), out);
            } finally {
                out.flush();
            }
        }

        abstract int run(DemoDatabase db, JdbcCaseStore store, PrintWriter out) throws java.io.IOException;

        static StoredCase load(DemoDatabase db, JdbcCaseStore store, String id) {
            return store.load(id).orElseThrow(() -> new InputFile.BadInputException(Text.of("msg.cases.noCase", id,
                    (Text) db::description)));
        }

        String line(StoredCase s) {
            return CasesCommand.line(s, m);
        }
    }

    /** One case on one line; departments by their names in the run's language (ids in English). */
    static String line(StoredCase s, Messages m) {
        var c = s.value();
        return String.format(Locale.ROOT, "%-10s %-22s v%-3d %s %s %s %s", c.id(), c.status() + " " + c.status().label(),
                s.version(), c.createdAt(), c.category(), c.location().gridId().orElse("-"),
                departments(c.summonedDepartments(), m));
    }

    private static String departments(java.util.Collection<String> ids, Messages m) {
        return String.join(",", ids.stream().map(m::department).toList());
    }

    /** A trail entry as {@link AuditEntry#toString()} writes it, with the departments named in the run's language. */
    static String entry(AuditEntry e, Messages m) {
        if (m.language() == Language.EN) {
            return e.toString();
        }
        return e.at() + " " + e.actor() + ": " + e.from().map(Enum::name).orElse("∅") + " → " + e.to()
                + (e.departments().isEmpty() ? "" : " [" + String.join(", ", e.departments().stream()
                        .map(m::department).toList()) + "]")
                + e.duplicateOf().map(d -> m.get("msg.cases.duplicateOf", d)).orElse("")
                + (e.note().isEmpty() ? "" : " (" + e.note() + ")");
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCases extends OnStore {
        @Option(names = "--status")
        List<CaseStatus> statuses = new ArrayList<>();
        @Option(names = "--grid")
        String grid;
        @Option(names = "--department")
        String department;
        @Option(names = "--limit", defaultValue = "50")
        int limit;

        @Override
        int run(DemoDatabase db, JdbcCaseStore store, PrintWriter out) {
            CaseQuery q = CaseQuery.all();
            if (!statuses.isEmpty()) {
                q = q.withStatuses(statuses.get(0), statuses.subList(1, statuses.size()).toArray(new CaseStatus[0]));
            }
            q = grid == null ? q : q.inGrid(grid);
            q = department == null ? q : q.summoning(Messages.departmentId(department));
            List<StoredCase> found = store.query(q);
            found.stream().limit(limit).map(this::line).forEach(out::println);
            out.println(m.get("msg.cases.count", found.size())
                    + (found.size() > limit ? m.get("msg.cases.firstShown", limit) : ""));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends OnStore {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        int run(DemoDatabase db, JdbcCaseStore store, PrintWriter out) {
            StoredCase s = load(db, store, id);
            out.println(line(s));
            out.println(m.get("msg.cases.chain", s.value().description(), s.algorithm().jcaName(), s.headerHash()));
            List<AuditEntry> entries = s.value().trail().entries();
            for (int i = 0; i < entries.size(); i++) {
                out.println(String.format(Locale.ROOT, "  %2d %s  %s", i, s.entryHashes().get(i).substring(0, 16),
                        entry(entries.get(i), m)));
            }
            out.println(m.get("msg.cases.verifyLine", store.verify(id).firstBreak().map(Object::toString)
                    .orElse(m.get("msg.cases.intact"))));
            return 0;
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true)
    static final class Move extends OnStore {
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", paramLabel = "STATE")
        CaseStatus to;
        @Option(names = "--actor", required = true)
        String actor;
        @Option(names = "--note", defaultValue = "")
        String note;
        @Option(names = "--departments", split = ",")
        List<String> departments = new ArrayList<>();
        @Option(names = "--duplicate-of")
        String duplicateOf;
        @Option(names = "--at")
        Instant at;

        @Override
        int run(DemoDatabase db, JdbcCaseStore store, PrintWriter out) {
            StoredCase s = load(db, store, id);
            Instant when = at != null ? at : Instant.now().truncatedTo(ChronoUnit.SECONDS);
            // Departments may be given by their Chinese names; the trail keeps the stable ids.
            AuditEntry entry = new AuditEntry(when, actor, Optional.of(s.value().status()), to, note,
                    departments.stream().map(Messages::departmentId).toList(), Optional.ofNullable(duplicateOf));
            out.println(line(store.append(id, s.version(), entry)));
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify extends OnStore {
        @Override
        int run(DemoDatabase db, JdbcCaseStore store, PrintWriter out) {
            VerificationReport r = store.verifyAll();
            out.println(m.get("msg.cases.verified", r.casesChecked(), r.entriesChecked(), db.description(m),
                    r.isIntact() ? m.get("msg.cases.allIntact") : m.get("msg.cases.broken", r.breaks().size())));
            r.breaks().forEach(b -> out.println("  " + b));
            return r.isIntact() ? 0 : 1;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export extends OnStore {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        int run(DemoDatabase db, JdbcCaseStore store, PrintWriter out) throws java.io.IOException {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    Stream<StoredCase> all = store.streamAll()) {
                var roots = TrailExport.write(all, HashAlgorithm.SHA_256, ChinaTime.ZONE, w);
                out.println(m.get("msg.cases.exported", roots.size(), file,
                        roots.isEmpty() ? "-" : roots.lastKey() + " " + roots.get(roots.lastKey())));
            }
            return 0;
        }
    }
}
