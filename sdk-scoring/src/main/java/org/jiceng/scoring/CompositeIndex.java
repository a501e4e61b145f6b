package org.jiceng.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jiceng.core.model.Checks;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.jiceng.scoring.internal.ShanghaiCalendar;

/**
 * A weighted composite index such as Guandu's party-building quality index (党建质量指数: 6 categories,
 * 17 indicators). Indicator values are 0–100; category weights and the indicator weights inside each
 * category must each sum to 100%. The arithmetic is exact decimal ({@link BigDecimal}), rounded
 * half-up to hundredths once at the end.
 *
 * @param name the index name
 * @param categories the categories; weights sum to 100
 * @param missingPolicy what a missing indicator does
 * @param grading optional banding of the index value (e.g. colour grades 分色定级)
 */
public record CompositeIndex(String name, List<IndexCategory> categories, MissingIndicatorPolicy missingPolicy,
        Optional<Banding> grading) {

    /** The event attribute naming the indicator of an {@link EventTypes#INDICATOR_VALUE} event. */
    public static final String INDICATOR_ATTRIBUTE = "indicator";

    private static final BigDecimal HUNDRED_PERCENT = BigDecimal.valueOf(100 * Points.SCALE);

    /**
     * Validates weights and ids.
     *
     * @param name the index name
     * @param categories the categories; weights sum to 100
     * @param missingPolicy what a missing indicator does
     * @param grading optional banding of the index value (e.g. colour grades 分色定级)
     */
    public CompositeIndex {
        Objects.requireNonNull(name, "name");
        categories = Checks.list(categories, "categories");
        Objects.requireNonNull(missingPolicy, "missingPolicy");
        Checks.nonNull(grading, "grading");
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("Index '" + name + "' needs at least one category");
        }
        long sum = categories.stream().mapToLong(IndexCategory::weight).sum();
        if (sum != 100 * Points.SCALE) {
            throw new IllegalArgumentException("Category weights of index '" + name + "' must sum to 100, but sum to "
                    + Points.format(sum));
        }
        Set<String> ids = new HashSet<>();
        for (IndexCategory c : categories) {
            if (!ids.add("category:" + c.id())) {
                throw new IllegalArgumentException("Index '" + name + "' has two categories with id '" + c.id() + "'");
            }
            for (IndexIndicator i : c.indicators()) {
                if (!ids.add(i.id())) {
                    throw new IllegalArgumentException("Index '" + name + "' has two indicators with id '" + i.id() + "'");
                }
            }
        }
    }

    /** @return the number of indicators over all categories */
    public int indicatorCount() {
        return categories.stream().mapToInt(c -> c.indicators().size()).sum();
    }

    /**
     * @param subjectId the subject
     * @param values indicator id → value in hundredths (0 to 100.00)
     * @return the index
     * @throws IllegalArgumentException when a value is outside 0–100 or names an unknown indicator
     */
    public IndexResult evaluate(String subjectId, Map<String, Long> values) {
        Set<String> known = new HashSet<>();
        categories.forEach(c -> c.indicators().forEach(i -> known.add(i.id())));
        for (Map.Entry<String, Long> e : values.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new IllegalArgumentException("Index '" + name + "', subject '" + subjectId
                        + "': unknown indicator '" + e.getKey() + "'; known: " + new java.util.TreeSet<>(known));
            }
            if (e.getValue() < 0 || e.getValue() > 100 * Points.SCALE) {
                throw new IllegalArgumentException("Index '" + name + "', subject '" + subjectId + "', indicator '"
                        + e.getKey() + "': value " + Points.format(e.getValue()) + " is outside 0..100");
            }
        }
        List<String> missing = new ArrayList<>();
        Map<String, Long> categoryScores = new LinkedHashMap<>();
        BigDecimal weighted = BigDecimal.ZERO;
        long presentCategoryWeight = 0;
        for (IndexCategory c : categories) {
            BigDecimal numerator = BigDecimal.ZERO;
            long presentWeight = 0;
            for (IndexIndicator i : c.indicators()) {
                Long v = values.get(i.id());
                if (v == null) {
                    missing.add(i.id());
                    if (missingPolicy == MissingIndicatorPolicy.REWEIGHT) {
                        continue;
                    }
                    v = 0L;
                }
                numerator = numerator.add(BigDecimal.valueOf(i.weight()).multiply(BigDecimal.valueOf(v)));
                presentWeight += i.weight();
            }
            if (presentWeight == 0) {
                continue;
            }
            BigDecimal categoryScore = numerator.divide(BigDecimal.valueOf(presentWeight), 12, RoundingMode.HALF_UP);
            categoryScores.put(c.id(), categoryScore.setScale(0, RoundingMode.HALF_UP).longValueExact());
            weighted = weighted.add(categoryScore.multiply(BigDecimal.valueOf(c.weight())));
            presentCategoryWeight += c.weight();
        }
        missing.sort(Comparator.naturalOrder());
        Optional<Long> score;
        if ((missingPolicy == MissingIndicatorPolicy.FAIL && !missing.isEmpty()) || presentCategoryWeight == 0) {
            score = Optional.empty();
        } else {
            BigDecimal denominator = missingPolicy == MissingIndicatorPolicy.REWEIGHT
                    ? BigDecimal.valueOf(presentCategoryWeight) : HUNDRED_PERCENT;
            score = Optional.of(weighted.divide(denominator, 0, RoundingMode.HALF_UP).longValueExact());
        }
        Optional<Band> grade = score.flatMap(s -> grading.map(g -> g.grade(s)));
        return new IndexResult(subjectId, score, categoryScores, missing, grade);
    }

    /**
     * Evaluates every subject with {@link EventTypes#INDICATOR_VALUE} events up to {@code asOf}: the
     * latest value of each indicator counts (ties broken by the larger event id, so input order does
     * not matter). Events of other types are ignored.
     *
     * @param events indicator events (quantity = value 0–100, attribute {@code indicator})
     * @param asOf events after this instant are ignored
     * @return results sorted by subject id
     */
    public List<IndexResult> evaluate(Collection<Event> events, Instant asOf) {
        return evaluateWhere(events, e -> !e.time().isAfter(asOf));
    }

    /**
     * A monthly report (e.g. Guandu's 先锋指数 report): the index of every subject from the indicator
     * events of that Shanghai calendar month, ranked best first.
     *
     * @param events indicator events
     * @param month the month
     * @return the report
     */
    public MonthlyIndexReport monthlyReport(Collection<Event> events, YearMonth month) {
        // Compared as month indexes (year * 12 + month - 1): no date objects per event and month.
        long target = month.getYear() * 12L + month.getMonthValue() - 1;
        List<IndexResult> results = evaluateWhere(events, e -> ShanghaiCalendar.monthIndex(
                ShanghaiCalendar.epochDay(e.time().getEpochSecond())) == target);
        return MonthlyIndexReport.of(name, month, results);
    }

    private List<IndexResult> evaluateWhere(Collection<Event> events, java.util.function.Predicate<Event> include) {
        Map<String, Map<String, Event>> latest = new HashMap<>();
        for (Event e : events) {
            if (!EventTypes.INDICATOR_VALUE.equals(e.type()) || !include.test(e)) {
                continue;
            }
            String indicator = e.attribute(INDICATOR_ATTRIBUTE).orElseThrow(() -> new IllegalArgumentException(
                    "Event '" + e.id() + "' of type " + EventTypes.INDICATOR_VALUE + " has no '" + INDICATOR_ATTRIBUTE
                            + "' attribute"));
            latest.computeIfAbsent(e.subjectId(), k -> new HashMap<>()).merge(indicator, e,
                    (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
        }
        List<IndexResult> results = new ArrayList<>();
        new TreeMap<>(latest).forEach((subject, byIndicator) -> {
            Map<String, Long> values = new HashMap<>();
            byIndicator.forEach((indicator, e) -> values.put(indicator, Points.quantity(e.quantity())));
            results.add(evaluate(subject, values));
        });
        return results;
    }

    private static final Comparator<Event> LATEST = Comparator.comparing(Event::time).thenComparing(Event::id);
}
