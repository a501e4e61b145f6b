package org.jiceng.scoring.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jiceng.scoring.Scorecard;
import org.jspecify.annotations.Nullable;

/**
 * The scorecards of one pass as an immutable map over two arrays: subject ids in
 * {@link String#compareTo} order and their cards. Iterates in subject order; {@code get} is a binary
 * search. Why not a {@code LinkedHashMap}: at 10k–100k subjects, hashing every id (a cache miss on
 * each string) and allocating an entry per subject cost more than the rules on small inputs.
 */
public final class SubjectMap extends AbstractMap<String, Scorecard> {

    private final String[] subjects;
    private final Scorecard[] cards;

    /**
     * @param sortedSubjects subject ids, distinct, in ascending {@link String#compareTo} order (not copied)
     * @param cards the card of each subject, same length (not copied)
     */
    SubjectMap(String[] sortedSubjects, Scorecard[] cards) {
        if (sortedSubjects.length != cards.length) {
            throw new IllegalArgumentException(sortedSubjects.length + " subjects but " + cards.length + " cards");
        }
        this.subjects = sortedSubjects;
        this.cards = cards;
    }

    @Override
    public int size() {
        return subjects.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public @Nullable Scorecard get(Object key) {
        int i = indexOf(key);
        return i >= 0 ? cards[i] : null;
    }

    private int indexOf(Object key) {
        return key instanceof String s ? Math.max(-1, Arrays.binarySearch(subjects, s)) : -1;
    }

    @Override
    public Set<Entry<String, Scorecard>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return subjects.length;
            }

            @Override
            public Iterator<Entry<String, Scorecard>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < subjects.length;
                    }

                    @Override
                    public Entry<String, Scorecard> next() {
                        if (next >= subjects.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(subjects[i], cards[i]);
                    }
                };
            }
        };
    }

    @Override
    public Scorecard put(String key, Scorecard value) {
        throw new UnsupportedOperationException("scorecards are immutable");
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super String, ? super Scorecard> action) {
        for (int i = 0; i < subjects.length; i++) {
            action.accept(subjects[i], cards[i]);
        }
    }

    /** Whether a map may be kept as it is by {@link org.jiceng.scoring.Scorecards} (immutable, ordered). */
    public static boolean isTrusted(Map<String, Scorecard> map) {
        return map instanceof SubjectMap;
    }
}
