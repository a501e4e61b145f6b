package org.jiceng.examples.demo;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jiceng.examples.demo.pipeline.Progress;
import picocli.CommandLine;

/**
 * Progress of the demo's steps on stderr, in the CLI's language, so that stdout stays a clean summary. On a
 * terminal a counted step is one bar redrawn in place; otherwise (output redirected, CI) it is plain lines,
 * one at every tenth of the work and at least every {@value #PLAIN_EVERY_SECONDS} seconds, so that logs stay
 * short and readable. Written here rather than taken from a library: the demo needs one bar and one line
 * format in two languages, and a library such as {@code me.tongfei:progressbar} would bring JLine for a
 * terminal width the demo does not need.
 */
final class ConsoleProgress implements Progress {

    /** Plain lines come at least this often while a counted step runs. */
    static final int PLAIN_EVERY_SECONDS = 5;

    private static final int BAR_WIDTH = 24;
    private static final long BYTES_PER_MB = 1_000_000L;

    private final PrintWriter err;
    private final Messages messages;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private long started;
    /** Length of the bar line drawn last, 0 when none is on screen. */
    private int barLength;

    /**
     * @param err where to print
     * @param messages the language
     * @param terminal whether {@code err} is a terminal that understands carriage returns
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime}; tests step their own)
     */
    ConsoleProgress(PrintWriter err, Messages messages, boolean terminal, LongSupplier nanoClock) {
        this.err = err;
        this.messages = messages;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
    }

    /**
     * @param commandLine the running command
     * @return progress on its stderr in its language, as a bar when the program runs in a terminal
     */
    static ConsoleProgress forCommand(CommandLine commandLine) {
        return new ConsoleProgress(commandLine.getErr(), Messages.of(commandLine), interactive(), System::nanoTime);
    }

    /**
     * @return whether the program talks to a person at a terminal: a console is attached and no CI system
     *     (which sets {@code CI}) runs it
     */
    static boolean interactive() {
        String ci = System.getenv("CI");
        java.io.Console console = System.console();
        if (console == null || !(ci == null || ci.isBlank() || ci.equalsIgnoreCase("false"))) {
            return false;
        }
        // From Java 22 a console may exist while output is redirected; Console.isTerminal() then tells.
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 17 to 21: a console exists only when input and output are a terminal
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot ask the console whether it is a terminal", e);
        }
    }

    @Override
    public synchronized void start(String step, String what) {
        clearBar();
        started = nanoClock.getAsLong();
        // The pipeline describes its steps in English; Chinese users get the catalogue's description.
        String key = "msg.progress.what." + step;
        String description = (messages.language() == Language.EN && !what.isBlank()) || !messages.bundle()
                .containsKey(key) ? what : messages.get(key);
        err.println(messages.get("msg.progress.start", label(step), description));
        err.flush();
    }

    @Override
    public synchronized void end(String step, String result) {
        clearBar();
        err.println(messages.get("msg.progress.end", label(step), result,
                TimeUnit.NANOSECONDS.toMillis(nanoClock.getAsLong() - started)));
        err.flush();
    }

    @Override
    public Counter counter(String step, long total, String unit) {
        return new Tally(step, Math.max(0, total), unit);
    }

    /** Ends a bar that is on screen with a line break, so that whatever is printed next starts a fresh line. */
    synchronized void clearBar() {
        if (barLength > 0) {
            err.println();
            err.flush();
            barLength = 0;
        }
    }

    private String label(String step) {
        return messages.bundle().containsKey("msg.step." + step) ? messages.get("msg.step." + step) : step;
    }

    private String amount(long units, String unit) {
        return unit.equals("bytes") ? String.format(Locale.ROOT, "%.1f", units / (double) BYTES_PER_MB)
                : String.format(Locale.ROOT, "%,d", units);
    }

    private String unitName(String unit) {
        String key = "msg.unit." + (unit.equals("bytes") ? "MB" : unit);
        return messages.bundle().containsKey(key) ? messages.get(key) : unit;
    }

    private synchronized void show(Tally t, long done, boolean finished) {
        if (done < t.shown) {
            return; // another thread already showed a later count
        }
        t.shown = done;
        String doneText = amount(done, t.unit);
        String unit = unitName(t.unit);
        if (t.total == 0) {
            print(messages.get("msg.progress.countOnly", label(t.step), doneText, unit), finished);
            return;
        }
        int percent = (int) Math.min(100, done * 100 / t.total);
        if (terminal) {
            int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / t.total);
            String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
            print(messages.get("msg.progress.bar", label(t.step), bar, percent, doneText, amount(t.total, t.unit), unit),
                    finished);
        } else {
            print(messages.get("msg.progress.count", label(t.step), doneText, amount(t.total, t.unit), unit, percent),
                    finished);
        }
    }

    private void print(String line, boolean finished) {
        if (terminal) {
            // Redraw in place; pad with spaces over the rest of a longer line drawn before.
            int width = line.length();
            err.print("\r" + line + " ".repeat(Math.max(0, barLength - width)));
            barLength = Math.max(1, width);
            if (finished) {
                clearBar();
            }
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Counts one step; shows it when it crosses the next mark or when it has been quiet for a while. */
    private final class Tally implements Counter {
        private final String step;
        private final long total;
        private final String unit;
        private final AtomicLong done = new AtomicLong();
        /** The next count worth showing: every tenth (plain) or hundredth (terminal) of the total. */
        private final AtomicLong nextMark = new AtomicLong();
        private final AtomicLong lastShown = new AtomicLong(nanoClock.getAsLong());
        /** The highest count shown, guarded by the enclosing progress. */
        private long shown = -1;
        private final long interval = TimeUnit.SECONDS.toNanos(terminal ? 1 : PLAIN_EVERY_SECONDS) / (terminal ? 5 : 1);

        Tally(String step, long total, String unit) {
            this.step = step;
            this.total = total;
            this.unit = unit;
            nextMark.set(total == 0 ? Long.MAX_VALUE : markAfter(0));
        }

        private long markAfter(long count) {
            long steps = terminal ? 100 : 10;
            long k = count * steps / total + 1; // the first boundary strictly above count
            return Math.min(total, (k * total + steps - 1) / steps);
        }

        @Override
        public void add(long units) {
            long d = done.addAndGet(units);
            long mark = nextMark.get();
            long now = nanoClock.getAsLong();
            long last = lastShown.get();
            boolean atMark = d >= mark && nextMark.compareAndSet(mark, d >= total ? Long.MAX_VALUE : markAfter(d));
            boolean quietTooLong = !atMark && now - last >= interval && lastShown.compareAndSet(last, now);
            if (atMark || quietTooLong) {
                lastShown.set(now);
                show(this, d, total > 0 && d >= total);
            }
        }
    }
}
