package org.jiceng.core.registry.internal;

/**
 * A one-to-many index in compressed sparse row form: the items of owner {@code o} are
 * {@code items[start[o]] .. items[start[o + 1] - 1]}, in their original order. Two int arrays in
 * total, whatever the number of owners. Not API.
 */
public final class Csr {

    private final int[] start;
    private final int[] items;

    private Csr(int[] start, int[] items) {
        this.start = start;
        this.items = items;
    }

    /**
     * Groups items by owner with a counting sort (linear time, stable).
     *
     * @param owner the owner index of each item, or -1 for items without an owner (left out)
     * @param owners the number of owners
     * @return the index
     */
    public static Csr group(int[] owner, int owners) {
        int[] start = new int[owners + 1];
        int grouped = 0;
        for (int o : owner) {
            if (o >= 0) {
                start[o + 1]++;
                grouped++;
            }
        }
        for (int o = 0; o < owners; o++) {
            start[o + 1] += start[o];
        }
        int[] next = new int[owners];
        System.arraycopy(start, 0, next, 0, owners);
        int[] items = new int[grouped];
        for (int i = 0; i < owner.length; i++) {
            if (owner[i] >= 0) {
                items[next[owner[i]]++] = i;
            }
        }
        return new Csr(start, items);
    }

    /**
     * @param owner an owner index
     * @return the position of its first item in {@link #item(int)} order
     */
    public int from(int owner) {
        return start[owner];
    }

    /**
     * @param owner an owner index
     * @return one past the position of its last item
     */
    public int to(int owner) {
        return start[owner + 1];
    }

    /**
     * @param position a position between {@link #from(int)} and {@link #to(int)}
     * @return the item index there
     */
    public int item(int position) {
        return items[position];
    }

    /**
     * @param owner an owner index
     * @return a copy of its item indices
     */
    public int[] itemsOf(int owner) {
        int[] result = new int[start[owner + 1] - start[owner]];
        System.arraycopy(items, start[owner], result, 0, result.length);
        return result;
    }
}
