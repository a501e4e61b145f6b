package org.jiceng.examples.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.jiceng.core.model.Event;
import org.jiceng.core.time.ChinaTime;
import org.jiceng.examples.demo.pipeline.Progress;
import org.jiceng.io.Formats;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.report.ImportResult;
import org.jiceng.scoring.ConflictPolicy;
import org.jiceng.scoring.Points;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.Scorecard;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;
import org.jiceng.scoring.ScoringProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code score} subcommand: imports the events of a file and scores them with a rule pack found
 * through the {@code RuleSetProvider} plugins, or with a rule-set JSON file.
 */
@Command(name = "score", mixinStandardHelpOptions = true)
final class ScoreCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    private Path file;

    @Option(names = "--rule-set", defaultValue = "party-member-points")
    private String ruleSetId;

    @Option(names = "--rule-file")
    private Path ruleFile;

    @Option(names = "--as-of")
    private LocalDate asOfDay;

    @Option(names = "--top", defaultValue = "20")
    private int top;

    @Option(names = "--conflicts", defaultValue = "REJECT")
    private ConflictPolicy conflicts;

    @Option(names = {"-q", "--quiet"})
    private boolean quiet;

    @Override
    public Integer call() {
        String ext = InputFile.check(file, InputFile.importable());
        RuleSet ruleSet = ruleFile != null ? RuleSets.load(ruleFile) : ruleSet(ruleSetId);
        PrintWriter err = spec.commandLine().getErr();
        Messages m = Messages.of(spec.commandLine());
        ruleSet.warnings().forEach(w -> err.println(m.get("msg.score.ruleSetWarning", ruleSet.id(), w)));
        Progress progress = quiet ? Progress.silent() : ConsoleProgress.forCommand(spec.commandLine());
        progress.start("import", file.toString());
        ImportResult imported = Importer.of(Formats.forPath(file), ImportOptions.defaults())
                .read(ImportInput.of(file, ext, progress, "import").source());
        progress.end("import", m.language() == Language.ZH ? imported.report().summaryZh() : imported.report().summary());
        if (imported.report().rejected() > 0) {
            var first = imported.report().errors().get(0);
            throw new InputFile.BadInputException(Text.of("msg.score.rejectedRows", imported.report().rejected(), file,
                    Text.bilingual(first.describe(), first.describeZh())));
        }
        List<Event> events = imported.dataset().events();
        if (events.isEmpty()) {
            throw new InputFile.BadInputException(Text.of("msg.score.noEvents", file, imported.dataset().size()));
        }
        Instant asOf = asOfDay != null ? asOfDay.atStartOfDay(ChinaTime.ZONE)
                .toInstant() : justAfter(events.stream().map(Event::time).max(Comparator.naturalOrder()).orElseThrow());
        Scorecards cards;
        try {
            cards = ScoringEngine.compile(ruleSet).score(events, asOf, ScoringOptions.TOTALS_ONLY.withConflicts(conflicts));
        } catch (IllegalArgumentException e) {
            throw new InputFile.BadInputException(Text.of(asOfDay == null ? "msg.score.cannotAfterLatest"
                    : "msg.score.cannot", file, e.getMessage()), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get("msg.score.header", ruleSet.id(), ruleSet.version(), ruleSet.region(), asOf,
                cards.bySubject().size(), events.size()));
        cards.bySubject().values().stream()
                .sorted(Comparator.comparingLong(Scorecard::total).reversed().thenComparing(Scorecard::subjectId))
                .limit(top)
                .forEach(c -> out.println("  " + pad(c.subjectId(), 16) + " " + leftPad(Points.format(c.total()), 10) + "  "
                        + c.grades().values().stream().map(b -> b.label()).reduce((a, b) -> a + ", " + b).orElse("")));
        out.flush();
        cards.problems().forEach(p -> err.println(m.get("msg.score.problem", Text.bilingual(p.render(), p.renderZh()))));
        err.flush();
        if (cards.hasRejectedSubjects()) {
            throw new InputFile.BadInputException(Text.of("msg.score.notScored", cards.problems().stream()
                    .filter(p -> p.kind().rejectsSubject()).map(ScoringProblem::subjectId).distinct().count(), file));
        }
        return 0;
    }

    /** Just after {@code latest}, so that events at it count; near Instant.MAX, Instant.MAX itself (events at asOf count). */
    private static Instant justAfter(Instant latest) {
        return latest.isAfter(Instant.MAX.minusMillis(1)) ? Instant.MAX : latest.plusMillis(1);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String leftPad(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    private static RuleSet ruleSet(String id) {
        if (!RuleSets.available().contains(id)) {
            throw new InputFile.BadInputException(Text.of("msg.score.noPack", id, String.join(", ", RuleSets.available())));
        }
        return RuleSets.builtIn(id);
    }
}
