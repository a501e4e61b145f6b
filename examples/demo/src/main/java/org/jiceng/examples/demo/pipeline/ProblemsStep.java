package org.jiceng.examples.demo.pipeline;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Identified;
import org.jiceng.core.registry.IntegrityProblem;
import org.jiceng.core.registry.IntegrityReport;
import org.jiceng.core.registry.ProblemCode;
import org.jiceng.core.registry.Registry;
import org.jiceng.core.registry.RegistryBuild;
import org.jiceng.core.validation.Validators;
import org.jiceng.examples.demo.report.ReportModel.Problem;

/**
 * Finds what is wrong with the data: Bean Validation of every record (codes, phones, required
 * fields) and the registry's integrity report (unknown parents, cycles, overlapping memberships).
 * Problems are grouped by rule, with a count and one example each.
 */
public final class ProblemsStep {

    /**
     * Validation outcome.
     *
     * @param checked records validated
     * @param violations violations found
     * @param problems grouped by rule
     */
    public record Validation(int checked, int violations, List<Problem> problems) {
    }

    /**
     * Registry outcome.
     *
     * @param registry the registry
     * @param report the integrity report
     * @param problems grouped by rule
     */
    public record Integrity(Registry registry, IntegrityReport report, List<Problem> problems) {
    }

    private ProblemsStep() {
    }

    static Validation validate(Dataset d, Progress.Counter counter) {
        // Records are checked in parallel with the SDK's fast path (a precompiled pre-check; Hibernate Validator
        // only for records that fail it, so the violations are the same); the example kept for each rule is
        // the one with the smallest record id, so the report does not depend on thread timing.
        Map<String, Integer> counts = new ConcurrentSkipListMap<>();
        Map<String, String> examples = new ConcurrentSkipListMap<>();
        AtomicInteger violations = new AtomicInteger();
        d.records().parallel().forEach(r -> {
            for (ConstraintViolation<Record> v : Validators.validateFast(r, Locale.ENGLISH)) {
                violations.incrementAndGet();
                String code = r.getClass().getSimpleName() + "." + leaf(v) + " @"
                        + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
                counts.merge(code, 1, Integer::sum);
                // The message names the rule; the record id says where. Values are not echoed: they may be personal.
                String example = id(r) + ": " + v.getMessage();
                examples.merge(code, example, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            counter.add(1);
        });
        List<Problem> problems = new ArrayList<>();
        counts.forEach((code, n) -> problems.add(new Problem("error", code, n, examples.get(code))));
        return new Validation(d.size(), violations.get(), problems);
    }

    static Integrity integrity(Dataset d) {
        RegistryBuild build = Registry.build(d);
        IntegrityReport report = build.report();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<ProblemCode, Long> e : report.countsByCode().entrySet()) {
            IntegrityProblem example = report.problems(e.getKey()).get(0);
            problems.add(new Problem("warning", e.getKey().name(), Math.toIntExact(e.getValue()),
                    example.recordId() + ": " + example.message()));
        }
        return new Integrity(build.registry(), report, problems);
    }

    /** @return the problems sorted by count (largest first), then code, at most {@code limit} */
    public static List<Problem> top(List<Problem> problems, int limit) {
        return problems.stream().sorted(Comparator.comparingInt(Problem::count).reversed()
                .thenComparing(Problem::code)).limit(limit).toList();
    }

    private static String leaf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int bracket = path.indexOf('[');
        return bracket < 0 ? (path.isEmpty() ? "(record)" : path) : path.substring(0, bracket);
    }

    private static String id(Record r) {
        return r instanceof Identified i ? i.id() : r.getClass().getSimpleName();
    }
}
