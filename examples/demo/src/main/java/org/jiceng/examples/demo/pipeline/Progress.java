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
