package org.jiceng.grid.partition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The swap search reads only the points of one grid, but must stop where the full scan over every point
 * stopped: {@link FragmentRepair.Scan} counts the work of the positions it skips as that scan did.
 */
class SwapScanTest {

    /** What the loop's body did: the points it ran for and the work after each, and the work at the end. */
    private record Trace(List<Long> steps, long work) {
    }

    @Property
    void scanningOnlyTheListStopsAtTheSamePointsWithTheSameWorkAsTheFullLoop(
            @ForAll @IntRange(min = 1, max = 200) int n, @ForAll @IntRange(min = 0, max = 400) int bound,
            @ForAll @IntRange(min = 0, max = 300) int workBefore, @ForAll boolean fromNoPoint, @ForAll long seed) {
        Random random = new Random(seed);
        int[] visit = permutation(n, random);
        int[] rank = new int[n];
        for (int v = 0; v < n; v++) {
            rank[visit[v]] = v;
        }
        boolean[] inList = new boolean[n];
        List<Integer> list = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (random.nextInt(4) == 0) {
                inList[visit[v]] = true;
                list.add(visit[v]);
            }
        }
        // The body adds work at some points (a tried swap adds n), from a sequence fixed by the seed.
        long[] extra = new long[n + 1];
        for (int i = 0; i < extra.length; i++) {
            extra[i] = random.nextInt(3) == 0 ? random.nextInt(40) : 0;
        }
        int first = fromNoPoint ? -1 : 0;
        assertThat(scanned(list.stream().mapToInt(Integer::intValue).toArray(), rank, n, bound, workBefore, first,
                extra)).isEqualTo(fullLoop(visit, inList, n, bound, workBefore, first, extra));
    }

    @Test
    void aScanThatReachesTheBoundBetweenListPointsEndsWithTheWorkAtTheBound() {
        int[] rank = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        FragmentRepair.Scan scan = new FragmentRepair.Scan(10, rank, 5);
        scan.start(0, new int[] {1, 8});
        assertThat(scan.advance(0)).isTrue();
        assertThat(scan.point()).isEqualTo(1);
        assertThat(scan.work()).isEqualTo(2);
        assertThat(scan.advance(scan.work())).isFalse();
        assertThat(scan.work()).isEqualTo(5);
    }

    private static Trace fullLoop(int[] visit, boolean[] inList, int n, long bound, long work, int first, long[] extra) {
        List<Long> steps = new ArrayList<>();
        for (int v = first; v < n && work < bound; v++) {
            work++;
            int p = v < 0 ? -1 : visit[v];
            if (p >= 0 && !inList[p]) {
                continue;
            }
            work += extra[p + 1];
            steps.add((long) p);
            steps.add(work);
        }
        return new Trace(steps, work);
    }

    private static Trace scanned(int[] list, int[] rank, int n, long bound, long work, int first, long[] extra) {
        List<Long> steps = new ArrayList<>();
        FragmentRepair.Scan scan = new FragmentRepair.Scan(n, rank, bound);
        scan.start(first, list);
        while (true) {
            boolean more = scan.advance(work);
            work = scan.work();
            if (!more) {
                break;
            }
            int p = scan.point();
            work += extra[p + 1];
            steps.add((long) p);
            steps.add(work);
        }
        return new Trace(steps, work);
    }

    private static int[] permutation(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
