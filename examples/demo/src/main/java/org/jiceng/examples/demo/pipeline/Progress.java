package org.jiceng.examples.demo.pipeline;

import java.util.Locale;
import java.io.PrintStream;

/**
 * Reports progress of long steps. The CLI prints to stderr so that stdout stays a clean summary. Steps may
 * run concurrently, so implementations must be thread-safe.
 */
public interface Progress {

    /**
     * A step starts.
     *
     * @param step step name
     * @param what what it does
     */
    void start(String step, String what);

    /**
     * A step ended.
     *
     * @param step step name
     * @param result one-line result
     */
    void end(String step, String result);

    /**
     * Counts the work of a long step as it is done, so that the user sees how far it got (the CLI shows a bar
     * on a terminal, lines with counts and percent otherwise). The counter may be called from several threads.
     *
     * @param step step name
     * @param total units of work in the step, or 0 when not known in advance
     * @param unit what is counted: {@code records}, {@code rule-packs}, {@code outputs} or {@code bytes}
     * @return the counter; by default one that ignores the counts
     */
    default Counter counter(String step, long total, String unit) {
        return Counter.NONE;
    }

    /** Units of work done in one step. */
    @FunctionalInterface
    interface Counter {
        /** A counter that ignores the counts. */
        Counter NONE = units -> {
        };

        /**
         * @param units units of work just done
         */
        void add(long units);
    }

    /** @return progress that prints nothing */
    static Progress silent() {
        return new Progress() {
            @Override
            public void start(String step, String what) {
            }

            @Override
            public void end(String step, String result) {
            }
        };
    }

    /**
     * @param out where to print, usually {@code System.err}
     * @return progress printing one line per step start and end, with elapsed milliseconds
     */
    static Progress printingTo(PrintStream out) {
        // Steps run concurrently: each keeps its own start time, and a line is printed whole.
        return new Progress() {
            private final java.util.Map<String, Long> started = new java.util.concurrent.ConcurrentHashMap<>();

            @Override
            public void start(String step, String what) {
                started.put(step, System.nanoTime());
                out.printf(Locale.ROOT, "[%-10s] %s ...%n", step, what);
            }

            @Override
            public void end(String step, String result) {
                long from = started.getOrDefault(step, System.nanoTime());
                out.printf(Locale.ROOT, "[%-10s] %s (%d ms)%n", step, result, (System.nanoTime() - from) / 1_000_000);
            }
        };
    }
}
