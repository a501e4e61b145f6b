package org.jiceng.cases.anticipate.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.Situation;
import org.jiceng.cases.WhistleKind;
import org.jiceng.cases.anticipate.AnticipationInput;
import org.jiceng.cases.anticipate.Excluded;
import org.jiceng.cases.anticipate.Signal;
import org.jiceng.cases.anticipate.Visit;
import org.jspecify.annotations.Nullable;

/**
 * Turns cases and visits into signals, listing every record (or visit situation) that gives none with
 * its reason. A case gives one signal: its situation in its grid on the day it was received; proactive
 * cases, duplicates and rejected cases give none. A visit gives one signal per distinct situation: its
 * codes, plus the situation whose keyword equals a tag. Not API.
 */
public final class SignalExtractor {

    /**
     * @param signals the signals, in input order
     * @param excluded what gave no signal and why, in input order
     */
    public record Result(List<Signal> signals, List<Excluded> excluded) {
    }

    private SignalExtractor() {
    }

    /**
     * @param input the input
     * @return the signals and exclusions
     */
    public static Result extract(AnticipationInput input) {
        Set<String> grids = new HashSet<>(input.grids());
        Map<String, Situation> byCode = new HashMap<>();
        Map<String, Set<String>> byKeyword = new HashMap<>();
        for (Situation s : input.catalogue().situations()) {
            byCode.put(s.code(), s);
            for (String k : s.keywords()) {
                byKeyword.computeIfAbsent(k.strip(), x -> new TreeSet<>()).add(s.code());
            }
        }
        List<Signal> signals = new ArrayList<>(input.cases().size() + input.visits().size());
        List<Excluded> excluded = new ArrayList<>();
        for (Case c : input.cases()) {
            LocalDate day = c.createdAt().atZone(org.jiceng.core.time.ChinaTime.ZONE).toLocalDate();
            String why = caseProblem(c, day, grids, byCode, input.from(), input.to());
            if (why != null) {
                excluded.add(new Excluded(c.id(), Signal.Source.CASE, why));
            } else {
                signals.add(new Signal(c.id(), Signal.Source.CASE, c.location().gridId().get(), c.category(), day));
            }
        }
        for (Visit v : input.visits()) {
            visit(v, grids, byCode, byKeyword, input.from(), input.to(), signals, excluded);
        }
        return new Result(signals, excluded);
    }

    private static @Nullable String caseProblem(Case c, LocalDate day, Set<String> grids, Map<String, Situation> byCode, LocalDate from,
            LocalDate to) {
        if (c.kind() == WhistleKind.PROACTIVE) {
            return "proactive case (未诉先办), not a demand";
        }
        if (c.status() == CaseStatus.DUPLICATE) {
            return "duplicate of " + c.duplicateOf().orElse("another case");
        }
        if (c.status() == CaseStatus.REJECTED) {
            return "rejected";
        }
        Optional<String> grid = c.location().gridId();
        if (grid.isEmpty()) {
            return "no grid; route the case first";
        }
        if (!grids.contains(grid.get())) {
            return "grid " + grid.get() + " is not among the grids analysed";
        }
        if (!byCode.containsKey(c.category())) {
            return "situation " + c.category() + " is not in the catalogue";
        }
        if (day.isBefore(from) || !day.isBefore(to)) {
            return "received on " + day + ", outside the period [" + from + ", " + to + ")";
        }
        return null;
    }

    private static void visit(Visit v, Set<String> grids, Map<String, Situation> byCode,
            Map<String, Set<String>> byKeyword, LocalDate from, LocalDate to, List<Signal> signals,
            List<Excluded> excluded) {
        if (!grids.contains(v.gridId())) {
            excluded.add(new Excluded(v.id(), Signal.Source.VISIT, "grid " + v.gridId()
                    + " is not among the grids analysed"));
            return;
        }
        if (v.date().isBefore(from) || !v.date().isBefore(to)) {
            excluded.add(new Excluded(v.id(), Signal.Source.VISIT, "visited on " + v.date()
                    + ", outside the period [" + from + ", " + to + ")"));
            return;
        }
        Set<String> situations = new LinkedHashSet<>();
        for (String code : v.situationCodes()) {
            if (byCode.containsKey(code)) {
                situations.add(code);
            } else {
                excluded.add(new Excluded(v.id(), Signal.Source.VISIT, "situation code " + code
                        + " is not in the catalogue"));
            }
        }
        for (String tag : v.tags()) {
            Set<String> matches = byKeyword.getOrDefault(tag.strip(), Set.of());
            if (matches.size() == 1) {
                situations.add(matches.iterator().next());
            } else if (matches.size() > 1) {
                excluded.add(new Excluded(v.id(), Signal.Source.VISIT, "tag " + tag + " matches several situations "
                        + matches + "; give a situation code"));
            }
        }
        if (situations.isEmpty()) {
            if (v.situationCodes().isEmpty()) {
                excluded.add(new Excluded(v.id(), Signal.Source.VISIT,
                        "no situation code and no tag equal to a situation keyword"));
            }
            return;
        }
        for (String code : situations) {
            signals.add(new Signal(v.id(), Signal.Source.VISIT, v.gridId(), code, v.date()));
        }
    }
}
