package org.jiceng.examples.demo;

import java.util.Locale;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.jiceng.core.model.Event;
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
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Scores the events of a CSV, XLSX or JSON file with a rule pack and prints the totals.")
final class ScoreCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A file of events (活动记录).")
    private Path file;

    @Option(names = "--rule-set", defaultValue = "party-member-points",
            description = "Id of an installed rule pack (default: ${DEFAULT-VALUE}).")
    private String ruleSetId;

    @Option(names = "--rule-file", description = "A rule-set JSON file to use instead of an installed pack.")
    private Path ruleFile;

    @Option(names = "--as-of", description = "Score as of the start of this day, Asia/Shanghai (yyyy-MM-dd); "
            + "default: just after the latest event.")
    private LocalDate asOfDay;

    @Option(names = "--top", defaultValue = "20", description = "Subjects to print, highest first (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--conflicts", defaultValue = "REJECT", description = "Events that share an id but differ: "
            + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: their subjects are reported, not scored).")
    private ConflictPolicy conflicts;

    @Override
    public Integer call() {
        InputFile.check(file, InputFile.importable());
        RuleSet ruleSet = ruleFile != null ? RuleSets.load(ruleFile) : ruleSet(ruleSetId);
        PrintWriter err = spec.commandLine().getErr();
        ruleSet.warnings().forEach(w -> err.println("warning: rule set " + ruleSet.id() + ": " + w));
        ImportResult imported = Importer.read(file, ImportOptions.defaults());
        if (imported.report().rejected() > 0) {
            throw new InputFile.BadInputException(imported.report().rejected() + " rows of " + file
                    + " were rejected; the first: " + imported.report().errors().get(0).describe()
                    + " (run 'import' on the file to see them all)");
        }
        List<Event> events = imported.dataset().events();
        if (events.isEmpty()) {
            throw new InputFile.BadInputException("Input file " + file + " holds no events (活动记录) to score; it has "
                    + imported.dataset().size() + " records of other kinds.");
        }
        Instant asOf = asOfDay != null ? asOfDay.atStartOfDay(org.jiceng.examples.demo.generate.DistrictGenerator.ZONE)
                .toInstant() : justAfter(events.stream().map(Event::time).max(Comparator.naturalOrder()).orElseThrow());
        Scorecards cards;
        try {
            cards = ScoringEngine.compile(ruleSet).score(events, asOf, ScoringOptions.TOTALS_ONLY.withConflicts(conflicts));
        } catch (IllegalArgumentException e) {
            throw new InputFile.BadInputException("Cannot score " + file + (asOfDay == null ? " as of just after its latest event" : "")
                    + ": " + e.getMessage() + (asOfDay == null ? "; give --as-of yyyy-MM-dd" : ""), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(ruleSet.id() + "@" + ruleSet.version() + " (" + ruleSet.region() + ") as of " + asOf + ": "
                + cards.bySubject().size() + " subjects scored from " + events.size() + " events");
        cards.bySubject().values().stream()
                .sorted(Comparator.comparingLong(Scorecard::total).reversed().thenComparing(Scorecard::subjectId))
                .limit(top)
                .forEach(c -> out.println("  " + pad(c.subjectId(), 16) + " " + leftPad(Points.format(c.total()), 10) + "  "
                        + c.grades().values().stream().map(b -> b.label()).reduce((a, b) -> a + ", " + b).orElse("")));
        out.flush();
        cards.problems().forEach(p -> err.println("problem: " + p.render()));
        err.flush();
        if (cards.hasRejectedSubjects()) {
            throw new InputFile.BadInputException(cards.problems().stream().filter(p -> p.kind().rejectsSubject())
                    .map(ScoringProblem::subjectId).distinct().count() + " subjects of " + file
                    + " were not scored because of the problems listed above");
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
            throw new InputFile.BadInputException("No rule pack '" + id + "' is installed; available: "
                    + String.join(", ", RuleSets.available()) + ". Use --rule-file for a JSON rule set.");
        }
        return RuleSets.builtIn(id);
    }
}
