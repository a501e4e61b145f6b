package org.jiceng.examples.demo.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.jiceng.scoring.Points;
import org.jiceng.core.model.Cadre;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.Identified;
import org.jiceng.core.model.OrganizationType;
import org.jiceng.scoring.Band;
import org.jiceng.scoring.Banding;
import org.jiceng.scoring.CompositeIndex;
import org.jiceng.scoring.IndexResult;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.Scorecard;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;
import org.jiceng.examples.demo.report.ReportModel.Histogram;
import org.jiceng.examples.demo.report.ReportModel.Table;

/**
 * Scores members, stationed units, trainees and organisations with the rule packs found through the
 * {@code RuleSetProvider} plugins (the SDK's built-in packs and any vendor's). A pack that is not
 * installed is listed as not scored, with its id.
 */
public final class ScoringStep {

    /** The built-in member pack whose grades colour the map. */
    public static final String MEMBER_PACK = "party-member-points";

    /**
     * What to score with which pack.
     *
     * @param ruleSetId the pack
     * @param subjects who is scored
     * @param title what the histogram shows
     */
    record Target(String ruleSetId, String subjects, String title) {
    }

    static final List<Target> TARGETS = List.of(
            new Target(MEMBER_PACK, "members", "党员积分 Member points"),
            new Target("guandu-party-member-points", "members", "官渡党员积分 Guandu member points"),
            new Target("wuhua-party-member-points", "members", "五华积分 (vendor plugin) Member points"),
            new Target("leshan-stationed-units", "units", "驻区单位量化积分 Stationed-unit points"),
            new Target("xishan-trainee-credits", "trainees", "实训学院积分 Trainee credits"),
            new Target("xishan-cadre-pay-bands", "cadres", "社区干部4级12档 Cadre pay points"),
            new Target("guandu-branch-stars", "branches", "星级党支部 Branch standardisation points"),
            new Target("guandu-quality-index", "organizations", "党建质量指数 Organisation quality index"));

    /**
     * The outcome.
     *
     * @param histograms one per pack scored
     * @param summary one row per pack: id@version, subjects, mean, min, max, grades
     * @param memberTotals each member's total in hundredths under the built-in member pack, when scored
     * @param memberBanding the built-in member pack's banding, when it has one
     * @param skipped packs that are not installed
     * @param scored packs scored
     */
    public record Result(List<Histogram> histograms, Table summary, Map<String, Long> memberTotals,
            Optional<Banding> memberBanding, List<String> skipped, List<String> scored) {
    }

    private ScoringStep() {
    }

    /**
     * @param d the records
     * @param asOf the scoring time
     * @param counter counts the packs of {@link #TARGETS} as each is scored or skipped
     * @return the outcome
     */
    static Result run(Dataset d, Instant asOf, Progress.Counter counter) {
        SortedSet<String> available = RuleSets.available();
        Map<String, List<String>> subjects = new HashMap<>();
        subjects.put("members", d.partyMembers().stream().map(Identified::id).toList());
        subjects.put("units", d.stationedUnits().stream().map(Identified::id).toList());
        subjects.put("trainees", d.cadres().stream().map(Cadre::id).toList());
        subjects.put("cadres", d.cadres().stream().filter(c -> c.payGrade().isPresent()).map(Cadre::id).toList());
        subjects.put("branches", d.organizations().stream().filter(o -> o.type() == OrganizationType.BRANCH)
                .map(Identified::id).toList());
        subjects.put("organizations", d.organizations().stream().map(Identified::id).toList());
        List<Histogram> histograms = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> scored = new ArrayList<>();
        Map<String, Long> memberTotals = Map.of();
        Optional<Banding> memberBanding = Optional.empty();
        Map<String, RuleSet> packs = new HashMap<>();
        Set<String> eventScored = new java.util.TreeSet<>();
        for (Target t : TARGETS) {
            if (available.contains(t.ruleSetId())) {
                RuleSet rs = RuleSets.builtIn(t.ruleSetId());
                packs.put(t.ruleSetId(), rs);
                if (rs.index().isEmpty()) {
                    eventScored.add(t.subjects());
                }
            }
        }
        Map<String, List<Event>> relevant = relevant(d.events(), subjects, eventScored);
        for (Target t : TARGETS) {
            if (!available.contains(t.ruleSetId())) {
                skipped.add(t.ruleSetId());
                counter.add(1);
                continue;
            }
            RuleSet rs = packs.get(t.ruleSetId());
            List<String> ids = subjects.get(t.subjects());
            Map<String, Long> values = new LinkedHashMap<>();
            Optional<CompositeIndex> index = rs.index();
            // Grades in band order, lowest first, as the rule set declares them.
            Map<String, Integer> grades = new LinkedHashMap<>();
            index.flatMap(CompositeIndex::grading).or(() -> rs.bandings().values().stream().findFirst())
                    .ifPresent(b -> b.bands().forEach(band -> grades.put(band.label(), 0)));
            if (index.isPresent()) {
                Map<String, IndexResult> results = index.get().evaluate(d.events(), asOf).stream()
                        .collect(Collectors.toMap(IndexResult::subjectId, r -> r, (a, b) -> a));
                for (String id : ids) {
                    IndexResult r = results.get(id);
                    if (r != null && r.score().isPresent()) {
                        values.put(id, r.score().get());
                        r.grade().ifPresent(g -> grades.merge(g.label(), 1, Integer::sum));
                    }
                }
            } else {
                Scorecards cards = ScoringEngine.compile(rs).score(relevant.get(t.subjects()), asOf,
                        ScoringOptions.TOTALS_ONLY.inParallel());
                Banding banding = rs.bandings().values().stream().findFirst().orElse(null);
                for (String id : ids) {
                    Optional<Scorecard> card = cards.scorecard(id);
                    long total = card.map(Scorecard::total).orElse(0L);
                    values.put(id, total);
                    if (banding != null) {
                        Band band = card.map(c -> c.grades().get(banding.name())).orElseGet(() -> banding.grade(0));
                        grades.merge(band.label(), 1, Integer::sum);
                    }
                }
                if (t.ruleSetId().equals(MEMBER_PACK)) {
                    memberTotals = values;
                    memberBanding = Optional.ofNullable(banding);
                }
            }
            scored.add(t.ruleSetId());
            histograms.add(Histograms.of("hist-" + t.ruleSetId(), t.title(), values.values(),
                    rs.id() + "@" + rs.version() + " (" + rs.region() + "), " + values.size() + " " + t.subjects()
                            + (index.isPresent() ? ", index 0-100" : ", points")));
            rows.add(summaryRow(rs, t, values, grades));
            counter.add(1);
        }
        Table summary = new Table("score-summary", "Rule packs applied (points in whole points, hundredths dropped)",
                List.of("规则集 Rule set", "对象 Subjects", "数量 Count", "平均 Mean", "最低 Min", "最高 Max", "等级 Grades"),
                rows);
        return new Result(histograms, summary, memberTotals, memberBanding, skipped, scored);
    }

    /**
     * Only the events about the subjects of each group (the engine would ignore the rest anyway), in event
     * order, found in one pass over the events for all groups.
     */
    private static Map<String, List<Event>> relevant(List<Event> events, Map<String, List<String>> subjects,
            Set<String> groups) {
        Map<String, List<String>> groupsOf = new HashMap<>();
        Map<String, List<Event>> byGroup = new HashMap<>();
        for (String group : groups) {
            byGroup.put(group, new ArrayList<>());
            for (String id : subjects.get(group)) {
                List<String> of = groupsOf.computeIfAbsent(id, k -> new ArrayList<>(2));
                if (of.isEmpty() || !of.get(of.size() - 1).equals(group)) {
                    of.add(group);
                }
            }
        }
        for (Event e : events) {
            List<String> of = groupsOf.get(e.subjectId());
            if (of != null) {
                for (String group : of) {
                    byGroup.get(group).add(e);
                }
            }
        }
        return byGroup;
    }

    private static List<String> summaryRow(RuleSet rs, Target t, Map<String, Long> values, Map<String, Integer> grades) {
        long min = values.values().stream().mapToLong(Long::longValue).min().orElse(0);
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        double mean = values.values().stream().mapToLong(Long::longValue).average().orElse(0);
        String gradeText = grades.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return List.of(rs.id() + "@" + rs.version(), t.subjects(), String.valueOf(values.size()),
                String.format(java.util.Locale.ROOT, "%.1f", mean / Points.SCALE), Points.formatWhole(min),
                Points.formatWhole(max), gradeText.isEmpty() ? "-" : gradeText);
    }
}
