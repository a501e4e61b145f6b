package org.jiceng.scoring.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.Band;
import org.jiceng.scoring.Banding;
import org.jiceng.scoring.Points;
import org.jiceng.scoring.ReasonCode;
import org.jiceng.scoring.Rule;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.ScoreLine;
import org.jiceng.scoring.Scorecard;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringOptions;
import org.jiceng.scoring.ScoringProblem;
import org.jspecify.annotations.Nullable;

/**
 * The compiled form of a rule set and the scoring loop. Compiled once; immutable and thread-safe.
 *
 * <p>Pass structure: (1) {@link PreparedEvents}: drop events after {@code asOf}, keep each id once
 * (when two events share an id but differ, the conflict policy decides and the conflict is reported;
 * input order never matters), group by subject and order by time then id, with radix sorts on flat
 * arrays; an event quantity that cannot be scored exactly marks the event {@link #INVALID}; (2) per
 * subject — in parallel chunks if asked — run every event through the rules of its type, keeping cap
 * and once-only counters in primitive arrays that reset when the period bucket changes. Explained
 * lines are recorded as primitive columns ({@link LineLog}) and built when read ({@link ExplainedLines}).
 */
public final class Engine {

    /** Canonical order of events: time, then id. */
    public static final Comparator<Event> EVENT_ORDER = org.jiceng.scoring.EventOrder.SCORING_ORDER;

    private static final int CHUNK = 512;

    /** Event type index of an event whose quantity cannot be scored; see {@link Flattener#invalid}. */
    private static final int INVALID = -2;

    /** Why an event cannot be scored. */
    private record Invalid(ScoringProblem.Kind kind, String detail, String detailZh) {
    }

    private final RuleSet ruleSet;
    private final Map<String, Integer> typeIndex;
    private final CompiledRule[][] rulesByType;
    private final boolean[] typeNeedsQuantity;
    private final String[][] conditionKeys;
    private final String[][] conditionValues;
    /** Per type, the attribute conditions (below 64) its rules read; other types skip condition work. */
    private final int[][] conditionsByType;
    private final CompiledRule[] rules;
    private final int capSlots;
    private final int onceSlots;
    private final int groups;
    private final long fromDay;
    private final long toDay;
    private final Banding[] bandings;

    /**
     * @param ruleSet the rule set to compile
     */
    public Engine(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        Map<String, Integer> capIds = new HashMap<>();
        Map<String, Integer> groupIds = new HashMap<>();
        this.fromDay = ruleSet.effective().from().toEpochDay();
        this.toDay = ruleSet.effective().to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
        List<CompiledRule> compiled = new ArrayList<>();
        int once = 0;
        for (Rule r : ruleSet.rules()) {
            int capSlot = r.cap().map(c -> capIds.computeIfAbsent(c.group().map(g -> "group:" + g).orElse("rule:" + r.id()),
                    k -> capIds.size())).orElse(-1);
            int onceSlot = r.oncePer().isPresent() ? once++ : -1;
            int group = r.exclusiveGroup().map(g -> groupIds.computeIfAbsent(g, k -> groupIds.size())).orElse(-1);
            compiled.add(new CompiledRule(compiled.size(), r, r.version().orElse(ruleSet.version()), ruleSet.parameters(), capSlot, onceSlot,
                    group, fromDay, toDay));
        }
        this.rules = compiled.toArray(new CompiledRule[0]);
        this.capSlots = capIds.size();
        this.onceSlots = once;
        this.groups = groupIds.size();
        Map<String, List<CompiledRule>> types = new LinkedHashMap<>();
        for (CompiledRule r : rules) {
            types.computeIfAbsent(r.rule.eventType(), k -> new ArrayList<>()).add(r);
        }
        this.typeIndex = new HashMap<>();
        this.rulesByType = new CompiledRule[types.size()][];
        this.typeNeedsQuantity = new boolean[types.size()];
        types.forEach((k, v) -> {
            int t = typeIndex.size();
            typeIndex.put(k, t);
            rulesByType[t] = v.toArray(new CompiledRule[0]);
            for (CompiledRule r : rulesByType[t]) {
                typeNeedsQuantity[t] |= r.amountKind != CompiledRule.FIXED;
            }
        });
        // Attribute conditions are numbered and evaluated once per event while flattening; the first 64
        // become bits of a long, any further ones are evaluated on the event when needed.
        Map<Map<String, String>, Integer> conditionIds = new LinkedHashMap<>();
        List<String[]> condKeys = new ArrayList<>();
        List<String[]> condValues = new ArrayList<>();
        for (CompiledRule r : rules) {
            if (r.whenKeys.length > 0) {
                r.whenCondition = conditionIds.computeIfAbsent(r.rule.when(), k -> {
                    condKeys.add(r.whenKeys);
                    condValues.add(r.whenValues);
                    return condKeys.size() - 1;
                });
            }
            r.multiplierConditions = new int[r.multiplierFactors.length];
            for (int m = 0; m < r.multiplierFactors.length; m++) {
                int mm = m;
                r.multiplierConditions[m] = conditionIds.computeIfAbsent(r.rule.multipliers().get(m).when(), k -> {
                    condKeys.add(r.multiplierKeys[mm]);
                    condValues.add(r.multiplierValues[mm]);
                    return condKeys.size() - 1;
                });
            }
        }
        this.conditionKeys = condKeys.toArray(new String[0][]);
        this.conditionValues = condValues.toArray(new String[0][]);
        this.bandings = ruleSet.bandings().values().toArray(new Banding[0]);
        this.conditionsByType = new int[rulesByType.length][];
        for (int t = 0; t < rulesByType.length; t++) {
            java.util.BitSet used = new java.util.BitSet();
            for (CompiledRule r : rulesByType[t]) {
                if (r.whenCondition >= 0 && r.whenCondition < 64) {
                    used.set(r.whenCondition);
                }
                for (int c : r.multiplierConditions) {
                    if (c < 64) {
                        used.set(c);
                    }
                }
            }
            conditionsByType[t] = used.stream().toArray();
        }
    }

    /** @return the rule set */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * @param events the events, in any order, duplicates allowed
     * @param asOf the instant to score at
     * @param options detail and parallelism
     * @return the scorecards
     */
    public Scorecards score(Collection<Event> events, Instant asOf, ScoringOptions options) {
        return score(events, asOf, options, true);
    }

    /**
     * As {@link #score(Collection, Instant, ScoringOptions)}; {@code packFacts} false keeps every event's
     * facts in the wide form (see {@link PreparedEvents.RawFacts}), for tests comparing the two forms.
     */
    Scorecards score(Collection<Event> events, Instant asOf, ScoringOptions options, boolean packFacts) {
        long asOfSecond = asOf.getEpochSecond();
        long asOfDay = ShanghaiCalendar.epochDay(asOfSecond);
        long[] expiryCutoff = expiryCutoffs(asOf, asOfDay);

        Flattener flattener = new Flattener();
        boolean lines = options.detail() == ScoringOptions.Detail.LINES;
        // Explained lines keep the event array: it must be the pass's own, not a reused buffer.
        PreparedEvents prepared = PreparedEvents.of(events, asOf, flattener, options.conflicts(), lines, packFacts);
        String[] subjects = prepared.subjects;
        Event[] kept = prepared.events;
        int[] order = prepared.order;
        PreparedEvents.Facts facts = prepared.facts;
        int[] from = prepared.subjectFrom;
        int[] to = prepared.subjectTo;
        Scorecard[] cards = new Scorecard[subjects.length];
        int chunks = (subjects.length + CHUNK - 1) / CHUNK;
        Counters[] counters = new Counters[chunks];
        IntStream range = IntStream.range(0, chunks);
        if (options.parallel()) {
            range = range.parallel();
        }
        int expectedLines = subjects.length == 0 ? 0 : (int) Math.min(1 << 20, (long) prepared.size * 5 / 4 / chunks);
        range.forEach(chunk -> {
            Counters c = new Counters(capSlots, onceSlots, groups);
            LineLog log = lines ? new LineLog(rules, kept, expectedLines) : null;
            int end = Math.min(subjects.length, (chunk + 1) * CHUNK);
            for (int i = chunk * CHUNK; i < end; i++) {
                cards[i] = scoreSubject(subjects[i], kept, order, facts, from[i], to[i], log, expiryCutoff, c,
                        flattener.invalid);
            }
            counters[chunk] = c;
        });
        // The order, the facts and (without lines) the events are read no more: their buffers serve the next pass.
        prepared.release();
        long outside = 0;
        long unmatched = 0;
        List<ScoringProblem> problems = new ArrayList<>(prepared.conflicts);
        for (Counters c : counters) {
            outside += c.outside;
            unmatched += c.unmatched;
            problems.addAll(c.problems);
        }
        SubjectMap map = problems.isEmpty() ? new SubjectMap(subjects, cards)
                : withoutRejected(subjects, cards, prepared.rejectedSubjects);
        problems.sort(ScoringProblem.ORDER);
        return new Scorecards(ruleSet.id(), ruleSet.version(), ruleSet.contentHash(), asOf, map,
                new Scorecards.Stats(events.size(), prepared.duplicates, prepared.afterAsOf, outside, unmatched),
                problems);
    }

    /** The scorecards without the subjects a problem rejected (their card is null or they had a rejected conflict). */
    private static SubjectMap withoutRejected(String[] subjects, Scorecard[] cards, Set<String> rejected) {
        List<String> keptSubjects = new ArrayList<>(subjects.length);
        List<Scorecard> keptCards = new ArrayList<>(subjects.length);
        for (int i = 0; i < subjects.length; i++) {
            if (cards[i] != null && !rejected.contains(subjects[i])) {
                keptSubjects.add(subjects[i]);
                keptCards.add(cards[i]);
            }
        }
        return new SubjectMap(keptSubjects.toArray(new String[0]), keptCards.toArray(new Scorecard[0]));
    }

    /**
     * For each rule with an expiry, the first award day whose points still count at {@code asOf}.
     *
     * @throws IllegalArgumentException when a rule expires points and {@code asOf} falls outside the
     *     days {@link LocalDate} can represent (Instant.MAX is a year after LocalDate.MAX), where
     *     expiry cannot be judged; without expiring rules any instant works
     */
    private long[] expiryCutoffs(Instant asOf, long asOfDay) {
        long[] cutoff = new long[rules.length];
        for (int i = 0; i < rules.length; i++) {
            java.util.Optional<java.time.Period> p = rules[i].rule.expiresAfter();
            if (p.isEmpty()) {
                cutoff[i] = Long.MIN_VALUE;
                continue;
            }
            if (asOfDay < LocalDate.MIN.toEpochDay() || asOfDay > LocalDate.MAX.toEpochDay()) {
                throw new IllegalArgumentException("asOf " + asOf + " falls outside " + LocalDate.MIN + " .. "
                        + LocalDate.MAX + " (Asia/Shanghai), the days the calendar can represent, and rule '"
                        + rules[i].rule.id() + "' of rule set '" + ruleSet.id() + "' lets points expire after "
                        + p.get() + ", which cannot be judged there; score as of a day within that range");
            }
            LocalDate asOfDate = LocalDate.ofEpochDay(asOfDay);
            LocalDate d;
            try {
                d = asOfDate.minus(p.get());
            } catch (java.time.DateTimeException beforeTheCalendar) {
                cutoff[i] = Long.MIN_VALUE; // every representable day plus the period is after asOf
                continue;
            }
            // Smallest award day whose expiry date is still after asOf: earlier awards have expired.
            while (!expiresAfter(d, p.get(), asOfDate)) {
                d = d.plusDays(1);
            }
            while (d.isAfter(LocalDate.MIN) && expiresAfter(d.minusDays(1), p.get(), asOfDate)) {
                d = d.minusDays(1);
            }
            cutoff[i] = d.toEpochDay();
        }
        return cutoff;
    }

    /** Whether points awarded on {@code day} expire after {@code asOf}; an expiry beyond the calendar does. */
    private static boolean expiresAfter(LocalDate day, java.time.Period period, LocalDate asOf) {
        try {
            return day.plus(period).isAfter(asOf);
        } catch (java.time.DateTimeException beyondTheCalendar) {
            return true;
        }
    }

    /** Per-worker scratch state, reset for each subject, and counters summed at the end. */
    private static final class Counters {
        final long[] capBucket;
        final long[] capUsed;
        final long[] onceBucket;
        final int[] groupStamp;
        long outside;
        long unmatched;
        /** Problems of this worker's subjects, in subject order. */
        final List<ScoringProblem> problems = new ArrayList<>(0);

        Counters(int caps, int onces, int groups) {
            capBucket = new long[caps];
            capUsed = new long[caps];
            onceBucket = new long[onces];
            groupStamp = new int[groups];
        }

        void reset() {
            Arrays.fill(capBucket, Long.MIN_VALUE);
            Arrays.fill(onceBucket, Long.MIN_VALUE);
            Arrays.fill(groupStamp, -1);
        }
    }

    /**
     * Flattens the events of one pass. Event types are usually a handful of shared string instances, so a
     * small identity cache answers before the equals-based map; one instance per pass, so no sharing.
     */
    private final class Flattener implements PreparedEvents.Flattener {
        private final String[] seen = new String[16];
        private final int[] seenIndex = new int[16];
        private int seenCount;
        /** Recent attribute maps (by identity), the type they were read for, and their condition bits. */
        private static final int MAPS_SEEN = 4;
        private final @Nullable Map<?, ?>[] seenMaps = new Map<?, ?>[MAPS_SEEN];
        private final int[] seenMapTypes = new int[MAPS_SEEN];
        private final long[] seenMapBits = new long[MAPS_SEEN];
        private int nextMapSlot;
        /** Why an event was marked {@link #INVALID}, by its index among the kept events; read-only once flattened. */
        final Map<Integer, Invalid> invalid = new HashMap<>(0);

        private void markInvalid(int i, long day, PreparedEvents.RawFacts facts, ScoringProblem.Kind kind,
                String detail, String detailZh) {
            facts.set(i, day, INVALID, 0, 0);
            invalid.put(i, new Invalid(kind, detail, detailZh));
        }

        /**
         * The bits of the conditions the type's rules read (only those: the scoring loop reads no others).
         * Events often share one attribute map instance (a constant of the producer); an event's map is
         * immutable ({@code Event} keeps only {@code Map.of}/{@code Map.copyOf} maps), so the bits of a
         * recent (map, type) pair are reused rather than matched again.
         */
        private long conditionBits(Map<String, String> attributes, int type) {
            for (int k = 0; k < MAPS_SEEN; k++) {
                if (seenMaps[k] == attributes && seenMapTypes[k] == type) {
                    return seenMapBits[k];
                }
            }
            long bits = 0;
            for (int k : conditionsByType[type]) {
                if (CompiledRule.matches(attributes, conditionKeys[k], conditionValues[k])) {
                    bits |= 1L << k;
                }
            }
            int slot = nextMapSlot;
            nextMapSlot = (slot + 1) % MAPS_SEEN;
            seenMaps[slot] = attributes;
            seenMapTypes[slot] = type;
            seenMapBits[slot] = bits;
            return bits;
        }

        private int typeOf(String type) {
            for (int k = 0; k < seenCount; k++) {
                if (seen[k] == type) {
                    return seenIndex[k];
                }
            }
            Integer t = typeIndex.get(type);
            int index = t == null ? -1 : t;
            if (seenCount < seen.length) {
                seen[seenCount] = type;
                seenIndex[seenCount++] = index;
            }
            return index;
        }

        @Override
        public void flatten(Event e, long epochSecond, int i, PreparedEvents.RawFacts facts) {
            long day = ShanghaiCalendar.epochDay(epochSecond);
            int type = typeOf(e.type());
            if (type < 0) {
                facts.set(i, day, type, 0, 0);
                return;
            }
            long quantity = 0;
            if (typeNeedsQuantity[type]) {
                BigDecimal q = e.quantity();
                try {
                    quantity = Points.quantity(q);
                } catch (ArithmeticException tooLarge) {
                    markInvalid(i, day, facts, ScoringProblem.Kind.QUANTITY_OUT_OF_RANGE, "quantity " + Texts.shown(q.toString())
                            + " " + tooLarge.getMessage(), "数量 " + Texts.shown(q.toString()) + quantityZh(tooLarge));
                    return;
                }
                if (quantity <= 0 && q.signum() < 0) {
                    markInvalid(i, day, facts, ScoringProblem.Kind.NEGATIVE_QUANTITY, "quantity " + Texts.shown(q.toString())
                            + " is negative; quantities count hours, visits, credits and are never made positive",
                            "数量 " + Texts.shown(q.toString()) + " 为负；数量计的是时长、次数、学分，不会被改为正数");
                    return;
                }
            }
            long bits = 0;
            if (conditionsByType[type].length > 0) {
                Map<String, String> attributes = e.attributes();
                if (!attributes.isEmpty()) {
                    bits = conditionBits(attributes, type);
                }
            }
            facts.set(i, day, type, quantity, bits);
        }
    }

    /**
     * Whether condition {@code condition} holds for the event at position {@code idx} of the final order.
     * The event is passed as its array and position, not dereferenced by the caller: Java evaluates
     * arguments eagerly, and {@code events[order[idx]]} is a random read the precomputed bits never need.
     */
    private boolean holds(int condition, long bits, Event[] events, int[] order, int idx) {
        if (condition < 64) {
            return (bits >>> condition & 1L) != 0;
        }
        return CompiledRule.matches(events[order[idx]].attributes(), conditionKeys[condition], conditionValues[condition]);
    }

    /**
     * Scores one subject: positions {@code from .. to} of the final order; the facts are at those
     * positions, the event at position k is {@code events[order[k]]} (read only for explanations and
     * conditions beyond the 64 precomputed ones).
     */
    // r.oncePeriod, r.capPeriod, r.capMax are set exactly when r.onceSlot, r.capSlot are (CompiledRule).
    @SuppressWarnings("NullAway")
    private @Nullable Scorecard scoreSubject(String subject, Event[] events, int[] order, PreparedEvents.Facts facts,
            int from, int to, @Nullable LineLog log, long[] expiryCutoff, Counters c, Map<Integer, Invalid> invalid) {
        c.reset();
        long awarded = 0;
        long deducted = 0;
        long expired = 0;
        int scored = 0;
        boolean rejected = false;
        int firstLine = log == null ? 0 : log.size();
        int idx = from;
        try {
            for (; idx < to; idx++) {
                long day = facts.day(idx);
                if (day < fromDay || day >= toDay) {
                    c.outside++;
                    continue;
                }
                int type = facts.type(idx);
                if (type < 0) {
                    if (type == INVALID) {
                        Invalid why = Objects.requireNonNull(invalid.get(order[idx]));
                        c.problems.add(new ScoringProblem(why.kind(), subject, events[order[idx]].id(), why.detail(),
                                why.detailZh()));
                        rejected = true;
                    } else {
                        c.unmatched++;
                    }
                    continue;
                }
                long bits = facts.conditions(idx);
                long quantity = facts.quantity(idx);
                boolean matched = false;
                for (CompiledRule r : rulesByType[type]) {
                    if (!r.inEffect(day) || (r.whenCondition >= 0 && !holds(r.whenCondition, bits, events, order, idx))) {
                        continue;
                    }
                    if (r.exclusiveGroup >= 0) {
                        if (c.groupStamp[r.exclusiveGroup] == idx) {
                            continue;
                        }
                        c.groupStamp[r.exclusiveGroup] = idx;
                    }
                    matched = true;
                    long requested = r.baseAmount(quantity, day);
                    for (int m = 0; m < r.multiplierFactors.length; m++) {
                        if (holds(r.multiplierConditions[m], bits, events, order, idx)) {
                            requested = Points.multiply(requested, r.multiplierFactors[m].at(day));
                        }
                    }
                    long magnitude = Math.abs(requested);
                    long grantedMagnitude = magnitude;
                    ReasonCode reason = r.deduction ? ReasonCode.DEDUCTED : ReasonCode.AWARDED;
                    long capUsedBefore = 0;
                    long capMax = 0;
                    if (r.onceSlot >= 0) {
                        long bucket = r.oncePeriod.bucket(day);
                        if (c.onceBucket[r.onceSlot] == bucket) {
                            grantedMagnitude = 0;
                            reason = ReasonCode.ALREADY_AWARDED;
                        } else {
                            c.onceBucket[r.onceSlot] = bucket;
                        }
                    }
                    if (r.capSlot >= 0 && grantedMagnitude > 0) {
                        long bucket = r.capPeriod.bucket(day);
                        if (c.capBucket[r.capSlot] != bucket) {
                            c.capBucket[r.capSlot] = bucket;
                            c.capUsed[r.capSlot] = 0;
                        }
                        capMax = r.capMax.at(day);
                        capUsedBefore = c.capUsed[r.capSlot];
                        long room = Math.max(0, capMax - capUsedBefore);
                        if (grantedMagnitude > room) {
                            grantedMagnitude = room;
                            reason = room == 0 ? ReasonCode.CAP_REACHED : ReasonCode.CAPPED;
                        }
                        c.capUsed[r.capSlot] = capUsedBefore + grantedMagnitude;
                    }
                    long granted = r.deduction ? -grantedMagnitude : grantedMagnitude;
                    if (r.deduction) {
                        requested = -magnitude;
                    }
                    boolean isExpired = granted != 0 && day < expiryCutoff[r.index];
                    if (isExpired) {
                        expired = Math.addExact(expired, granted);
                    } else if (granted > 0) {
                        awarded = Math.addExact(awarded, granted);
                    } else {
                        deducted = Math.addExact(deducted, granted);
                    }
                    if (log != null) {
                        log.add(r.index, order[idx], isExpired ? ReasonCode.EXPIRED : reason, requested, granted, quantity,
                                capUsedBefore);
                    }
                }
                if (matched) {
                    scored++;
                } else {
                    c.unmatched++;
                }
            }
        } catch (ArithmeticException overflow) {
            // Points of one event (amount × quantity × factors) or a running total beyond a long.
            Event e = events[order[idx]];
            c.problems.add(new ScoringProblem(ScoringProblem.Kind.POINTS_OUT_OF_RANGE, subject, e.id(),
                    "the points of event '" + Texts.shown(e.id()) + "' (type " + e.type() + ", quantity "
                            + Texts.shown(e.quantity().toString()) + ") or the subject's running totals (awarded "
                            + Points.format(awarded) + ", deducted " + Points.format(deducted)
                            + ") exceed the range of points; nothing is wrapped",
                    "活动「" + Texts.shown(e.id()) + "」（类型 " + e.type() + "，数量 " + Texts.shown(e.quantity().toString())
                            + "）的积分或该对象的累计（加分 " + Points.format(awarded) + "，扣分 " + Points.format(deducted)
                            + "）超出积分范围；不做回绕"));
            return null;
        }
        if (rejected) {
            return null;
        }
        // awarded >= 0 >= deducted, so the sum cannot overflow.
        long total = awarded + deducted;
        Map<String, Band> grades;
        if (bandings.length == 0) {
            grades = Map.of();
        } else if (bandings.length == 1) {
            grades = Map.of(bandings[0].name(), bandings[0].grade(total));
        } else {
            grades = new HashMap<>();
            for (Banding b : bandings) {
                grades.put(b.name(), b.grade(total));
            }
        }
        List<ScoreLine> lines = log == null || log.size() == firstLine ? List.of()
                : new ExplainedLines(log, firstLine, log.size());
        return new Scorecard(subject, total, awarded, deducted, expired, scored, lines, grades);
    }

    /** The Chinese of a quantity {@link Points#quantity} refused: too many decimals or out of range. */
    private static String quantityZh(ArithmeticException refused) {
        return String.valueOf(refused.getMessage()).startsWith("has more than two decimals")
                ? " 小数超过两位（数量以百分之一计）"
                : " 超出范围：积分和数量以百分之一存于 long，绝对值至多 92233720368547758.07";
    }
}
