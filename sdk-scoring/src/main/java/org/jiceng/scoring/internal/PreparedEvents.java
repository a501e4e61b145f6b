package org.jiceng.scoring.internal;

import java.lang.ref.SoftReference;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.ConflictPolicy;
import org.jiceng.scoring.EventOrder;
import org.jiceng.scoring.IdResolution;
import org.jiceng.scoring.ScoringProblem;
import org.jspecify.annotations.Nullable;

/**
 * The input of a scoring pass, cleaned and ordered: events after {@code asOf} dropped, each id kept
 * once, events grouped by subject (subjects in id order) and sorted by time then id within a subject.
 *
 * <p>Why not a HashMap and a sort per subject: on a million events those cost more than the rules
 * themselves (pointer chasing, a node per entry). This class reads each event once, in input order,
 * into flat arrays (the rule facts included, one packed word per event), then uses LSD radix sorts on
 * packed {@code long} keys, sorting only as many bits of a hash as the input size needs:
 * {@code idHash << 32 | index} brings equal ids next to each other; {@code subjectHash << 32 | day}
 * (carrying the event index) groups subjects and orders their days in one sort; the short runs
 * that share the sorted subject bits and a day are finished by second, then by the exact comparator, and
 * the rare runs where different ids share the sorted bits are split stably. Subjects are then ranked by
 * id; events are never copied into final order, only their facts. The arrays all this works in
 * are kept for the next pass ({@link Buffers}), so a totals-only pass allocates only its
 * per-subject results.
 */
final class PreparedEvents {

    /** Extracts the primitive facts the scoring loop needs from one event. */
    interface Flattener {
        /**
         * @param e the event
         * @param epochSecond its time, already read (so the {@code Instant} is not dereferenced twice)
         * @param i where to store its facts
         * @param facts the records to fill
         */
        void flatten(Event e, long epochSecond, int i, RawFacts facts);
    }

    /**
     * The facts of the events in input order (day, type, quantity, condition bits). Each event's facts
     * are packed into one {@code long} when they fit ({@link #packs}: the usual case, a day within
     * ±22,000 years of 1970, one of the first 254 types, a quantity below 83,886.08 and no condition
     * beyond the first eight); otherwise the packed word says {@link #WIDE} and the facts are written as a
     * record of four {@code long}s. Gathering the facts into final order, a random read per event, then
     * reads a quarter of the memory a four-{@code long} record would, and the scoring loop reads one
     * array sequentially.
     */
    static final class RawFacts {
        static final int STRIDE = 4;
        /** The packed word of an event whose facts are in its wide record. */
        static final long WIDE = -1L;
        private static final int DAY_BITS = 24;
        private static final long DAY_BIAS = 1L << (DAY_BITS - 1);
        private static final long DAY_MASK = (1L << DAY_BITS) - 1;
        private static final int TYPE_SHIFT = DAY_BITS;
        /** Types -2 (invalid) and -1 (no rule) are stored as 0 and 1. */
        private static final int TYPE_BIAS = 2;
        private static final long TYPE_MASK = 0xFF;
        private static final int CONDITION_SHIFT = TYPE_SHIFT + 8;
        private static final long CONDITION_MASK = 0xFF;
        private static final int QUANTITY_SHIFT = CONDITION_SHIFT + 8;
        /** The quantity takes the bits up to the sign bit, which stays clear in a packed word. */
        private static final long QUANTITY_LIMIT = 1L << (63 - QUANTITY_SHIFT);

        private final long[] packed;
        private final long[] records;
        private final boolean pack;

        /**
         * @param packed at least one {@code long} per event
         * @param records at least {@value #STRIDE} {@code long}s per event
         * @param pack whether to pack the facts that fit (false: every event gets a wide record; for tests
         *     that compare the two forms)
         */
        RawFacts(long[] packed, long[] records, boolean pack) {
            this.packed = packed;
            this.records = records;
            this.pack = pack;
        }

        /** Whether these facts fit one packed word. */
        static boolean packs(long day, int type, long quantity, long conditions) {
            return day >= -DAY_BIAS && day < DAY_BIAS && type >= -TYPE_BIAS && type < TYPE_MASK + 1 - TYPE_BIAS
                    && (conditions & ~CONDITION_MASK) == 0 && quantity >= 0 && quantity < QUANTITY_LIMIT;
        }

        /**
         * Writes the facts of event {@code i} (buffers are reused between passes, so the packed word is
         * always written, and the wide record whenever the word points to it).
         */
        void set(int i, long day, int type, long quantity, long conditions) {
            if (pack && packs(day, type, quantity, conditions)) {
                packed[i] = (day + DAY_BIAS) | (long) (type + TYPE_BIAS) << TYPE_SHIFT
                        | conditions << CONDITION_SHIFT | quantity << QUANTITY_SHIFT;
                return;
            }
            packed[i] = WIDE;
            int b = i * STRIDE;
            records[b] = day;
            records[b + 1] = type;
            records[b + 2] = quantity;
            records[b + 3] = conditions;
        }

        /**
         * The facts of the first {@code m} positions of the order {@code perm}; their packed words are
         * written into {@code packedOut} (a sort buffer that is free by then).
         */
        Facts permuted(int[] perm, int m, long[] packedOut) {
            long[] p = packed;
            for (int k = 0; k < m; k++) {
                packedOut[k] = p[perm[k]];
            }
            return new Facts(packedOut, perm, records);
        }
    }

    /**
     * Primitive per-event facts in final order: position {@code k}'s packed word, or, when it says
     * {@link RawFacts#WIDE}, the wide record of event {@code order[k]}. Read sequentially by the scoring loop.
     */
    static final class Facts {
        private final long[] packed;
        private final int[] order;
        private final long[] records;

        private Facts(long[] packed, int[] order, long[] records) {
            this.packed = packed;
            this.order = order;
            this.records = records;
        }

        /** @return the Shanghai epoch day of position {@code k} */
        long day(int k) {
            long p = packed[k];
            return p >= 0 ? (p & RawFacts.DAY_MASK) - RawFacts.DAY_BIAS : records[order[k] * RawFacts.STRIDE];
        }

        /** @return the type index of position {@code k} (negative: no rule, or an invalid quantity) */
        int type(int k) {
            long p = packed[k];
            return p >= 0 ? (int) (p >>> RawFacts.TYPE_SHIFT & RawFacts.TYPE_MASK) - RawFacts.TYPE_BIAS
                    : (int) records[order[k] * RawFacts.STRIDE + 1];
        }

        /** @return the quantity of position {@code k}, in hundredths */
        long quantity(int k) {
            long p = packed[k];
            return p >= 0 ? p >>> RawFacts.QUANTITY_SHIFT : records[order[k] * RawFacts.STRIDE + 2];
        }

        /** @return the first 64 condition bits of position {@code k} */
        long conditions(int k) {
            long p = packed[k];
            return p >= 0 ? p >>> RawFacts.CONDITION_SHIFT & RawFacts.CONDITION_MASK
                    : records[order[k] * RawFacts.STRIDE + 3];
        }
    }

    /** The kept events, in input order; {@code events[order[k]]} is the k-th in final order. */
    final Event[] events;
    /** Final order (subject, time, id) as indices into {@link #events}; positions from {@link #size} on are scratch. */
    final int[] order;
    /** How many events are kept: the used length of {@link #order} and of the facts. */
    final int size;
    /** How many positions of {@link #events} (and of the subject buffer) hold a reference. */
    private final int filled;
    /** The primitive buffers {@link #order} and {@link #facts} live in; see {@link #release()}. */
    private final Buffers buffers;
    /** The facts of the events, in final order. */
    final Facts facts;
    /** Positions {@code [subjectFrom[s], subjectTo[s])} of the final order hold subject {@code subjects[s]}. */
    final int[] subjectFrom;
    final int[] subjectTo;
    /** Subject ids, sorted. */
    final String[] subjects;
    final long duplicates;
    final long afterAsOf;
    /** Conflicting copies of ids, reported per subject; empty on clean input. */
    final List<ScoringProblem> conflicts;
    /** Subjects left out because a conflict of theirs was rejected; empty on clean input. */
    final Set<String> rejectedSubjects;

    private PreparedEvents(Event[] events, int[] order, int size, int filled, Buffers buffers, Facts facts,
            int[] subjectFrom, int[] subjectTo, String[] subjects, long duplicates, long afterAsOf, Conflicts conflicts) {
        this.events = events;
        this.order = order;
        this.size = size;
        this.filled = filled;
        this.buffers = buffers;
        this.facts = facts;
        this.subjectFrom = subjectFrom;
        this.subjectTo = subjectTo;
        this.subjects = subjects;
        this.duplicates = duplicates;
        this.afterAsOf = afterAsOf;
        this.conflicts = conflicts.problems;
        this.rejectedSubjects = conflicts.rejectedSubjects;
    }

    /**
     * Hands the buffers back for the next pass, their references cleared. Call once, when
     * {@link #order}, {@link #facts} and (unless they outlive the pass) {@link #events} are no longer
     * read; nothing returned to the caller of the engine refers to them.
     */
    void release() {
        Arrays.fill(buffers.subjects, 0, filled, null);
        if (events == buffers.events) {
            Arrays.fill(buffers.events, 0, filled, null);
        }
        Buffers.release(buffers);
    }

    /**
     * @param input the events
     * @param asOf the instant to score at
     * @param flattener extracts the facts of an event
     * @param policy what to do with different copies of one id
     * @param eventsOutliveThePass whether {@link #events} is kept after {@link #release()} (by explained
     *     lines): then it is a new array rather than a reused buffer
     * @return the prepared input
     */
    static PreparedEvents of(Collection<Event> input, Instant asOf, Flattener flattener, ConflictPolicy policy,
            boolean eventsOutliveThePass) {
        return of(input, asOf, flattener, policy, eventsOutliveThePass, true);
    }

    /**
     * As {@link #of(Collection, Instant, Flattener, ConflictPolicy, boolean)}, choosing whether facts
     * are packed ({@link RawFacts}); tests compare the packed form with the wide one.
     */
    static PreparedEvents of(Collection<Event> input, Instant asOf, Flattener flattener, ConflictPolicy policy,
            boolean eventsOutliveThePass, boolean packFacts) {
        int size = input.size();
        Buffers buffers = Buffers.acquire(size);
        Event[] all = eventsOutliveThePass ? new Event[size] : buffers.events;
        String[] subj = buffers.subjects;
        long[] secs = buffers.secs;
        long[] keys = buffers.keys;
        long[] scratch = buffers.scratch;
        // Facts are extracted here, in input order (usually the events' allocation order, so memory is
        // read sequentially) while each event is in cache: a second trip through the events after
        // the sorts costs more than flattening the few replays and discarding them.
        RawFacts flat = new RawFacts(buffers.packed, buffers.records, packFacts);
        int idBits = hashBits(size);
        long asOfSecond = asOf.getEpochSecond();
        int asOfNano = asOf.getNano();
        int n = 0;
        long afterAsOf = 0;
        // One sequential pass over the input gathers everything the sorts and the scoring loop need.
        for (Event e : input) {
            Instant time = e.time();
            long second = time.getEpochSecond();
            if (second > asOfSecond || (second == asOfSecond && time.getNano() > asOfNano)) {
                afterAsOf++;
                continue;
            }
            all[n] = e;
            subj[n] = e.subjectId();
            secs[n] = second;
            flattener.flatten(e, second, n, flat);
            // 1. Each id once: sort (idHash, index) so that equal ids are adjacent, keep the canonical first.
            //    Only the low idBits of the hash are sorted (String hashes of ids of one scheme differ
            //    most there), enough that a run of equal bits holds one id in all but a few percent of
            //    cases; resolveDuplicates compares the full hash before the ids. Rotated to the top of
            //    the key, they keep the whole hash in it.
            keys[n] = (long) Integer.rotateLeft(e.id().hashCode(), 32 - idBits) << 32 | n;
            n++;
        }
        int idShift = 64 - idBits;
        radixSort(keys, scratch, null, null, idShift, 64, n);
        boolean[] removed = buffers.removed;
        Arrays.fill(removed, 0, n, false);
        long duplicates = 0;
        Conflicts conflicts = new Conflicts(policy);
        for (int start = 0; start < n;) {
            int end = start + 1;
            while (end < n && (keys[end] >>> idShift) == (keys[start] >>> idShift)) {
                end++;
            }
            if (end - start > 1) {
                duplicates += resolveDuplicates(all, keys, start, end, removed, conflicts);
            }
            start = end;
        }

        // 2. Order the kept events by (subject hash, time) in one radix sort carrying the event index:
        //    the key holds the low bits of the subject hash above the event's offset from the earliest
        //    second (shifted right when the offsets need more than 32 bits, left so that they end at
        //    bit 32 when they need fewer). Only the top TIME_BITS of
        //    the offset are sorted; the short runs that share them and the hash bits are finished in
        //    place by the whole key, the second and the exact order.
        int m = 0;
        long minSecond = Long.MAX_VALUE;
        long maxSecond = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (!removed[i]) {
                m++;
                minSecond = Math.min(minSecond, secs[i]);
                maxSecond = Math.max(maxSecond, secs[i]);
            }
        }
        int[] perm = buffers.perm;
        int[] permScratch = buffers.permScratch;
        if (m > 0) {
            // Epoch seconds of an Instant lie within ±2^55, so the span fits in a long.
            int spanBits = 64 - Long.numberOfLeadingZeros(Math.max(1, maxSecond - minSecond));
            int offsetShift = Math.max(0, spanBits - 32);
            // Offsets are lifted to end at bit 32, so time and hash bits form one range to sort.
            int offsetLift = 32 - (spanBits - offsetShift);
            int timeFrom = 32 - TIME_BITS;
            // The low bits of the subject hash: subjects that share them are told apart by id below.
            int subjectBits = hashBits(m);
            long subjectMask = (1L << subjectBits) - 1;
            for (int i = 0, k = 0; i < n; i++) {
                if (!removed[i]) {
                    keys[k] = (subj[i].hashCode() & subjectMask) << 32 | (secs[i] - minSecond) >>> offsetShift << offsetLift;
                    perm[k++] = i;
                }
            }
            radixSort(keys, scratch, perm, permScratch, timeFrom, 32 + subjectBits, m);
            for (int start = 0; start < m;) {
                int end = start + 1;
                while (end < m && (keys[end] >>> timeFrom) == (keys[start] >>> timeFrom)) {
                    end++;
                }
                if (end - start > 1) {
                    sortRun(all, secs, keys, perm, start, end);
                }
                start = end;
            }
        }

        // 3. Subjects: each run of the same subject hash bits is one subject, unless ids share them
        //    (then split, stably).
        int[] runStart = buffers.runStart;
        int subjectCount = 0;
        for (int start = 0; start < m;) {
            int end = start + 1;
            while (end < m && (keys[end] >>> 32) == (keys[start] >>> 32)) {
                end++;
            }
            subjectCount = splitBySubject(subj, perm, start, end, runStart, subjectCount);
            start = end;
        }
        runStart[subjectCount] = m;
        // Rank subjects by id. They arrive in hash order, in which ids of one scheme (same length,
        // shared prefix) mostly ascend, so the merge sort finds long runs.
        Named[] byName = new Named[subjectCount];
        for (int sub = 0; sub < subjectCount; sub++) {
            byName[sub] = new Named(subj[perm[runStart[sub]]], sub);
        }
        Arrays.sort(byName);
        String[] sortedNames = new String[subjectCount];
        int[] from = new int[subjectCount];
        int[] to = new int[subjectCount];
        for (int r = 0; r < subjectCount; r++) {
            sortedNames[r] = byName[r].name;
            from[r] = runStart[byName[r].number];
            to[r] = runStart[byName[r].number + 1];
        }
        // Events are not copied into final order: the scoring loop reads them only for explanations.
        // The radix sorts' scratch buffer is free now and holds the permuted facts.
        Facts ordered = flat.permuted(perm, m, scratch);
        return new PreparedEvents(all, perm, m, n, buffers, ordered, from, to, sortedNames, duplicates, afterAsOf,
                conflicts);
    }

    /**
     * How many bits of a 32-bit hash to sort {@code n} keys by: whole radix digits, at least four
     * bits more than {@code n} needs, so that different hashes sharing them are rare (under 1/16 of
     * {@code n} in expectation for a uniform hash) and runs of them are short.
     */
    static int hashBits(int n) {
        int needed = 32 - Integer.numberOfLeadingZeros(Math.max(1, n)) + 4;
        return Math.min(32, (needed + DIGIT_BITS - 1) / DIGIT_BITS * DIGIT_BITS);
    }

    /** Runs longer than this are sorted by a comparison sort rather than by insertion. */
    private static final int INSERTION_RUN = 48;

    /**
     * Orders a run of events whose keys share the sorted bits: by key (the hash bits are equal in a
     * run, so by time offset), then by second (offsets that were shifted), then by the exact order
     * (nanos, then id). Runs are usually short and then sorted by insertion on the contiguous keys;
     * the seconds and events are read only for ties.
     */
    private static void sortRun(Event[] all, long[] secs, long[] keys, int[] perm, int start, int end) {
        if (end - start > INSERTION_RUN) {
            Integer[] run = new Integer[end - start];
            for (int k = start; k < end; k++) {
                run[k - start] = perm[k];
            }
            Arrays.sort(run, Comparator.<Integer>comparingLong(p -> secs[p])
                    .thenComparing((p, q) -> Engine.EVENT_ORDER.compare(all[p], all[q])));
            long high = keys[start] & ~0xFFFF_FFFFL;
            for (int k = start; k < end; k++) {
                perm[k] = run[k - start];
                // Keys stay consistent with their events: only their subject bits are read later.
                keys[k] = high;
            }
            return;
        }
        for (int k = start + 1; k < end; k++) {
            int x = perm[k];
            long kx = keys[k];
            int j = k - 1;
            while (j >= start && (keys[j] > kx || keys[j] == kx && secs[perm[j]] > secs[x])) {
                perm[j + 1] = perm[j];
                keys[j + 1] = keys[j];
                j--;
            }
            perm[j + 1] = x;
            keys[j + 1] = kx;
        }
        for (int a = start; a < end;) {
            int b = a + 1;
            while (b < end && keys[b] == keys[a] && secs[perm[b]] == secs[perm[a]]) {
                b++;
            }
            if (b - a > 1) {
                Integer[] run = new Integer[b - a];
                for (int k = a; k < b; k++) {
                    run[k - a] = perm[k];
                }
                Arrays.sort(run, (p, q) -> Engine.EVENT_ORDER.compare(all[p], all[q]));
                for (int k = a; k < b; k++) {
                    perm[k] = run[k - a];
                }
            }
            a = b;
        }
    }

    /**
     * Records the subjects of a run of one subject hash: normally one; when different ids share the
     * hash, the run is split by id (first appearance order), keeping each id's events in order.
     *
     * @return the number of subjects recorded so far
     */
    private static int splitBySubject(String[] subj, int[] perm, int start, int end, int[] runStart, int next) {
        String first = subj[perm[start]];
        boolean one = true;
        for (int k = start + 1; k < end && one; k++) {
            String other = subj[perm[k]];
            one = other == first || other.equals(first);
        }
        if (one) {
            runStart[next] = start;
            return next + 1;
        }
        int[] run = Arrays.copyOfRange(perm, start, end);
        boolean[] taken = new boolean[run.length];
        int write = start;
        for (int a = 0; a < run.length; a++) {
            if (taken[a]) {
                continue;
            }
            String name = subj[run[a]];
            runStart[next++] = write;
            for (int b = a; b < run.length; b++) {
                if (!taken[b] && subj[run[b]].equals(name)) {
                    taken[b] = true;
                    perm[write++] = run[b];
                }
            }
        }
        return next;
    }

    /** A subject id and its provisional number, ordered by id. */
    private record Named(String name, int number) implements Comparable<Named> {
        @Override
        public int compareTo(Named other) {
            return name.compareTo(other.name);
        }
    }

    /**
     * Within a run of keys that share the sorted top bits of the id hash, keeps each distinct id once: exact copies are replays (one
     * stays), different copies are a conflict resolved by the policy and reported.
     *
     * @return the number of copies beyond the first of each id
     */
    private static long resolveDuplicates(Event[] all, long[] keys, int start, int end, boolean[] removed,
            Conflicts conflicts) {
        long count = 0;
        for (int a = start; a < end; a++) {
            int i = (int) keys[a];
            if (removed[i]) {
                continue;
            }
            // Copies of this id, each distinct payload once (the first index of each).
            List<Integer> distinct = null;
            for (int b = a + 1; b < end; b++) {
                int j = (int) keys[b];
                if (removed[j] || (keys[b] >>> 32) != (keys[a] >>> 32) || !all[j].id().equals(all[i].id())) {
                    continue;
                }
                count++;
                removed[j] = true;
                if (!EventOrder.samePayload(all[i], all[j])) {
                    if (distinct == null) {
                        distinct = new ArrayList<>();
                        distinct.add(i);
                    }
                    boolean seen = false;
                    for (int k : distinct) {
                        seen |= EventOrder.samePayload(all[k], all[j]);
                    }
                    if (!seen) {
                        distinct.add(j);
                    }
                }
            }
            if (distinct != null) {
                removed[i] = true;
                int kept = conflicts.resolve(all, distinct);
                if (kept >= 0) {
                    removed[kept] = false;
                }
            }
        }
        return count;
    }

    /**
     * Applies the conflict policy to the different copies of one id with the public
     * {@link EventOrder#resolve} (the one implementation of the rule) and collects what it reports.
     */
    static final class Conflicts {
        final ConflictPolicy policy;
        final List<ScoringProblem> problems = new ArrayList<>(0);
        final Set<String> rejectedSubjects = new HashSet<>(0);

        Conflicts(ConflictPolicy policy) {
            this.policy = policy;
        }

        /**
         * @param all the events
         * @param copies indices of the different copies of one id (at least two)
         * @return the index of the copy to score, or -1 when none is
         */
        int resolve(Event[] all, List<Integer> copies) {
            List<Event> events = new ArrayList<>(copies.size());
            copies.forEach(k -> events.add(all[k]));
            IdResolution resolution = EventOrder.resolve(events, policy);
            problems.addAll(resolution.problems());
            rejectedSubjects.addAll(resolution.rejectedSubjects());
            if (resolution.kept().isEmpty()) {
                return -1;
            }
            Event kept = resolution.kept().get();
            for (int k : copies) {
                if (all[k] == kept) {
                    return k;
                }
            }
            throw new IllegalStateException("the kept copy of '" + kept.id() + "' is none of the copies given");
        }
    }

    /**
     * The arrays of one pass (about 90 bytes per event), kept softly between passes: a pass over a
     * million events would otherwise allocate and zero 86 MB only to fill it again. One set is kept,
     * for whichever pass returns last; concurrent passes allocate their own. The reference arrays are
     * cleared before they are kept, so keeping them keeps no events alive, and the collector may
     * drop the set when memory runs short.
     */
    static final class Buffers {
        private static final AtomicReference<@Nullable SoftReference<Buffers>> SPARE = new AtomicReference<>();

        final int capacity;
        /** The kept events, in input order; null from {@link PreparedEvents#filled} on. */
        final Event[] events;
        /** Their subject ids; null from {@link PreparedEvents#filled} on. */
        final String[] subjects;
        final long[] secs;
        final long[] keys;
        final long[] scratch;
        final long[] packed;
        final long[] records;
        final boolean[] removed;
        final int[] perm;
        final int[] permScratch;
        /** One more than {@link #capacity}: the start of each subject's run, and the end. */
        final int[] runStart;

        private Buffers(int capacity) {
            this.capacity = capacity;
            events = new Event[capacity];
            subjects = new String[capacity];
            secs = new long[capacity];
            keys = new long[capacity];
            scratch = new long[capacity];
            packed = new long[capacity];
            records = new long[Math.multiplyExact(capacity, RawFacts.STRIDE)];
            removed = new boolean[capacity];
            perm = new int[capacity];
            permScratch = new int[capacity];
            runStart = new int[capacity + 1];
        }

        /** @return buffers for at least {@code n} events: the spare set if it is large enough, else new ones */
        static Buffers acquire(int n) {
            SoftReference<Buffers> ref = SPARE.getAndSet(null);
            Buffers spare = ref == null ? null : ref.get();
            return spare != null && spare.capacity >= n ? spare : new Buffers(n);
        }

        /** Forgets the spare set, so that the next pass allocates fresh (zeroed) buffers; for tests. */
        static void discardSpare() {
            SPARE.set(null);
        }

        /** Keeps {@code b} as the spare set unless the one kept is larger. */
        static void release(Buffers b) {
            SoftReference<Buffers> ref = SPARE.get();
            Buffers kept = ref == null ? null : ref.get();
            if (kept == null || kept.capacity <= b.capacity) {
                SPARE.set(new SoftReference<>(b));
            }
        }
    }

    /** Top bits of the time offset sorted by radix (two passes); the rest is left to {@link #sortRun}. */
    private static final int TIME_BITS = 16;

    /** Radix digit width; 11-bit digits (fewer passes) measured no faster on 100k events and slower on 1M. */
    private static final int DIGIT_BITS = 8;
    private static final int DIGIT_VALUES = 1 << DIGIT_BITS;
    private static final long DIGIT_MASK = DIGIT_VALUES - 1;

    /**
     * Stable LSD radix sort of {@code keys[0..n)} on bits {@code [fromBit, toBit)}, treated as unsigned,
     * {@value #DIGIT_BITS} bits per pass, skipping passes where every key has the same digit; {@code payload} (optional)
     * is permuted along.
     */
    private static void radixSort(long[] keys, long[] scratch, int @Nullable [] payload,
            int @Nullable [] payloadScratch, int fromBit,
            int toBit, int n) {
        if (n == 0) {
            return;
        }
        long[] src = keys;
        long[] dst = scratch;
        int[] psrc = payload;
        int[] pdst = payloadScratch;
        int[] count = new int[DIGIT_VALUES + 1];
        for (int shift = fromBit; shift < toBit; shift += DIGIT_BITS) {
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) ((src[i] >>> shift) & DIGIT_MASK) + 1]++;
            }
            if (count[(int) ((src[0] >>> shift) & DIGIT_MASK) + 1] == n) {
                continue;
            }
            for (int v = 0; v < DIGIT_VALUES; v++) {
                count[v + 1] += count[v];
            }
            for (int i = 0; i < n; i++) {
                int pos = count[(int) ((src[i] >>> shift) & DIGIT_MASK)]++;
                dst[pos] = src[i];
                if (psrc != null && pdst != null) {
                    pdst[pos] = psrc[i];
                }
            }
            long[] t = src;
            src = dst;
            dst = t;
            int[] pt = psrc;
            psrc = pdst;
            pdst = pt;
        }
        if (src != keys) {
            System.arraycopy(src, 0, keys, 0, n);
            if (payload != null) {
                System.arraycopy(psrc, 0, payload, 0, n);
            }
        }
    }
}
