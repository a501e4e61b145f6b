package org.jiceng.scoring.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jiceng.scoring.Band;
import org.jiceng.scoring.ParameterUse;
import org.jiceng.scoring.Points;
import org.jiceng.scoring.ScoreLine;
import org.jiceng.scoring.Scorecard;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringProblem;

/** JSON form of scorecards: points as decimal numbers with two decimals, stable field order. */
public final class ScorecardJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ScorecardJson() {
    }

    /**
     * @param node a tree
     * @return pretty JSON text
     */
    public static String write(JsonNode node) {
        try {
            return RuleSetJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write scorecard JSON", e);
        }
    }

    /**
     * @param all a scoring result
     * @return its tree
     */
    public static ObjectNode scorecards(Scorecards all) {
        ObjectNode n = F.objectNode();
        n.put("ruleSet", all.ruleSetId());
        n.put("version", all.ruleSetVersion());
        n.put("contentHash", all.contentHash());
        n.put("asOf", all.asOf().toString());
        ObjectNode stats = n.putObject("stats");
        stats.put("events", all.stats().events());
        stats.put("duplicatesIgnored", all.stats().duplicatesIgnored());
        stats.put("afterAsOfIgnored", all.stats().afterAsOfIgnored());
        stats.put("outsideEffectiveIgnored", all.stats().outsideEffectiveIgnored());
        stats.put("unmatched", all.stats().unmatched());
        ArrayNode cards = n.putArray("scorecards");
        all.bySubject().values().forEach(s -> cards.add(scorecard(s)));
        if (!all.problems().isEmpty()) {
            ArrayNode problems = n.putArray("problems");
            for (ScoringProblem p : all.problems()) {
                problems.addObject().put("kind", p.kind().name()).put("subjectId", p.subjectId())
                        .put("eventId", p.eventId()).put("subjectScored", !p.kind().rejectsSubject())
                        .put("detail", p.detail());
            }
        }
        return n;
    }

    /**
     * @param s a scorecard
     * @return its tree
     */
    public static ObjectNode scorecard(Scorecard s) {
        ObjectNode n = F.objectNode();
        n.put("subjectId", s.subjectId());
        n.put("total", Points.toDecimal(s.total()));
        n.put("awarded", Points.toDecimal(s.awarded()));
        n.put("deducted", Points.toDecimal(s.deducted()));
        n.put("expired", Points.toDecimal(s.expired()));
        n.put("eventsScored", s.eventsScored());
        ObjectNode grades = n.putObject("grades");
        s.grades().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
            Band b = e.getValue();
            grades.putObject(e.getKey()).put("key", b.key()).put("label", b.label());
        });
        ArrayNode lines = n.putArray("lines");
        for (ScoreLine l : s.lines()) {
            ObjectNode ln = lines.addObject();
            ln.put("rule", l.ruleRef());
            ln.put("eventId", l.eventId());
            ln.put("eventType", l.eventType());
            ln.put("time", l.time().toString());
            ln.put("requested", Points.toDecimal(l.requested()));
            ln.put("granted", Points.toDecimal(l.granted()));
            ln.put("reason", l.reason().name());
            ln.put("detail", l.detail());
            ArrayNode params = ln.putArray("parameters");
            for (ParameterUse p : l.parameters()) {
                ObjectNode pn = params.addObject();
                pn.put("name", p.name());
                pn.put("value", Points.toDecimal(p.value()));
                pn.put("effectiveFrom", p.effectiveFrom().toString());
                pn.put("policyRef", p.policyRef());
                if (p.assumption()) {
                    pn.put("assumption", true);
                }
            }
        }
        return n;
    }
}
